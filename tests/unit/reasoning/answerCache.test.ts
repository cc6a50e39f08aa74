import { Keyv } from 'keyv';
import { describe, expect, it, vi } from 'vitest';
import { AnswerCache, answerCacheKey, type StoredAnswer } from '../../../src/reasoning/answerCache.js';

function answer(id: string, text: string): StoredAnswer {
	return {
		id,
		question: 'q',
		history: [],
		text,
		trace: '',
		incomplete: null,
		model: 'm',
		createdAt: '2026-01-01T00:00:00Z',
		usage: null,
	};
}

describe('answer cache with single flight', () => {
	it('shares one production among concurrent callers of the same key', async () => {
		const cache = new AnswerCache(new Keyv(), new Keyv());
		const produce = vi.fn(async () => {
			await new Promise((resolve) => setTimeout(resolve, 20));
			return answer('a1', 'shared');
		});
		const results = await Promise.all(
			Array.from({ length: 20 }, () => cache.shared('k', produce, { reuseCached: true })),
		);
		expect(produce).toHaveBeenCalledTimes(1);
		expect(results.filter((result) => !result.joined)).toHaveLength(1);
		expect(new Set(results.map((result) => result.answer.text))).toEqual(new Set(['shared']));
	});

	it('GIVEN a caller that arrives just after an identical flight ended THEN it gets the cached answer, not a second call', async () => {
		const cache = new AnswerCache(new Keyv(), new Keyv());
		await cache.shared('k', () => Promise.resolve(answer('a1', 'first')), { reuseCached: true });
		const produce = vi.fn(() => Promise.resolve(answer('a2', 'second')));
		const late = await cache.shared('k', produce, { reuseCached: true });
		expect(produce).not.toHaveBeenCalled();
		expect(late).toEqual({ answer: expect.objectContaining({ text: 'first' }), joined: true });
	});

	it('produces afresh for a regenerate (reuseCached false) and keeps the new answer', async () => {
		const cache = new AnswerCache(new Keyv(), new Keyv());
		await cache.shared('k', () => Promise.resolve(answer('a1', 'first')), { reuseCached: true });
		const again = await cache.shared('k', () => Promise.resolve(answer('a2', 'second')), { reuseCached: false });
		expect(again).toEqual({ answer: expect.objectContaining({ text: 'second' }), joined: false });
		expect((await cache.lookup('k'))?.text).toBe('second');
		expect((await cache.answerById('a1'))?.text).toBe('first');
	});

	it('keeps answers read from the store in memory: a repeated lookup does not reach the store', async () => {
		const byKey = new Keyv<StoredAnswer>();
		await byKey.set('k', answer('a1', 'stored'));
		const get = vi.spyOn(byKey, 'get');
		const cache = new AnswerCache(byKey, new Keyv());
		expect((await cache.lookup('k'))?.text).toBe('stored');
		expect((await cache.lookup('k'))?.text).toBe('stored');
		expect(get).toHaveBeenCalledTimes(1);
		expect(await cache.lookup('missing')).toBeUndefined();
		expect(await cache.lookup('missing')).toBeUndefined();
		expect(get).toHaveBeenCalledTimes(3);
	});

	it('writes a regenerated answer through to memory, so the next lookup sees it, not the old one', async () => {
		const byKey = new Keyv<StoredAnswer>();
		const cache = new AnswerCache(byKey, new Keyv());
		await cache.shared('k', () => Promise.resolve(answer('a1', 'first')), { reuseCached: true });
		expect((await cache.lookup('k'))?.text).toBe('first');
		await cache.shared('k', () => Promise.resolve(answer('a2', 'regenerated')), { reuseCached: false });
		expect((await cache.lookup('k'))?.text).toBe('regenerated');
		expect((await byKey.get('k'))?.text).toBe('regenerated');
	});

	it('keeps no more answer text in memory than its size bound: long traces push older answers out to the store', async () => {
		const byKey = new Keyv<StoredAnswer>();
		const cache = new AnswerCache(byKey, new Keyv());
		const long = (id: string) => ({ ...answer(id, 'short text'), trace: 'thinking '.repeat(100_000) });
		for (const id of ['a1', 'a2', 'a3']) await cache.shared(id, () => Promise.resolve(long(id)), { reuseCached: true });
		const get = vi.spyOn(byKey, 'get');
		expect((await cache.lookup('a3'))?.id).toBe('a3');
		expect(get).not.toHaveBeenCalled();
		// Three 900 KB traces are over the 2 MB bound: the oldest left memory, and is read from the store again.
		expect((await cache.lookup('a1'))?.id).toBe('a1');
		expect(get).toHaveBeenCalledTimes(1);
	});

	it('forgets an answer from memory no later than the cache TTL', async () => {
		const byKey = new Keyv<StoredAnswer>();
		const cache = new AnswerCache(byKey, new Keyv(), { ttlMs: 50 });
		await cache.shared('k', () => Promise.resolve(answer('a1', 'short-lived')), { reuseCached: true });
		await byKey.delete('k');
		expect((await cache.lookup('k'))?.text).toBe('short-lived');
		await new Promise((resolve) => setTimeout(resolve, 80));
		expect(await cache.lookup('k')).toBeUndefined();
	});

	it('keys questions by normalised text, model, knowledge version and history', () => {
		const key = answerCacheKey('What is GRPO?', 'm', 'v1', []);
		expect(answerCacheKey('  what is   grpo ', 'm', 'v1', [])).toBe(key);
		expect(answerCacheKey('What is GRPO?', 'other', 'v1', [])).not.toBe(key);
		expect(answerCacheKey('What is GRPO?', 'm', 'v2', [])).not.toBe(key);
		expect(answerCacheKey('What is GRPO?', 'm', 'v1', [{ question: 'x', answer: 'y' }])).not.toBe(key);
	});
});
