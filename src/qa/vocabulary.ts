import { editDistance } from '../knowledge/resolve.js';
import { isStopWord } from './text.js';

export interface Vocabulary {
	/** The word, or the knowledge's own word it is a small typo of ("reinforcment" → "reinforcement"). */
	correct(word: string): string;
}

/** Typos are only guessed for words this long: shorter ones are ids or real words ("r1", "sft", "how"). */
const MIN_TYPO_LENGTH = 4;
const maxEdits = (length: number): number => (length >= 8 ? 2 : 1);

/**
 * Corrects typed words against the words the knowledge itself uses, so a typo finds the topic it meant. The most
 * frequent candidate wins a tie; words with digits are names or figures and are never changed.
 */
export function createVocabulary(knownWords: Iterable<string>): Vocabulary {
	const frequency = new Map<string, number>();
	for (const word of knownWords) frequency.set(word, (frequency.get(word) ?? 0) + 1);
	const byLength = new Map<number, string[]>();
	for (const word of frequency.keys()) {
		if (word.length < MIN_TYPO_LENGTH - 1 || /\d/.test(word) || isStopWord(word)) continue;
		byLength.set(word.length, [...(byLength.get(word.length) ?? []), word]);
	}
	return {
		correct(word) {
			if (word.length < MIN_TYPO_LENGTH || frequency.has(word) || isStopWord(word) || /\d/.test(word)) return word;
			const limit = maxEdits(word.length);
			let best: { word: string; distance: number; count: number } | undefined;
			for (let length = word.length - limit; length <= word.length + limit; length += 1) {
				for (const candidate of byLength.get(length) ?? []) {
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
