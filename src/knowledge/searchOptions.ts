import type { Options, SearchOptions as MiniSearchQueryOptions } from 'minisearch';

/** What each topic contributes to the full-text index. */
export interface IndexedTopic {
	readonly id: string;
	readonly title: string;
	readonly aliases: string;
	readonly summary: string;
	readonly body: string;
}

/** All search tuning lives here, so ranking changes are made in one place. */
export const INDEX_OPTIONS: Options<IndexedTopic> = Object.freeze({
	idField: 'id',
	fields: ['title', 'aliases', 'summary', 'body'],
	storeFields: [],
});

export const QUERY_OPTIONS: MiniSearchQueryOptions = Object.freeze({
	boost: { title: 8, aliases: 6, summary: 2, body: 1 },
	prefix: true,
	// Allowed edit distance as a fraction of term length: one typo in a 5-letter word. Terms under 4 letters are
	// still being typed (or are ids like "r1"): a typo there matches noise, so they only match as prefixes.
	fuzzy: (term: string) => (term.length >= 4 ? 0.2 : false),
	combineWith: 'OR',
});

export const DEFAULT_SEARCH_LIMIT = 10;

/** `get` accepts a fuzzy match only for keys this long, within this many edits, and only if one topic is closest. */
export const FUZZY_GET = Object.freeze({
	minLength: 4,
	maxEdits: (length: number): number => (length >= 8 ? 2 : 1),
});
