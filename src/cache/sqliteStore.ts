import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import { Keyv } from 'keyv';
import type { Logger } from 'pino';
import { namespaceRegistry } from './namespaces.js';
import { StoreError, type Store } from './store.js';

const BUSY_TIMEOUT_MS = 5_000;

/** A SQLite file in WAL mode: readers never block the writer, and a crash loses no committed write. */
export async function openSqliteStore(filePath: string, logger: Logger): Promise<Store> {
	if (filePath === '')
		throw new StoreError('CACHE_URL: sqlite:// needs a file path, e.g. sqlite://./data/reasonbot.sqlite');
	const inMemory = filePath === ':memory:';
	try {
		if (!inMemory) await mkdir(path.dirname(path.resolve(filePath)), { recursive: true });
		const probe = new KeyvSqlite({ uri: `sqlite://${filePath}`, busyTimeout: BUSY_TIMEOUT_MS });
		probe.on('error', () => undefined); // the awaited query below reports the same failure
		await probe.query('PRAGMA journal_mode = WAL');
		await probe.close();
	} catch (error) {
		throw new StoreError(`CACHE_URL: cannot open the SQLite file ${filePath}: ${describe(error)}`, { cause: error });
	}
	const adapters: KeyvSqlite[] = [];
	const namespaces = namespaceRegistry((options) => {
		const adapter = new KeyvSqlite({ uri: `sqlite://${filePath}`, busyTimeout: BUSY_TIMEOUT_MS });
		// WAL is a property of the file; synchronous=NORMAL is per connection and safe with WAL.
		void adapter.query('PRAGMA synchronous = NORMAL').catch((error: unknown) => {
			logger.warn({ err: error }, 'could not set SQLite synchronous mode');
		});
		adapters.push(adapter);
		return new Keyv({ store: adapter, ...options });
	}, logger);
	return {
		backend: 'sqlite',
		location: inMemory ? 'sqlite (in memory)' : `sqlite ${filePath}`,
		namespace: (name, options) => namespaces.get(name, options),
		close: async () => {
			await Promise.all(adapters.map((adapter) => adapter.close()));
		},
	};
}

function describe(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
