import type { KnowledgeBase, Topic } from '../knowledge/types.js';
import { createEntityIndex, namedTopics, type EntityMatch } from './entities.js';
import { readIntent, ruleWords, type IntentReading } from './intent.js';
import { findOtherModels } from './otherModels.js';
import { expandShorthand } from './shorthand.js';
import { questionStart, withoutLeadingContext } from './opening.js';
import { everydayWords, relatedWords, withRelatedWords } from './synonyms.js';
import { isStopWord, stem, words } from './text.js';
import { createVocabulary } from './vocabulary.js';
import { createRoundedFigures } from './roundedFigures.js';

/** A question as the answer builders see it. */
export interface Question {
	readonly raw: string;
	/** Normalised words from the first asking word on, shorthand written out, typos corrected against the knowledge's own words. */
	readonly words: readonly string[];
	/** Distinct stemmed content words: what a passage has to match. */
	readonly terms: readonly string[];
	/** What retrieval searches: the words plus the knowledge words their everyday words stand for. */
	readonly searchWords: readonly string[];
	/** A term's stand-ins from the knowledge's wording ("announc" → "introduc", "releas"). */
	readonly alternatives: ReadonlyMap<string, readonly string[]>;
	readonly entities: readonly EntityMatch[];
	/** Distinct named topics, in the order they were named. */
	readonly topics: readonly Topic[];
	/**
	 * Models named that our sources do not cover, as typed ("gemini", "gpt 4", "claude 3 opus"), in the order named.
	 * Their words name no topic: "claude 3 opus" is not Claude-3.5-Sonnet, "gpt 4o mini" is not GPT-4o.
	 */
	readonly unknownModels: readonly string[];
	readonly intent: IntentReading;
}

const ACRONYM = /\b[A-Z]{2,6}\b/g;

export type QuestionReader = (text: string) => Question;

/**
 * A question's first words, as many as a question needs: a 6,000-character paste must not hold an answer past
 * Discord's 3-second deadline, and what it asks is said near the start.
 */
export const MAX_QUESTION_WORDS = 60;

export function questionWords(text: string): string[] {
	return words(text).slice(0, MAX_QUESTION_WORDS);
}

/** Normalise, write out chat shorthand, correct typos, find named topics (longest name first), read the intent: in one place. */
export function createQuestionReader(
	knowledge: KnowledgeBase,
	knownWords: Iterable<string>,
	nameWords: Iterable<string>,
): QuestionReader {
	const known = [...knownWords];
	const vocabulary = createVocabulary([...known, ...ruleWords(), ...everydayWords()], nameWords);
	const figures = createRoundedFigures(known);
	const entities = createEntityIndex(knowledge);
	return (raw) => {
		const expanded = expandShorthand(questionWords(withoutLeadingContext(raw)));
		// "hey bot, quick q: is r1 open source": the question starts at its first asking word.
		const typed = expanded.slice(questionStart(expanded));
		const others = findOtherModels(typed);
		const inOther = (index: number): boolean => others.some((other) => other.start <= index && index < other.end);
		// A model we do not cover is kept as typed: "grok" is no typo of a knowledge word.
		// "AWS", "GCP": a word typed in capitals is an acronym meant as typed, not a typo of "was".
		const acronyms = new Set((raw.match(ACRONYM) ?? []).map((word) => word.toLowerCase()));
		const corrected = typed.map((word, index) =>
			inOther(index) || acronyms.has(word) ? word : vocabulary.correct(word),
		);
		const found = entities
			.find(corrected)
			.filter((match) => !others.some((other) => match.start < other.end && other.start < match.end));
		const topics = namedTopics(found);
		const intent = readIntent({
			text: corrected.join(' '),
			namedKinds: topics.map((topic) => topic.kind),
			namesBenchmark: found.some((match) => match.benchmark !== undefined || match.topic.kind === 'benchmark'),
		});
		const content = corrected.filter((word) => !isStopWord(word));
		const terms = [...new Set(content.map(stem))];
		const nearFigures = new Map(corrected.map((word) => [word, figures.near(word)] as const));
		const alternatives = new Map(
			content.flatMap((word) => {
				const related = [...relatedWords(word), ...(nearFigures.get(word) ?? [])];
				return related.length > 0 ? [[stem(word), related.map(stem)] as const] : [];
			}),
		);
		return {
			raw,
			words: corrected,
			terms,
			searchWords: [...withRelatedWords(corrected), ...corrected.flatMap((word) => nearFigures.get(word) ?? [])],
			alternatives,
			entities: found,
			topics,
			unknownModels: others.map((other) => other.name),
			intent,
		};
	};
}

/** Whether the question's word at this index is part of a name it uses ("r1" of "r1-zero"). */
export function isNameWord(question: Question, index: number): boolean {
	return question.entities.some((entity) => index >= entity.start && index < entity.end);
}

/** The question's content terms outside the names it uses: what it asks about them ("context length"). */
export function askedTerms(question: Question): string[] {
	return [
		...new Set(question.words.filter((word, index) => !isNameWord(question, index) && !isStopWord(word)).map(stem)),
	];
}
