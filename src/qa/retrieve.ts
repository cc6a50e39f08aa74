import MiniSearch from 'minisearch';
import type { KnowledgePassage } from './passages.js';
import { indexWords, isStopWord, stem } from './text.js';

export interface RankedPassage {
	readonly passage: KnowledgePassage;
	readonly score: number;
	/** The question's terms this passage matched (stemmed). */
	readonly matched: readonly string[];
}

export interface PassageQuery {
	/** The question's words after typo correction. */
	readonly words: readonly string[];
	/** Topic id → ranking factor for its passages (named topics rank higher). */
	readonly topicBoost: ReadonlyMap<string, number>;
}

export interface PassageSearch {
	search(query: PassageQuery, accept?: (passage: KnowledgePassage) => boolean): RankedPassage[];
	/** Every stemmed term a topic's passages and names hold: how much of a question a topic covers at all. */
	topicTerms(topicId: string): ReadonlySet<string>;
}

interface IndexedPassage {
	readonly id: number;
	readonly text: string;
	/** The topic's title and aliases: a passage is about its topic even when it does not repeat the name. */
	readonly names: string;
}

/**
 * Curated and quiz questions are phrased like the questions they should catch; a fact check holds the article's
 * wording and ours, so it matches more words than it answers (the fact-check builder searches them on their own).
 */
const KIND_BOOST: Readonly<Partial<Record<KnowledgePassage['kind'], number>>> = {
	question: 1.25,
	quiz: 1.1,
	factCheck: 0.6,
};

/** All ranking knobs in one place. Field boosts: a passage's own words count more than its topic's names. */
const RANKING = Object.freeze({
	fieldBoost: { text: 1, names: 0.35 },
	kindBoost: KIND_BOOST,
	/** BM25 with a milder length penalty: explanation paragraphs are long but often hold the answer. */
	bm25: { k: 1.2, b: 0.5, d: 0.5 },
});

const processTerm = (term: string): string | null => (isStopWord(term) ? null : stem(term));

/** BM25 over passages (MiniSearch), stemmed and without stop words, with named topics boosted. */
export function createPassageSearch(passages: readonly KnowledgePassage[]): PassageSearch {
	const index = new MiniSearch<IndexedPassage>({
		idField: 'id',
		fields: ['text', 'names'],
		storeFields: [],
		tokenize: (text) => indexWords(text),
		processTerm,
	});
	index.addAll(
		passages.map((passage) => ({
			id: passage.id,
			text: passage.text,
			names: [passage.topic.title, ...passage.topic.aliases].join(' \n '),
		})),
	);
	const termsByTopic = new Map<string, Set<string>>();
	for (const passage of passages) {
		const set = termsByTopic.get(passage.topic.id) ?? new Set<string>();
		for (const text of [passage.text, passage.topic.title, ...passage.topic.aliases]) {
			for (const word of indexWords(text)) {
				const term = processTerm(word);
				if (term) set.add(term);
			}
		}
		termsByTopic.set(passage.topic.id, set);
	}
	return {
		search(query, accept = () => true) {
			const boostOf = (id: number): number => {
				const passage = passages[id];
				if (!passage) return 1;
				return (query.topicBoost.get(passage.topic.id) ?? 1) * (RANKING.kindBoost[passage.kind] ?? 1);
			};
			return index
				.search(query.words.join(' '), {
					boost: RANKING.fieldBoost,
					bm25: RANKING.bm25,
					prefix: false,
					fuzzy: false,
					combineWith: 'OR',
					boostDocument: (id) => boostOf(Number(id)),
				})
				.flatMap((result): RankedPassage[] => {
					const passage = passages[Number(result.id)];
					return passage && accept(passage) ? [{ passage, score: result.score, matched: result.queryTerms }] : [];
				});
		},
		topicTerms: (topicId) => termsByTopic.get(topicId) ?? new Set(),
	};
}
