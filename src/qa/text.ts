import { stemmer } from 'stemmer';
import { STOP_WORDS } from './stopWords.js';

/**
 * Lowercase words of a text, accents and apostrophes dropped ("what's" → "whats"). Hyphens and other punctuation
 * split words ("r1-zero" → "r1", "zero"; "pass@1" → "pass", "1") so typed and stored names line up; a dot or comma
 * between digits stays ("1.5b", "97.3", "800,000" → "800000").
 */
export function words(text: string): string[] {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/(\d),(\d{3})\b/g, '$1$2')
		.replace(/['’`]/g, '')
		.split(/(?:(?<!\d)\.|\.(?!\d)|[^\p{L}\p{N}.])+/u)
		.filter((word) => word !== '');
}

export function isStopWord(word: string): boolean {
	return STOP_WORDS.has(word);
}

/** Porter stem of a word; words with digits are names or figures ("r1", "671b", "97.3") and stay as they are. */
export function stem(word: string): string {
	return /\d/.test(word) ? word : stemmer(word);
}

/** The search terms of a text: words without stop words, stemmed. */
export function terms(text: string): string[] {
	return words(text)
		.filter((word) => !isStopWord(word))
		.map(stem);
}
