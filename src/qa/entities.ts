import type { Benchmark, KnowledgeBase, Topic } from '../knowledge/types.js';
import { COMMON_ENGLISH_WORDS } from './commonWords.js';
import { isStopWord, words } from './text.js';
import { boundedDistance } from './vocabulary.js';

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

/** The spellings of "distill" students mix ("qwen 7b distil", "distilled llama 8b"): one form in names. */
const DISTILL_FORMS: ReadonlySet<string> = new Set(['distill', 'distil', 'distilled', 'distillation']);
const nameForm = (word: string): string => (DISTILL_FORMS.has(word) ? 'distill' : word);

const NUMBER_WORDS: readonly string[] = ['one', 'two', 'three', 'four', 'five', 'six'];
const SECTION_WORDS: readonly string[] = ['section', 'part', 'chapter', 'bit'];
const GROUP_WORDS: readonly string[] = ['family', 'series', 'lineup'];

/** Names of up to this many words are also found run together ("r1zero", "o1mini", "v3base", "qwen7b"). */
const JOINED_NAME_WORDS = 3;

export interface EntityIndex {
	/** Longest names first, left to right, without overlaps. */
	find(questionWords: readonly string[]): EntityMatch[];
}

export function createEntityIndex(knowledge: KnowledgeBase): EntityIndex {
	const byFirstWord = new Map<string, Name[]>();
	const addWords = (nameWords: readonly string[], topic: Topic, benchmark: Benchmark | undefined): void => {
		const [first] = nameWords;
		if (first === undefined) return;
		if (nameWords.length === 1 && (isStopWord(first) || EVERYDAY_NAMES.has(first))) return;
		const list = byFirstWord.get(first) ?? [];
		list.push({ words: nameWords, topic, benchmark });
		byFirstWord.set(first, list);
	};
	const add = (text: string, topic: Topic, benchmark?: Benchmark): void => {
		const nameWords = words(text).map(nameForm);
		addWords(nameWords, topic, benchmark);
		// "rl round two" is also typed "rl round 2".
		if (nameWords.some((word) => NUMBER_WORDS.includes(word)))
			addWords(
				nameWords.map((word) => (NUMBER_WORDS.includes(word) ? String(NUMBER_WORDS.indexOf(word) + 1) : word)),
				topic,
				benchmark,
			);
		// "the results section", "the alignment part": an everyday word names its topic when called a part of the text.
		if (nameWords.length === 1 && EVERYDAY_NAMES.has(nameWords[0] ?? ''))
			for (const part of SECTION_WORDS) addWords([...nameWords, part], topic, benchmark);
		// "the distill family", "the distilled series": a group of models by another word.
		if (nameWords.length > 1 && nameWords.at(-1) === 'models')
			for (const group of GROUP_WORDS) addWords([...nameWords.slice(0, -1), group], topic, benchmark);
		// "distilled model", "human preference": a name of several words ending in a plural, said of one.
		const last = nameWords.at(-1) ?? '';
		if (nameWords.length > 1 && /[^s]s$/.test(last))
			addWords([...nameWords.slice(0, -1), last.slice(0, -1)], topic, benchmark);
		// "r 1", "o 3": a one-letter name typed apart from its number.
		const [only] = nameWords;
		if (nameWords.length === 1 && only !== undefined && /^[a-z]\d+$/.test(only))
			addWords([only.slice(0, 1), only.slice(1)], topic, benchmark);
		const joined = nameWords.join('');
		if (nameWords.length > 1 && nameWords.length <= JOINED_NAME_WORDS && !COMMON_ENGLISH_WORDS.has(joined))
			addWords([joined], topic, benchmark);
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

	// A distilled model is one with "distill" in a name ("7b distill"): a "distill" typed next to it is part of it.
	const distilled = new Set(
		[...byFirstWord.values()].flat().flatMap((name) => (name.words.includes('distill') ? [name.topic] : [])),
	);
	// Names of several words by each of their words that is more than a function word, and where: a name typed with
	// one word off still has one of those exact ("chin of thought" has "thought" third).
	const byOffsetAndWord: Map<string, Name[]>[] = [];
	for (const name of [...byFirstWord.values()].flat()) {
		if (name.words.length < 2) continue;
		for (const [offset, word] of name.words.entries()) {
			if (isStopWord(word)) continue;
			const byWord = (byOffsetAndWord[offset] ??= new Map());
			byWord.set(word, [...(byWord.get(word) ?? []), name]);
		}
	}
	const nearName = (questionWords: readonly string[], position: number): Name | undefined => {
		let best: Name | undefined;
		for (const [offset, byWord] of byOffsetAndWord.entries()) {
			for (const name of byWord.get(questionWords[position + offset] ?? '') ?? []) {
				if (name.words.length > (best?.words.length ?? 0) && isNearName(name.words, questionWords, position))
					best = name;
			}
		}
		return best;
	};
	const nameWordsOf = new Map<Topic, Set<string>>();
	for (const name of [...byFirstWord.values()].flat())
		for (const word of name.words) nameWordsOf.set(name.topic, (nameWordsOf.get(name.topic) ?? new Set()).add(word));

	return {
		find(typedWords) {
			const questionWords = typedWords.map(nameForm);
			const matches: EntityMatch[] = [];
			let position = 0;
			while (position < questionWords.length) {
				const candidates = byFirstWord.get(questionWords[position] ?? '') ?? [];
				const exact = candidates.find((candidate) =>
					candidate.words.every((word, offset) => questionWords[position + offset] === word),
				);
				// A name one word off is looked for where no name of several words is typed exactly, from a word that
				// is more than a function word.
				const looksNear = (exact?.words.length ?? 0) < 2 && !isStopWord(questionWords[position] ?? '');
				const loose = looksNear ? nearName(questionWords, position) : undefined;
				const name = loose && loose.words.length > (exact?.words.length ?? 0) ? loose : exact;
				const numberUse =
					name?.words.length === 1 && NUMBER_NAMES.has(name.words[0] ?? '') && isNumberUse(questionWords, position);
				const end = position + (name?.words.length ?? 1);
				if (!name || numberUse || isBaseModel(name.topic, questionWords, position, end)) {
					position += 1;
					continue;
				}
				matches.push({ topic: name.topic, benchmark: name.benchmark, start: position, end });
				position = end;
			}
			return withDistillWords(matches, questionWords, distilled, nameWordsOf);
		},
	};
}

/**
 * "RL on qwen-32b base": the base model a distilled model was trained from, not the distilled model; "the r1 distill
 * qwen 32b" names the distilled one whatever follows.
 */
function isBaseModel(topic: Topic, questionWords: readonly string[], start: number, end: number): boolean {
	if (!topic.id.startsWith(DISTILLED_ID_PREFIX) || questionWords[end] !== 'base') return false;
	return !questionWords.slice(start, end).some((word) => DISTILLED_NAME_WORDS.has(word));
}

const DISTILLED_ID_PREFIX = 'r1-distill-';
const DISTILLED_NAME_WORDS: ReadonlySet<string> = new Set(['r1', 'deepseek', 'distill', 'distilled']);

/**
 * "chin of thought", "rule base rewards": a name of several words typed with one of its words one edit off (a real
 * word, so no typo to correct). The other words must be typed as named, one of them more than a function word, and
 * the word typed off must be long enough to be no other word's neighbour ("r1", "v3" and "step 4" are exact).
 */
function isNearName(nameWords: readonly string[], questionWords: readonly string[], position: number): boolean {
	if (position + nameWords.length > questionWords.length) return false;
	let offAt = -1;
	let anchored = false;
	for (const [offset, word] of nameWords.entries()) {
		if (questionWords[position + offset] === word) anchored ||= !isStopWord(word);
		else if (offAt >= 0) return false;
		else offAt = offset;
	}
	const word = nameWords[offAt];
	const typed = questionWords[position + offAt];
	if (!anchored || word === undefined || typed === undefined) return false;
	// "not sure rl helps" names no "pure rl": a function word is meant as typed.
	const meant = isStopWord(typed) || word.length < NEAR_NAME_LENGTH || /\d/.test(word);
	return !meant && boundedDistance(typed, word, 1) <= 1;
}

const NEAR_NAME_LENGTH = 4;

/**
 * "qwen 7b distil", "the distilled llama 8b", "r1 distill 7b": the "distill" next to a distilled model is part of
 * its name, not the distillation concept (or the whole family) named beside it. "r1 7b", "deepseek-r1:32b": words
 * of a distilled model's own name before it are part of it too, not R1 named beside it.
 */
function withDistillWords(
	matches: readonly EntityMatch[],
	questionWords: readonly string[],
	distilled: ReadonlySet<Topic>,
	nameWordsOf: ReadonlyMap<Topic, ReadonlySet<string>>,
): EntityMatch[] {
	const merged: EntityMatch[] = [];
	for (const match of matches) {
		const previous = merged.at(-1);
		const adjacent = previous !== undefined && previous.end === match.start;
		const endsInDistill = (candidate: EntityMatch): boolean => questionWords[candidate.end - 1] === 'distill';
		const partOfName = (candidate: EntityMatch, of: EntityMatch): boolean =>
			questionWords.slice(candidate.start, candidate.end).every((word) => nameWordsOf.get(of.topic)?.has(word));
		if (adjacent && distilled.has(match.topic) && (endsInDistill(previous) || partOfName(previous, match))) {
			merged[merged.length - 1] = { ...match, start: previous.start };
			continue;
		}
		const isDistillWord = match.end - match.start === 1 && questionWords[match.start] === 'distill';
		if (adjacent && distilled.has(previous.topic) && isDistillWord) {
			merged[merged.length - 1] = { ...previous, end: match.end };
			continue;
		}
		merged.push(match);
	}
	return merged;
}

/** Distinct topics among the matches, in the order they were named. */
export function namedTopics(matches: readonly EntityMatch[]): Topic[] {
	return [...new Set(matches.map((match) => match.topic))];
}
