import { Keyv } from 'keyv';
import { describe, expect, it, vi } from 'vitest';
import { openMemoryStore, sweepExpired } from '../../../src/cache/memoryStore.js';

describe('the in-memory store drops what expired, read again or not', () => {
	it('GIVEN per-user keys with a TTL that nobody reads again THEN the sweep removes them, and only them', async () => {
		const store = openMemoryStore({ sweepEveryMs: 20 });
		try {
			const cooldowns = store.namespace<number>('cooldown', { ttlMs: 30 });
			const lasting = store.namespace<string>('lasting', { ttlMs: 60_000 });
			const forever = store.namespace<string>('forever');
			for (let user = 0; user < 200; user += 1) await cooldowns.set(`user-${String(user)}`, user);
			await lasting.set('kept', 'still fresh');
			// A value that itself mentions an expiry is no expiry of the entry.
			await forever.set('note', 'the "expires":1} of a value');
			const map = cooldowns.store as Map<string, unknown>;
			expect(map.size).toBe(200);

			await vi.waitFor(
				() => {
					expect(map.size).toBe(0);
				},
				{ timeout: 2_000, interval: 20 },
			);
			expect(await lasting.get('kept')).toBe('still fresh');
			expect(await forever.get('note')).toBe('the "expires":1} of a value');
		} finally {
			await store.close();
		}
	});

	it('keeps entries until their expiry, and entries without one for good', async () => {
		const map = new Map<string, unknown>();
		const keyv = new Keyv({ store: map, namespace: 'quota' });
		await keyv.set('soon', 1, 1_000);
		await keyv.set('never', 2);
		sweepExpired([map], Date.now());
		expect(map.size).toBe(2);
		sweepExpired([map], Date.now() + 2_000);
		expect([...map.keys()]).toEqual(['quota:never']);
	});
});
