import { LRUCache } from 'lru-cache';
import { COMMON_ENGLISH_WORDS } from './commonWords.js';
import { STOP_WORDS } from './stopWords.js';
import { isStopWord, stem } from './text.js';

export interface Vocabulary {
	/** The word, or the knowledge's own word it is a small typo of ("reinforcment" → "reinforcement"). */
	correct(word: string): string;
}

/** Typos are only guessed for words this long: shorter ones are ids or real words ("r1", "sft", "how"). */
const MIN_TYPO_LENGTH = 4;
/**
 * Below this length a word one edit from a knowledge word is as likely a real word of its own ("rome" is not
 * "come"), so short words are only corrected towards names ("grop" → "grpo", "qwne" → "qwen"). From five letters
 * on, common English words are kept as typed, so the rest are typos ("famly", "modle").
 */
const MIN_PLAIN_TYPO_LENGTH = 5;
const maxEdits = (length: number): number => (length >= 8 ? 2 : 1);
/** Typed words repeat; a correction is remembered (bounded: typed words are unbounded). */
const REMEMBERED_WORDS = 2000;

/**
 * Corrects typed words against the words the knowledge itself uses, so a typo finds the topic it meant. The most
 * frequent candidate wins a tie; words with digits are names or figures and are never changed.
 */
export function createVocabulary(knownWords: Iterable<string>, nameWords: Iterable<string>): Vocabulary {
	const frequency = new Map<string, number>();
	for (const word of knownWords) frequency.set(word, (frequency.get(word) ?? 0) + 1);
	const names = new Set(nameWords);
	for (const word of names) frequency.set(word, (frequency.get(word) ?? 0) + 1);
	// Candidates by length and by first or second letter: a typo rarely changes both of the first two letters, and
	// scanning a bucket instead of every word keeps a correction in microseconds.
	const buckets = new Map<string, string[]>();
	const bucketKey = (length: number, position: number, letter: string | undefined) => `${length}:${position}:${letter}`;
	for (const word of frequency.keys()) {
		if (word.length < MIN_TYPO_LENGTH - 1 || /\d/.test(word) || isStopWord(word)) continue;
		for (const position of [0, 1]) {
			const key = bucketKey(word.length, position, word[position]);
			buckets.set(key, [...(buckets.get(key) ?? []), word]);
		}
	}
	const remembered = new LRUCache<string, string>({ max: REMEMBERED_WORDS });
	const isInflectionOfKnownWord = (word: string): boolean =>
		baseForms(word).some((base) => COMMON_ENGLISH_WORDS.has(base) || frequency.has(base));

	const closest = (word: string): string => {
		const limit = maxEdits(word.length);
		let best: { word: string; distance: number; count: number } | undefined;
		for (let length = word.length - limit; length <= word.length + limit; length += 1) {
			for (const position of [0, 1]) {
				for (const candidate of buckets.get(bucketKey(length, position, word[position])) ?? []) {
					const distance = boundedDistance(word, candidate, limit);
					// Short words are corrected towards names, by swapping two neighbouring letters ("trian") or by the
					// letter left out ("strt", "paer"), never by another letter ("rome" is not "come").
					const shortTypo = names.has(candidate) || isSwap(word, candidate) || isOneLetterLeftOut(word, candidate);
					if (word.length < MIN_PLAIN_TYPO_LENGTH && !shortTypo) continue;
					// Two edits that also change the first letter make another word ("shrinking" is not "thinking"); a letter
					// added before a name is another name ("ollama" is not "llama").
					if (distance > limit || (distance > 1 && candidate[0] !== word[0]) || word.slice(1) === candidate) continue;
					const count = frequency.get(candidate) ?? 0;
					if (!best || distance < best.distance || (distance === best.distance && count > best.count))
						best = { word: candidate, distance, count };
				}
			}
		}
		return best?.word ?? word;
	};

	// Function words are never typo targets of the search above ("rome" is not "some"), but their own typos are
	// plain: two letters swapped ("teh", "waht", "hwo") or one letter left out ("wich", "shoud").
	const stopWordsByLength = new Map<number, string[]>();
	for (const stopWord of STOP_WORDS)
		stopWordsByLength.set(stopWord.length, [...(stopWordsByLength.get(stopWord.length) ?? []), stopWord]);
	// From five letters on, any one edit: a function word that long has no neighbour ("thrre", "somerhing").
	const stopWordTypo = (word: string): string | undefined =>
		stopWordsByLength.get(word.length)?.find((stopWord) => isSwap(word, stopWord)) ??
		(word.length >= MIN_TYPO_LENGTH
			? stopWordsByLength.get(word.length + 1)?.find((stopWord) => isOneLetterLeftOut(word, stopWord))
			: undefined) ??
		(word.length >= MIN_PLAIN_TYPO_LENGTH
			? [word.length, word.length - 1, word.length + 1]
					.flatMap((length) => stopWordsByLength.get(length) ?? [])
					.find((stopWord) => stopWord.length >= MIN_PLAIN_TYPO_LENGTH && boundedDistance(word, stopWord, 1) <= 1)
			: undefined);

	const isKnown = (word: string): boolean => frequency.has(word) || isStopWord(word) || COMMON_ENGLISH_WORDS.has(word);
	return {
		correct(typed) {
			// "whyyy", "sooo", "grpooo": a letter held down is one letter, or two where the word has two ("goood").
			const word = ELONGATED.test(typed) ? unelongated(typed, isKnown) : typed;
			// "r1s context length", "v3s params": a possessive written without its apostrophe.
			if (word.endsWith('s') && !frequency.has(word) && frequency.has(word.slice(0, -1))) return word.slice(0, -1);
			if (frequency.has(word) || isStopWord(word) || /\d/.test(word)) return word;
			if (word.length < MIN_TYPO_LENGTH) return COMMON_ENGLISH_WORDS.has(word) ? word : (stopWordTypo(word) ?? word);
			// A common English word is meant as typed: "anime" is not "aime".
			if (COMMON_ENGLISH_WORDS.has(word)) return word;
			let corrected = remembered.get(word);
			if (corrected === undefined) {
				corrected = closest(word);
				// "dumber" is not "number", "fried" not "tried": a real word inflected is meant as typed.
				if (corrected !== word && stem(corrected) !== stem(word) && isInflectionOfKnownWord(word)) corrected = word;
				if (corrected === word && !isInflectionOfKnownWord(word)) corrected = stopWordTypo(word) ?? word;
				remembered.set(word, corrected);
			}
			return corrected;
		},
	};
}

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions: "strat" → "start" is 1), giving up
 * with `limit + 1` as soon as a whole row exceeds the limit.
 */
export function boundedDistance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let beforePrevious: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i += 1) {
		const current = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j += 1) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				value = Math.min(value, (beforePrevious[j - 2] ?? 0) + 1);
			current.push(value);
			rowMin = Math.min(rowMin, value);
		}
		if (rowMin > limit) return limit + 1;
		beforePrevious = previous;
		previous = current;
	}
	return previous[b.length] ?? limit + 1;
}

/** Whether `b` is `a` with two neighbouring letters swapped. */
function isSwap(a: string, b: string): boolean {
	if (a.length !== b.length) return false;
	const differ: number[] = [];
	for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) differ.push(index);
	const [first, second] = differ;
	return (
		differ.length === 2 &&
		first !== undefined &&
		second === first + 1 &&
		a[first] === b[second] &&
		a[second] === b[first]
	);
}

/** Whether `b` is `a` with one letter added ("wich" → "which"). */
function isOneLetterLeftOut(a: string, b: string): boolean {
	if (b.length !== a.length + 1) return false;
	let index = 0;
	while (index < a.length && a[index] === b[index]) index += 1;
	return a.slice(index) === b.slice(index + 1);
}

/** Endings and what they replace: "dumber" → "dumb", "fried" → "fry", "bigger" → "big", "simpler" → "simple". */
const INFLECTIONS: readonly (readonly [RegExp, string])[] = [
	[/(?:ies|ied|ier|iest)$/, 'y'],
	[/([b-df-hj-np-tv-z])\1(?:ed|er|est|ing)$/, '$1'],
	[/(?:s|es|ed|er|est|ing|ly)$/, ''],
	[/(e)(?:s|d|r|st)$/, '$1'],
	[/ing$/, 'e'],
];

/** The words an inflected word may come from. */
function baseForms(word: string): string[] {
	return INFLECTIONS.map(([ending, replacement]) => word.replace(ending, replacement)).filter(
		(base) => base !== word && base.length >= 3,
	);
}

/** A letter three times or more in a row: no English word has one. */
const ELONGATED = /(\p{L})\1\1/u;

function unelongated(word: string, isKnown: (word: string) => boolean): string {
	const double = word.replace(/(\p{L})\1{2,}/gu, '$1$1');
	const single = word.replace(/(\p{L})\1{2,}/gu, '$1');
	return isKnown(double) || !isKnown(single) ? double : single;
}
