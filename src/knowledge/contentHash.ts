import { createHash } from 'node:crypto';

/** Recursively sorts object keys so that equal content always serialises to the same bytes. */
export function sortKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sortKeys);
	if (value !== null && typeof value === 'object') {
		const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return Object.fromEntries(entries.map(([key, inner]) => [key, sortKeys(inner)]));
	}
	return value;
}

/**
 * Hash of everything except `version`, so the file can carry its own hash. Keys must already be in canonical
 * (sorted) order, as the builder writes them and JSON.parse keeps them: re-sorting a large file at every start-up
 * would cost more than the rest of loading it.
 */
export function contentHash(file: unknown): string {
	const entries = typeof file === 'object' && file !== null ? Object.entries(file) : [];
	const content = Object.fromEntries(entries.filter(([key]) => key !== 'version'));
	return createHash('sha256').update(JSON.stringify(content)).digest('hex').slice(0, 12);
}
