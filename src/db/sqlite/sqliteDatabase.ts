import { createQueryBuilder } from '../builder.js';
import type { Database, SqlSession } from '../database.js';
import { isSqliteUnavailable, unavailableOr } from '../errors.js';
import type { PreparedQuery } from '../preparedQuery.js';
import type { SqliteConnection, SqliteFile } from './sqliteFile.js';

interface Outcome {
	readonly rows: unknown[];
	readonly changes: number;
}

/** The learner database on a SQLite file (or in memory), over the process's shared connection to it. */
export function createSqliteDatabase(file: SqliteFile): Database {
	const where = file.isInMemory ? 'SQLite (in memory)' : `SQLite ${file.file}`;
	const fail = (error: unknown) => unavailableOr(error, isSqliteUnavailable, where);

	const execute = (connection: SqliteConnection, query: PreparedQuery<never, unknown>, values: readonly unknown[]) => {
		const statement = connection.statement(query.sql);
		if (statement.reader) {
			const rows: unknown[] = statement.all(...values);
			return { rows, changes: rows.length } satisfies Outcome;
		}
		return { rows: [], changes: statement.run(...values).changes } satisfies Outcome;
	};

	/** Inside a transaction: the connection is already ours. */
	const sessionOn = (connection: SqliteConnection): SqlSession => ({
		all: (query, params) => Promise.resolve(rowsOf(execute(connection, query, query.bind(params)))),
		run: (query, params) => Promise.resolve(execute(connection, query, query.bind(params)).changes),
	});

	/**
	 * One statement on its own. Once the file is gone everything is refused: a write would land in the unlinked file,
	 * a read would show what the next start will not have.
	 */
	const single = (query: PreparedQuery<never, unknown>, values: readonly unknown[]) =>
		file
			.exclusive((connection) => {
				file.assertPresent(!connection.statement(query.sql).readonly);
				return execute(connection, query, values);
			})
			.catch((error: unknown) => {
				throw fail(error);
			});

	return {
		dialect: 'sqlite',
		location: file.isInMemory ? 'sqlite (in memory)' : `sqlite ${file.file}`,
		builder: createQueryBuilder('sqlite'),
		all: async (query, params) => rowsOf(await single(query, query.bind(params))),
		run: async (query, params) => (await single(query, query.bind(params))).changes,
		transaction: (work) =>
			file
				.exclusive(async (connection) => {
					file.assertPresent(false);
					// IMMEDIATE takes the write lock now, so two processes never both read and then fail to upgrade.
					connection.statement('BEGIN IMMEDIATE').run();
					try {
						const result = await work(sessionOn(connection));
						file.assertPresent(true);
						connection.statement('COMMIT').run();
						return result;
					} catch (error) {
						// Some errors (SQLITE_FULL, SQLITE_IOERR) roll the transaction back themselves.
						if (connection.raw.inTransaction) connection.statement('ROLLBACK').run();
						throw error;
					}
				})
				.catch((error: unknown) => {
					throw fail(error);
				}),
		close: () => {
			file.close();
			return Promise.resolve();
		},
	};
}

/** Rows as the caller's prepared query declares them: SQLite returns plain objects with those column names. */
function rowsOf<Row>(outcome: Outcome): Row[] {
	return outcome.rows as Row[];
}
