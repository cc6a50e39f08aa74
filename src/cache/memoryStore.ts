import { Keyv } from 'keyv';
import { pino } from 'pino';
import { namespaceRegistry } from './namespaces.js';
import type { Store } from './store.js';

/** How often expired entries are dropped (Keyv's Map store drops one only when it is read again). */
const SWEEP_EVERY_MS = 60_000;
/** Keyv's serialized entry ends with its expiry: `{"value":…,"expires":1700000000000}`. */
const EXPIRES_AT_END = /"expires":(\d+)\}$/;

/** Process-local store: nothing survives a restart. For tests and quick trials. */
export function openMemoryStore(options: { readonly sweepEveryMs?: number } = {}): Store {
	const maps: Map<string, unknown>[] = [];
	const namespaces = namespaceRegistry(
		(keyvOptions) => {
			const map = new Map<string, unknown>();
			maps.push(map);
			return new Keyv({ ...keyvOptions, store: map });
		},
		pino({ level: 'silent' }),
	);
	// Cooldowns, quotas and cached answers are keyed per user and per question: never read again once they
	// expire, they would stay in memory for good.
	const sweep = setInterval(() => {
		sweepExpired(maps, Date.now());
	}, options.sweepEveryMs ?? SWEEP_EVERY_MS);
	sweep.unref();
	return {
		backend: 'memory',
		location: 'memory',
		namespace: (name, namespaceOptions) => namespaces.get(name, namespaceOptions),
		close: async () => {
			clearInterval(sweep);
			await Promise.all(namespaces.all().map((keyv) => keyv.disconnect()));
		},
	};
}

export function sweepExpired(maps: readonly Map<string, unknown>[], now: number): void {
	for (const map of maps)
		for (const [key, raw] of map) {
			const expires = typeof raw === 'string' ? EXPIRES_AT_END.exec(raw)?.[1] : undefined;
			if (expires !== undefined && Number(expires) < now) map.delete(key);
		}
}
