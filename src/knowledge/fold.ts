/** Folds typed text to a lookup key: case, accents, spaces, hyphens, underscores and punctuation are ignored. */
export function foldKey(text: string): string {
	return text
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^\p{L}\p{N}]+/gu, '');
}
