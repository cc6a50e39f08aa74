import type { Benchmark, KnowledgeBase, Topic } from '../knowledge/types.js';
import { isStopWord, words } from './text.js';

/** A topic (and, for a score-table name, the benchmark) named in a question. */
export interface EntityMatch {
	readonly topic: Topic;
	readonly benchmark: Benchmark | undefined;
	/** Word positions in the question: [start, end). */
	readonly start: number;
	readonly end: number;
}

/**
 * One-word aliases that are everyday words in a question: they help /explain resolve what was typed, but as a
 * subject they would pull their topic into most questions ("try", "when", "cost", "results").
 */
const EVERYDAY_NAMES: ReadonlySet<string> = new Set([
	'access',
	'alignment',
	'api',
	'cheaper',
	'cost',
	'dates',
	'drop',
	'experts',
	'frames',
	'future',
	'later',
	'limitations',
	'news',
	'price',
	'prices',
	'pricing',
	'reinforcement',
	'results',
	'significance',
	'timeline',
	'transformers',
	'try',
	'updates',
	'weaknesses',
]);

/**
 * Students call R1-Zero "zero" ("if zero already reasoned fine", "the zero rl"), but "zero" is also a number: before
 * a counted noun ("zero supervised data", "zero examples") or after "from"/"to" it names nothing.
 */
const NUMBER_NAMES: ReadonlySet<string> = new Set(['zero']);
const COUNTED =
	/^(?:data|supervised|labell?ed|human|humans|sft|cost|costs|shot|knowledge|prior|examples?|samples?|tokens?|errors?|mistakes?|chance|help|effort|money|dollars?)$/;
const BEFORE_NUMBER: ReadonlySet<string> = new Set([
	'from',
	'to',
	'at',
	'than',
	'near',
	'almost',
	'nearly',
	'basically',
]);

function isNumberUse(questionWords: readonly string[], position: number): boolean {
	const next = questionWords[position + 1];
	const previous = questionWords[position - 1];
	return (next !== undefined && COUNTED.test(next)) || (previous !== undefined && BEFORE_NUMBER.has(previous));
}

interface Name {
	readonly words: readonly string[];
	readonly topic: Topic;
	readonly benchmark: Benchmark | undefined;
}

export interface EntityIndex {
	/** Longest names first, left to right, without overlaps. */
	find(questionWords: readonly string[]): EntityMatch[];
}

export function createEntityIndex(knowledge: KnowledgeBase): EntityIndex {
	const byFirstWord = new Map<string, Name[]>();
	const add = (text: string, topic: Topic, benchmark?: Benchmark): void => {
		const nameWords = words(text);
		const [first] = nameWords;
		if (first === undefined) return;
		if (nameWords.length === 1 && (isStopWord(first) || EVERYDAY_NAMES.has(first))) return;
		const list = byFirstWord.get(first) ?? [];
		list.push({ words: nameWords, topic, benchmark });
		byFirstWord.set(first, list);
	};
	for (const topic of knowledge.topics) {
		for (const name of [topic.id, topic.title, ...topic.aliases]) add(name, topic);
	}
	const topicsById = new Map(knowledge.topics.map((topic) => [topic.id, topic]));
	for (const benchmark of knowledge.benchmarks.benchmarks) {
		const topic = topicsById.get(benchmark.topic);
		if (topic) for (const name of [benchmark.id, benchmark.name, ...benchmark.aliases]) add(name, topic, benchmark);
	}
	// Longest name first; on a tie the score-table name, which also says which benchmark is meant.
	for (const list of byFirstWord.values())
		list.sort((a, b) => b.words.length - a.words.length || Number(!!b.benchmark) - Number(!!a.benchmark));

	return {
		find(questionWords) {
			const matches: EntityMatch[] = [];
			let position = 0;
			while (position < questionWords.length) {
				const candidates = byFirstWord.get(questionWords[position] ?? '') ?? [];
				const name = candidates.find((candidate) =>
					candidate.words.every((word, offset) => questionWords[position + offset] === word),
				);
				const numberUse =
					name?.words.length === 1 && NUMBER_NAMES.has(name.words[0] ?? '') && isNumberUse(questionWords, position);
				if (!name || numberUse) {
					position += 1;
					continue;
				}
				const end = position + name.words.length;
				matches.push({ topic: name.topic, benchmark: name.benchmark, start: position, end });
				position = end;
			}
			return matches;
		},
	};
}

/** Distinct topics among the matches, in the order they were named. */
export function namedTopics(matches: readonly EntityMatch[]): Topic[] {
	return [...new Set(matches.map((match) => match.topic))];
}
