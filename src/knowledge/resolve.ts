import { editDistance } from './editDistance.js';
import { foldKey } from './fold.js';
import { createNameMatcher } from './nameMatch.js';
import { FUZZY_GET } from './searchOptions.js';
import type { Topic } from './types.js';

export interface Resolver {
	/** Id, title or alias after folding case, spaces and punctuation. */
	exact(query: string): Topic | undefined;
	/** `exact`, else the single closest key within a small edit distance, else the single best fit by words. */
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
	const byWords = createNameMatcher(topics);
	return {
		exact,
		get(query) {
			return exact(query) ?? closest(foldKey(query), byKey) ?? byWords(query);
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
