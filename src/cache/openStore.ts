import type { Logger } from 'pino';
import { createSqliteFiles, type SqliteFiles } from '../db/sqlite/sqliteFile.js';
import { openMemoryStore } from './memoryStore.js';
import { StoreError, type Store } from './store.js';

export interface OpenStoreOptions {
	/** The process's SQLite connections, shared with the learner database when both name one file. */
	readonly sqliteFiles?: SqliteFiles;
}

/** Opens the store named by CACHE_URL: `memory://`, `sqlite://<path>` or `redis://…`. */
export async function openStore(url: string, logger: Logger, options: OpenStoreOptions = {}): Promise<Store> {
	const scheme = url.slice(0, url.indexOf('://'));
	switch (scheme) {
		case 'memory':
			return openMemoryStore();
		// Each backend's driver is loaded only when used: the Redis client alone costs ~100 ms of start-up.
		case 'sqlite':
			return (await import('./sqliteStore.js')).openSqliteStore(
				url.slice('sqlite://'.length),
				logger,
				options.sqliteFiles ?? createSqliteFiles(logger),
			);
		case 'redis':
		case 'rediss':
			return (await import('./redisStore.js')).openRedisStore(url, logger);
		default:
			throw new StoreError(
				`CACHE_URL: unknown store "${scheme}://"; expected memory://, sqlite://<path> or redis://host:port`,
			);
	}
}
