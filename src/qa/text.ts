import { stemmer } from 'stemmer';
import { STOP_WORDS } from './stopWords.js';

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const NUMBERS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const STEP_IN_WORDS = new RegExp(String.raw`\b(?:step|stage|phase)\s+(${NUMBERS.join('|')})\b`, 'g');

/**
 * Lowercase words of a text, accents, possessives and apostrophes dropped ("R1's" → "r1", "didn't" → "didnt"). Hyphens and other punctuation
 * split words ("r1-zero" → "r1", "zero"; "pass@1" → "pass", "1") so typed and stored names line up; a dot or comma
 * between digits stays ("1.5b", "97.3", "800,000" → "800000").
 */
export function words(text: string): string[] {
	return (
		text
			.normalize('NFKD')
			.replace(/\p{M}/gu, '')
			.toLowerCase()
			.replace(/(\d),(\d{3})\b/g, '$1$2')
			// "1.5 billion", "7 bn", "1.5 bilion": a size in billions.
			.replace(/(\d)\s*(?:bil{1,2}i?on|bn)\b/g, '$1b')
			// "r-1", "v-3": a one-letter name and its number.
			.replace(/\b([a-z])-(\d)\b/g, '$1$2')
			.replace(/(\d)\s*million\b/g, '$1m')
			// "$294k" and "$294,000", "800k" and "800,000" are one figure.
			.replace(/\b(\d+(?:\.\d+)?)k\b/g, (_, figure: string) => String(Math.round(Number(figure) * 1000)))
			// "aime2024", "math500": a name run into its number.
			.replace(/\b([a-z]{3,})(\d{3,4})\b/g, '$1 $2')
			// "stage 5", "phase 2", "the 2nd step", "step three": the article numbers its steps. ("The first step" stays:
			// R1's first step is not the article's step 1, R1-Zero's.)
			.replace(/\b(?:stage|phase)\s+(\d)\b/g, 'step $1')
			.replace(/\b([1-9])(?:st|nd|rd|th)\s+(?:step|stage|phase)\b/g, 'step $1')
			.replace(STEP_IN_WORDS, (_, number: string) => `step ${NUMBERS.indexOf(number) + 1}`)
			// "the 2nd rl round": the name says "second".
			.replace(/\b([1-9])(?:st|nd|rd|th)\s+(?=rl\b|round\b)/g, (_, digit: string) => `${ORDINALS[Number(digit) - 1]} `)
			.replace(/['’]s\b/g, '')
			.replace(/['’`]/g, '')
			.split(/(?:(?<!\d)\.|\.(?!\d)|[^\p{L}\p{N}.])+/u)
			.filter((word) => word !== '')
	);
}

/**
 * `words`, plus each hyphenated compound written as one word ("pre-training" → also "pretraining"), so the
 * spellings students mix ("pretrain", "fine-tune", "finetune") meet in the index.
 */
export function indexWords(text: string): string[] {
	const compounds = text.match(/\p{L}+(?:-\p{L}+)+/gu) ?? [];
	return [...words(text), ...compounds.map((compound) => compound.toLowerCase().replaceAll('-', ''))];
}

export function isStopWord(word: string): boolean {
	return STOP_WORDS.has(word);
}

/**
 * Porter stem of a word, British spellings folded into American ones first ("licence" and "license", "optimise" and
 * "optimize" meet; our notes use both); words with digits are names or figures ("r1", "671b", "97.3") and stay as
 * they are.
 */
export function stem(word: string): string {
	if (/\d/.test(word)) return word;
	return STEM_EXCEPTIONS.get(word) ?? stemmer(americanSpelling(word));
}

/** Words Porter folds into another's stem: a computer is not computed ("how the reward is computed"). */
const STEM_EXCEPTIONS: ReadonlyMap<string, string> = new Map([
	['computer', 'computer'],
	['computers', 'computer'],
]);

/** The same fold on every side (index, question, word lists), so a word it also changes still meets itself. */
function americanSpelling(word: string): string {
	return word
		.replace(/^licenc/, 'licens')
		.replace(/^(favo|behavio|colo|hono|labo|neighbo|humo|flavo)ur/, '$1r')
		.replace(/([a-z]{3,})is(e|ed|es|ing|ation|ations)$/, '$1iz$2')
		.replace(/([a-z]{3,})ys(e|ed|es|ing)$/, '$1yz$2');
}

/** The search terms of a text: words without stop words, stemmed. */
export function terms(text: string): string[] {
	return words(text)
		.filter((word) => !isStopWord(word))
		.map(stem);
}
