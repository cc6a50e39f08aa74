import { editDistance } from '../knowledge/resolve.js';
import { isStopWord } from './text.js';

export interface Vocabulary {
	/** The word, or the knowledge's own word it is a small typo of ("reinforcment" → "reinforcement"). */
	correct(word: string): string;
}

/** Typos are only guessed for words this long: shorter ones are ids or real words ("r1", "sft", "how"). */
const MIN_TYPO_LENGTH = 4;
/**
 * Below this length a word one edit from a knowledge word is as likely a real word of its own ("rome" is not
 * "come"), so short words are only corrected towards names ("grop" → "grpo", "qwne" → "qwen").
 */
const MIN_PLAIN_TYPO_LENGTH = 6;
const maxEdits = (length: number): number => (length >= 8 ? 2 : 1);

/**
 * Corrects typed words against the words the knowledge itself uses, so a typo finds the topic it meant. The most
 * frequent candidate wins a tie; words with digits are names or figures and are never changed.
 */
export function createVocabulary(knownWords: Iterable<string>, nameWords: Iterable<string>): Vocabulary {
	const frequency = new Map<string, number>();
	for (const word of knownWords) frequency.set(word, (frequency.get(word) ?? 0) + 1);
	const names = new Set(nameWords);
	for (const word of names) frequency.set(word, (frequency.get(word) ?? 0) + 1);
	const byLength = new Map<number, string[]>();
	for (const word of frequency.keys()) {
		if (word.length < MIN_TYPO_LENGTH - 1 || /\d/.test(word) || isStopWord(word)) continue;
		byLength.set(word.length, [...(byLength.get(word.length) ?? []), word]);
	}
	return {
		correct(word) {
			// "r1s context length", "v3s params": a possessive written without its apostrophe.
			if (word.endsWith('s') && !frequency.has(word) && frequency.has(word.slice(0, -1))) return word.slice(0, -1);
			if (word.length < MIN_TYPO_LENGTH || frequency.has(word) || isStopWord(word) || /\d/.test(word)) return word;
			const limit = maxEdits(word.length);
			let best: { word: string; distance: number; count: number } | undefined;
			for (let length = word.length - limit; length <= word.length + limit; length += 1) {
				for (const candidate of byLength.get(length) ?? []) {
					if (word.length < MIN_PLAIN_TYPO_LENGTH && !names.has(candidate)) continue;
					const distance = editDistance(word, candidate);
					if (distance > limit) continue;
					const count = frequency.get(candidate) ?? 0;
					if (!best || distance < best.distance || (distance === best.distance && count > best.count))
						best = { word: candidate, distance, count };
				}
			}
			return best?.word ?? word;
		},
	};
}
