import type { Logger } from 'pino';
import { openMemoryStore } from './memoryStore.js';
import { StoreError, type Store } from './store.js';

/** Opens the store named by CACHE_URL: `memory://`, `sqlite://<path>` or `redis://…`. */
export async function openStore(url: string, logger: Logger): Promise<Store> {
	const scheme = url.slice(0, url.indexOf('://'));
	switch (scheme) {
		case 'memory':
			return openMemoryStore();
		// Each backend's driver is loaded only when used: the Redis client alone costs ~100 ms of start-up.
		case 'sqlite':
			return (await import('./sqliteStore.js')).openSqliteStore(url.slice('sqlite://'.length), logger);
		case 'redis':
		case 'rediss':
			return (await import('./redisStore.js')).openRedisStore(url, logger);
		default:
			throw new StoreError(
				`CACHE_URL: unknown store "${scheme}://"; expected memory://, sqlite://<path> or redis://host:port`,
			);
	}
}
