import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { openDatabase } from '../../src/db/openDatabase.js';
import { createSqliteFiles } from '../../src/db/sqlite/sqliteFile.js';
import { silentLogger } from './logs.js';
import { freshPostgresSchema, postgresUrlForTests, type PostgresSchema } from './postgres.js';

export interface TestDatabase {
	readonly dialect: 'sqlite' | 'postgres';
	/** DATABASE_URL of this database (a file of its own, or a schema of its own). */
	url(): string;
	/**
	 * A new connection (pool) to it, as another bot process would open: SQLite through a registry of its own,
	 * so not the same connection. Closed after the block.
	 */
	open(): Promise<Database>;
}

/**
 * Runs `body` once over a fresh SQLite file and once over a fresh PostgreSQL schema. The PostgreSQL block runs
 * when POSTGRES_URL is set, and is an error (not a skip) with REQUIRE_POSTGRES=1 and no POSTGRES_URL.
 */
export function describeEachDatabase(title: string, body: (database: TestDatabase) => void): void {
	describe(`${title} (SQLite)`, () => {
		let directory = '';
		const { open, closeAll } = opener(() => `sqlite://${path.join(directory, 'learners.sqlite')}`);
		beforeAll(async () => {
			directory = await mkdtemp(path.join(tmpdir(), 'reasonbot-db-'));
		});
		afterAll(async () => {
			await closeAll();
			await rm(directory, { recursive: true, force: true });
		});
		body({ dialect: 'sqlite', url: () => `sqlite://${path.join(directory, 'learners.sqlite')}`, open });
	});
	const postgresUrl = postgresUrlForTests();
	describe.runIf(postgresUrl)(`${title} (PostgreSQL)`, () => {
		let schema: PostgresSchema | undefined;
		const url = () => {
			if (!schema) throw new Error('no schema yet');
			return schema.url;
		};
		const { open, closeAll } = opener(url);
		beforeAll(async () => {
			schema = await freshPostgresSchema(postgresUrl ?? '', title.slice(0, 20));
		});
		afterAll(async () => {
			await closeAll();
			await schema?.drop();
		});
		body({ dialect: 'postgres', url, open });
	});
}

function opener(url: () => string) {
	const opened: Database[] = [];
	return {
		open: async () => {
			const database = await openDatabase(url(), {
				logger: silentLogger(),
				sqliteFiles: createSqliteFiles(silentLogger()),
			});
			opened.push(database);
			return database;
		},
		closeAll: () => Promise.all(opened.splice(0).map((database) => database.close())),
	};
}
