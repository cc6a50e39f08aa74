import { foldKey } from './fold.js';
import { FUZZY_GET } from './searchOptions.js';
import type { Topic } from './types.js';

export interface Resolver {
	/** Id, title or alias after folding case, spaces and punctuation. */
	exact(query: string): Topic | undefined;
	/** `exact`, else the single closest key within a small edit distance. */
	get(query: string): Topic | undefined;
}

export function createResolver(topics: readonly Topic[]): Resolver {
	const byKey = new Map<string, Topic>();
	for (const topic of topics) {
		for (const name of [topic.id, topic.title, ...topic.aliases]) {
			const key = foldKey(name);
			if (key !== '' && !byKey.has(key)) byKey.set(key, topic);
		}
	}
	const exact = (query: string): Topic | undefined => byKey.get(foldKey(query));
	return {
		exact,
		get(query) {
			return exact(query) ?? closest(foldKey(query), byKey);
		},
	};
}

function closest(query: string, byKey: ReadonlyMap<string, Topic>): Topic | undefined {
	if (query.length < FUZZY_GET.minLength) return undefined;
	const limit = FUZZY_GET.maxEdits(query.length);
	let best: { topic: Topic; distance: number; tied: boolean } | undefined;
	for (const [key, topic] of byKey) {
		if (Math.abs(key.length - query.length) > limit) continue;
		const distance = editDistance(query, key);
		if (distance > limit) continue;
		if (!best || distance < best.distance) best = { topic, distance, tied: false };
		else if (distance === best.distance && topic !== best.topic) best = { ...best, tied: true };
	}
	return best && !best.tied ? best.topic : undefined;
}

/** Optimal string alignment distance: Levenshtein plus adjacent transpositions ("strat" → "start" is 1). */
export function editDistance(a: string, b: string): number {
	const rows = Array.from({ length: a.length + 1 }, (_, i) =>
		Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
	);
	const at = (i: number, j: number): number => rows[i]?.[j] ?? Number.POSITIVE_INFINITY;
	for (let i = 1; i <= a.length; i += 1) {
		const row = rows[i];
		if (!row) continue;
		for (let j = 1; j <= b.length; j += 1) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				value = Math.min(value, at(i - 2, j - 2) + 1);
			row[j] = value;
		}
	}
	return at(a.length, b.length);
}
