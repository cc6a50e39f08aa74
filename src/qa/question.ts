import type { KnowledgeBase, Topic } from '../knowledge/types.js';
import { createEntityIndex, namedTopics, type EntityMatch } from './entities.js';
import { readIntent, type IntentReading } from './intent.js';
import { isStopWord, stem, words } from './text.js';
import { createVocabulary } from './vocabulary.js';

/** A question as the answer builders see it. */
export interface Question {
	readonly raw: string;
	/** Normalised words, typos corrected against the knowledge's own words. */
	readonly words: readonly string[];
	/** Distinct stemmed content words: what a passage has to match. */
	readonly terms: readonly string[];
	readonly entities: readonly EntityMatch[];
	/** Distinct named topics, in the order they were named. */
	readonly topics: readonly Topic[];
	readonly intent: IntentReading;
}

export type QuestionReader = (text: string) => Question;

/** Normalise, correct typos, find named topics (longest name first), read the intent: in one place. */
export function createQuestionReader(
	knowledge: KnowledgeBase,
	knownWords: Iterable<string>,
	nameWords: Iterable<string>,
): QuestionReader {
	const vocabulary = createVocabulary(knownWords, nameWords);
	const entities = createEntityIndex(knowledge);
	return (raw) => {
		const corrected = words(raw).map((word) => vocabulary.correct(word));
		const found = entities.find(corrected);
		const topics = namedTopics(found);
		const intent = readIntent({
			text: corrected.join(' '),
			namedKinds: topics.map((topic) => topic.kind),
			namesBenchmark: found.some((match) => match.benchmark !== undefined || match.topic.kind === 'benchmark'),
		});
		const terms = [...new Set(corrected.filter((word) => !isStopWord(word)).map(stem))];
		return { raw, words: corrected, terms, entities: found, topics, intent };
	};
}

/** The question's content terms outside the names it uses: what it asks about them ("context length"). */
export function askedTerms(question: Question): string[] {
	const named = new Set<number>();
	for (const match of question.entities) for (let index = match.start; index < match.end; index += 1) named.add(index);
	return [...new Set(question.words.filter((word, index) => !named.has(index) && !isStopWord(word)).map(stem))];
}
