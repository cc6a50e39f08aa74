import type { KnowledgeBase, Topic } from '../../knowledge/types.js';
import type { KnowledgePassage } from '../passages.js';
import type { Question } from '../question.js';
import type { RankedPassage } from '../retrieve.js';

export interface SearchTuning {
	/** Only these passages. */
	readonly accept?: (passage: KnowledgePassage) => boolean;
	/** Extra ranking factor per passage (an intent's preference: dated passages for "when", …). */
	readonly weigh?: (passage: KnowledgePassage) => number;
	/** Extra factor for these topics' passages, on top of the named topics' boost. */
	readonly topics?: ReadonlyMap<string, number>;
	/** Rank without the named topics' boost (a fact check is found by its claim, not by the names around it). */
	readonly ignoreNames?: boolean;
	/** Also rank what our sources leave open (left out otherwise: no builder answers from it). */
	readonly withUnstated?: boolean;
}

/** What every answer builder gets: the question read once, and retrieval over the knowledge's passages. */
export interface AnswerContext {
	readonly knowledge: KnowledgeBase;
	readonly question: Question;
	search(tuning?: SearchTuning): readonly RankedPassage[];
	/** Every stemmed term a topic holds. */
	topicTerms(topicId: string): ReadonlySet<string>;
	/** The question's terms (outside the names it uses) that no passage of the knowledge holds. */
	unknownTerms(): readonly string[];
	/**
	 * The question's words (as typed, outside the names) that no passage holds and that are no everyday English word
	 * or figure: a product, a place or a benchmark our sources never name ("bedrock", "humaneval", "gsm8k").
	 */
	strangeWords(): readonly string[];
	/** The passages of one topic, in knowledge order. */
	passagesOf(topic: Topic): readonly KnowledgePassage[];
	topicById(id: string): Topic | undefined;
	/** The nearest topics, for "not in our sources". */
	suggestions(): readonly Topic[];
}

export type AnswerBuilder = (ctx: AnswerContext) => import('../answer.js').QaAnswer | undefined;
