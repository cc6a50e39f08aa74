import type { Logger } from 'pino';
import { StoreError } from '../cache/store.js';
import type { Database } from './database.js';
import { parseDatabaseUrl } from './databaseUrl.js';
import { migrate } from './migrate.js';
import type { SqliteFiles } from './sqlite/sqliteFile.js';

export interface OpenDatabaseOptions {
	readonly logger: Logger;
	/** The process's SQLite connections, shared with the keyv store when both use one file. */
	readonly sqliteFiles: SqliteFiles;
}

/**
 * Opens the learner database named by DATABASE_URL and brings its schema up to date. A database that cannot be
 * opened, reached or migrated is a StoreError whose message is one line naming DATABASE_URL.
 */
export async function openDatabase(url: string, options: OpenDatabaseOptions): Promise<Database> {
	const target = parseDatabaseUrl(url);
	let database: Database;
	if (target.kind === 'sqlite') {
		const { createSqliteDatabase } = await import('./sqlite/sqliteDatabase.js');
		try {
			database = createSqliteDatabase(await options.sqliteFiles.open(target.file));
		} catch (error) {
			throw new StoreError(`DATABASE_URL: cannot open the SQLite file ${target.file}: ${describe(error)}`, {
				cause: error,
			});
		}
	} else {
		// pg is loaded only for PostgreSQL: a SQLite deployment never pays its start-up cost.
		const { openPostgresDatabase } = await import('./postgres/postgresDatabase.js');
		database = await openPostgresDatabase(target.url, target.location, options.logger);
	}
	try {
		const applied = await migrate(database);
		if (applied.length > 0) options.logger.info({ database: database.location, applied }, 'database schema migrated');
	} catch (error) {
		await database.close();
		if (error instanceof StoreError) throw error;
		throw new StoreError(`DATABASE_URL: cannot prepare ${target.location}: ${describe(error)}`, { cause: error });
	}
	return database;
}

function describe(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
