import { Keyv } from 'keyv';
import type { Logger } from 'pino';
import type { SqliteFile, SqliteFiles } from '../db/sqlite/sqliteFile.js';
import { namespaceRegistry } from './namespaces.js';
import { SqliteKeyvAdapter } from './sqliteKeyvAdapter.js';
import { StoreError, type Store } from './store.js';

/** A SQLite file in WAL mode, every namespace in keyv's one table, over the process's connection to the file. */
export async function openSqliteStore(filePath: string, logger: Logger, files: SqliteFiles): Promise<Store> {
	if (filePath === '')
		throw new StoreError('CACHE_URL: sqlite:// needs a file path, e.g. sqlite://./data/reasonbot.sqlite');
	let file: SqliteFile;
	try {
		file = await files.open(filePath);
		await SqliteKeyvAdapter.prepareTable(file);
	} catch (error) {
		throw new StoreError(`CACHE_URL: cannot open the SQLite file ${filePath}: ${describe(error)}`, { cause: error });
	}
	const namespaces = namespaceRegistry(
		(options) => new Keyv({ store: new SqliteKeyvAdapter(file), ...options }),
		logger,
	);
	return {
		backend: 'sqlite',
		location: file.isInMemory ? 'sqlite (in memory)' : `sqlite ${filePath}`,
		namespace: (name, options) => namespaces.get(name, options),
		close: () => {
			file.close();
			return Promise.resolve();
		},
	};
}

function describe(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
