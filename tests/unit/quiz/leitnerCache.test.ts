import { describe, expect, it } from 'vitest';
import { EMPTY_LEITNER, recordReview } from '../../../src/quiz/leitner.js';
import { createLeitnerCache } from '../../../src/quiz/leitnerCache.js';
import type { LeitnerState } from '../../../src/quiz/types.js';

const loader = (state: LeitnerState) => {
	const calls = { count: 0 };
	return { calls, load: () => Promise.resolve((calls.count++, state)) };
};

describe('Leitner cache', () => {
	it('loads a learner once, then answers from memory, per guild and learner', async () => {
		const cache = createLeitnerCache();
		const { calls, load } = loader(recordReview(EMPTY_LEITNER, 'a', true, 1));
		expect((await cache.get('g1', 'u1', load)).cards['a']?.box).toBe(1);
		expect((await cache.get('g1', 'u1', load)).cards['a']?.box).toBe(1);
		expect(calls.count).toBe(1);
		await cache.get('g2', 'u1', load);
		await cache.get('g1', 'u2', load);
		expect(calls.count).toBe(3);
	});

	it('moves cards and the pass as the database does after each committed change', async () => {
		const cache = createLeitnerCache();
		await cache.get('g1', 'u1', () => Promise.resolve(EMPTY_LEITNER));
		cache.asked('g1', 'u1', 'a', 2);
		cache.reviewed('g1', 'u1', 'a', true, 5);
		cache.reviewed('g1', 'u1', 'a', true, 6);
		const noLoad = () => Promise.reject(new Error('should be cached'));
		expect(await cache.get('g1', 'u1', noLoad)).toEqual({
			cards: { a: { box: 2, lastCorrect: true, lastAt: 6 } },
			pass: ['a'],
		});
		cache.reviewed('g1', 'u1', 'a', false, 7);
		cache.asked('g1', 'u1', 'b', 2);
		// Every item of the bank asked: the next pass starts empty.
		expect(await cache.get('g1', 'u1', noLoad)).toEqual({
			cards: { a: { box: 1, lastCorrect: false, lastAt: 7 } },
			pass: [],
		});
	});

	it('does not keep a load that a change of the same learner overtook', async () => {
		const cache = createLeitnerCache();
		let finish: (state: LeitnerState) => void = () => undefined;
		const slow = cache.get('g1', 'u1', () => new Promise<LeitnerState>((resolve) => (finish = resolve)));
		cache.reviewed('g1', 'u1', 'a', true, 5);
		finish(EMPTY_LEITNER);
		expect(await slow).toEqual(EMPTY_LEITNER);
		const fresh = recordReview(EMPTY_LEITNER, 'a', true, 5);
		expect(await cache.get('g1', 'u1', () => Promise.resolve(fresh))).toEqual(fresh);
	});

	it('changes its own copy, never the state a load returned (EMPTY_LEITNER is shared), and keeps the pass as a set', async () => {
		const cache = createLeitnerCache();
		await cache.get('g1', 'u1', () => Promise.resolve(EMPTY_LEITNER));
		cache.reviewed('g1', 'u1', 'a', true, 5);
		cache.asked('g1', 'u1', 'b', 3);
		expect(EMPTY_LEITNER).toEqual({ cards: {}, pass: [] });
		expect([...(cache.askedSet('g1', 'u1') ?? [])]).toEqual(['b']);
		expect(cache.askedSet('g1', 'u2')).toBeUndefined();
	});

	it('forgets the least recent learners beyond its size', async () => {
		const cache = createLeitnerCache(2);
		const { calls, load } = loader(EMPTY_LEITNER);
		for (const learner of ['u1', 'u2', 'u3', 'u1']) await cache.get('g1', learner, load);
		expect(calls.count).toBe(4);
	});
});
