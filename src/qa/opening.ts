import { expandShorthand } from './shorthand.js';
import { OPENING_FILLER } from './stopWords.js';
import { isStopWord, words } from './text.js';

const CONTEXT_CLAUSE_CHARACTERS = 80;
/** Where a clause ends: punctuation, but not a decimal point ("1.5b"). */
const CLAUSE_END = /[,:;!?]+|\.(?!\d)/;
/** Words a question opens with. */
const ASKING_WORDS: ReadonlySet<string> = new Set(
	`what whats how hows why when whens where wheres which who whos whom is are was were do does did can could should
	would will has have explain tell compare list define describe give`.split(/\s+/),
);

/**
 * "im studying for my exam tomorrow, is r1 on perplexity", "for my homework: …": leading clauses of only stop words
 * that ask nothing are why the student asks, not what; the question starts after them.
 */
export function withoutLeadingContext(text: string): string {
	let rest = text;
	for (let boundary = CLAUSE_END.exec(rest); boundary; boundary = CLAUSE_END.exec(rest)) {
		// Why one asks takes a few words; a long clause is the question itself.
		if (boundary.index > CONTEXT_CLAUSE_CHARACTERS) break;
		const clause = expandShorthand(words(rest.slice(0, boundary.index)));
		const after = rest.slice(boundary.index + boundary[0].length);
		const asks = ASKING_WORDS.has(clause[0] ?? '') || !clause.every(isStopWord);
		if (asks || !/[\p{L}\p{N}]/u.test(after)) break;
		rest = after;
	}
	return rest;
}

/**
 * A request around the question ("can you tell me …", "i was wondering …"): what follows is the question, when it
 * starts asking ("can you tell me about grpo" keeps its words).
 */
const REQUEST_FRAMES: readonly (readonly string[])[] = [
	'can you tell me',
	'can you tell us',
	'could you tell me',
	'would you tell me',
	'do you know',
	'does anyone know',
	'i was wondering',
	'i am wondering',
	'im wondering',
	'i wonder',
	'i want to know',
	'i wanted to know',
	'i would like to know',
	'id like to know',
	'i need to know',
].map((frame) => frame.split(' '));

/**
 * Where the question starts in its words: past openers ("hey bot quick q", "ok so", "pls help") and a request frame
 * followed by an asking word ("can you tell me whats next").
 */
export function questionStart(questionWords: readonly string[]): number {
	const start = questionWords.findIndex((word) => !OPENING_FILLER.has(word));
	if (start < 0) return 0;
	for (const frame of REQUEST_FRAMES) {
		const after = start + frame.length;
		const framed = frame.every((word, offset) => questionWords[start + offset] === word);
		if (framed && ASKING_WORDS.has(questionWords[after] ?? '')) return after;
	}
	return start;
}
