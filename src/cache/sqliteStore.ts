import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import KeyvSqlite from '@keyv/sqlite';
import { Keyv } from 'keyv';
import type { Logger } from 'pino';
import { namespaceRegistry } from './namespaces.js';
import { openSqliteConnection, type SqliteConnection } from './sqliteConnection.js';
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
	const connection = await openSharedConnection(filePath);
	const adapters: KeyvSqlite[] = [];
	const namespaces = namespaceRegistry((options) => {
		const adapter = new KeyvSqlite({ uri: `sqlite://${filePath}`, busyTimeout: BUSY_TIMEOUT_MS });
		adapter.query = connection.query;
		adapters.push(adapter);
		return new Keyv({ store: adapter, ...options });
	}, logger);
	return {
		backend: 'sqlite',
		location: inMemory ? 'sqlite (in memory)' : `sqlite ${filePath}`,
		namespace: (name, options) => namespaces.get(name, options),
		close: async () => {
			await Promise.all(adapters.map((adapter) => adapter.close()));
			await connection.close();
		},
	};
}

/** Every namespace queries through one connection, with its statements prepared once (see sqliteConnection.ts). */
async function openSharedConnection(filePath: string): Promise<SqliteConnection> {
	try {
		const connection = await openSqliteConnection(filePath, BUSY_TIMEOUT_MS);
		// WAL is a property of the file; synchronous=NORMAL is per connection and safe with WAL.
		await connection.query('PRAGMA synchronous = NORMAL');
		// @keyv/sqlite's own table, created here first so the shared connection never runs ahead of it.
		await connection.query(`CREATE TABLE IF NOT EXISTS keyv(key VARCHAR(255) PRIMARY KEY, value TEXT )`);
		return connection;
	} catch (error) {
		throw new StoreError(`CACHE_URL: cannot open the SQLite file ${filePath}: ${describe(error)}`, { cause: error });
	}
}

function describe(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
