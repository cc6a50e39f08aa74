/** Words that name nothing on their own when a student types a topic ("the", "model", "deepseek r1" → "r1"). */
const FILLER = new Set([
	'a',
	'an',
	'the',
	'of',
	'for',
	'on',
	'in',
	'and',
	'to',
	'about',
	'model',
	'models',
	'deepseek',
	'openai',
	'algorithm',
	'method',
	'version',
	'llm',
	'ai',
	's',
]);

/** Number words name the same step or size as their digits ("step two" is "step 2"). */
const NUMBER_WORDS: ReadonlyMap<string, string> = new Map(
	['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'].map((word, i) => [
		word,
		String(i + 1),
	]),
);

/**
 * Splits typed topic names into comparable words: "Qwen1.5B distill" → ["qwen", "1.5", "distill"],
 * "llama70b" → ["llama", "70"], "R1-Distill-Qwen-1-5B" → ["r1", "distill", "qwen", "1.5"]. Short ids (r1, o1, v3,
 * 4o) stay whole; a size's "b" is dropped, so "32b" and "32" are one word.
 */
export function nameTokens(text: string): string[] {
	const spaced = text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		// "1-5b", "1_5b", "1.5b" and "1,5b" are one size (but "3.1-8b" is a version and a size).
		.replace(/(?<![\d.])(\d)[-_,.](\d)\s?b\b/g, '$1.$2b');
	const words: string[] = [];
	for (const chunk of spaced.split(/[^\p{L}\p{N}.]+/u)) {
		// A dot belongs to a number only ("1.5"); elsewhere it separates ("v3.base").
		for (const part of chunk.split(/(?<!\d)\.|\.(?!\d)/)) {
			const glued = /^(\p{L}{3,})(\d.*)$/u.exec(part);
			for (const word of glued ? [glued[1] ?? '', glued[2] ?? ''] : [part]) {
				const unsized = /^\d+(\.\d+)?b$/.test(word) ? word.slice(0, -1) : (NUMBER_WORDS.get(word) ?? word);
				if (unsized !== '' && !FILLER.has(unsized)) words.push(unsized);
			}
		}
	}
	return words;
}
