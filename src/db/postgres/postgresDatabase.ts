import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Logger } from 'pino';
import { createQueryBuilder } from '../builder.js';
import type { Database, SqlSession } from '../database.js';
import { StoreError } from '../../cache/store.js';
import { isPostgresUnavailable, unavailableOr } from '../errors.js';
import type { PreparedQuery } from '../preparedQuery.js';

const POOL_SIZE = 10;
const CONNECT_TIMEOUT_MS = 3_000;
/** A query that gets no answer (a server gone without closing the socket) fails rather than hangs a handler. */
const QUERY_TIMEOUT_MS = 10_000;
/** Deadlock and serialization failures: the transaction is safe to run again (its work only touches the database). */
const RETRYABLE = new Set(['40P01', '40001']);
const MAX_ATTEMPTS = 3;

/** bigint (counts, sums, epoch ms) and numeric arrive as strings by default; every value we store fits a double. */
function numberTypes(): pg.TypeOverrides {
	const types = new pg.TypeOverrides();
	types.setTypeParser(pg.types.builtins.INT8, Number);
	types.setTypeParser(pg.types.builtins.NUMERIC, Number);
	return types;
}

/** The learner database on PostgreSQL: a pool of connections, so answers from different users run in parallel. */
export async function openPostgresDatabase(url: string, location: string, logger: Logger): Promise<Database> {
	const pool = new pg.Pool({
		connectionString: url,
		max: POOL_SIZE,
		connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
		query_timeout: QUERY_TIMEOUT_MS,
		types: numberTypes(),
	});
	let lastWarningAt = 0;
	// An idle connection that breaks (server restart) emits here; without a listener it would end the process.
	pool.on('error', (error) => {
		if (Date.now() - lastWarningAt < 30_000) return;
		lastWarningAt = Date.now();
		logger.warn({ err: error, database: location }, 'postgres connection problem');
	});
	try {
		await pool.query('SELECT 1');
	} catch (error) {
		await pool.end().catch(() => undefined);
		// Start-up: one line naming the variable (see startupError.ts).
		throw new StoreError(`DATABASE_URL: cannot connect to ${location}: ${describe(error)}`, { cause: error });
	}
	const where = `PostgreSQL ${location}`;
	const statementName = statementNames();
	const fail = (error: unknown) => unavailableOr(error, isPostgresUnavailable, where);

	const execute = async (client: pg.Pool | pg.PoolClient, query: PreparedQuery<never, unknown>, values: unknown[]) => {
		// Named: each connection parses and plans the statement once.
		const result = await client.query({ name: statementName(query.sql), text: query.sql, values });
		return { rows: result.rows as unknown[], changes: result.rowCount ?? 0 };
	};
	const sessionOn = (client: pg.PoolClient): SqlSession => ({
		all: async (query, params) => rowsOf((await execute(client, query, [...query.bind(params)])).rows),
		run: async (query, params) => (await execute(client, query, [...query.bind(params)])).changes,
	});

	async function attempt<T>(work: (tx: SqlSession) => Promise<T>): Promise<T> {
		const client = await pool.connect();
		let broken: Error | undefined;
		try {
			await client.query('BEGIN');
			const result = await work(sessionOn(client));
			await client.query('COMMIT');
			return result;
		} catch (error) {
			await client.query('ROLLBACK').catch((rollbackError: unknown) => {
				broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
			});
			throw error;
		} finally {
			// A connection whose rollback failed is dropped rather than handed to the next caller mid-transaction.
			client.release(broken);
		}
	}

	return {
		dialect: 'postgres',
		location,
		builder: createQueryBuilder('postgres'),
		all: async (query, params) => {
			try {
				return rowsOf((await execute(pool, query, [...query.bind(params)])).rows);
			} catch (error) {
				throw fail(error);
			}
		},
		run: async (query, params) => {
			try {
				return (await execute(pool, query, [...query.bind(params)])).changes;
			} catch (error) {
				throw fail(error);
			}
		},
		async transaction(work) {
			for (let attemptNumber = 1; ; attemptNumber += 1) {
				try {
					return await attempt(work);
				} catch (error) {
					if (attemptNumber < MAX_ATTEMPTS && isRetryable(error)) continue;
					throw fail(error);
				}
			}
		},
		close: () => pool.end(),
	};
}

/** Statement names by SQL text: the same text always gets the same name, on every connection of the pool. */
function statementNames(): (sqlText: string) => string {
	const names = new Map<string, string>();
	return (sqlText) => {
		let name = names.get(sqlText);
		if (name === undefined) {
			name = `rb_${createHash('sha1').update(sqlText).digest('hex').slice(0, 16)}`;
			names.set(sqlText, name);
		}
		return name;
	};
}

function isRetryable(error: unknown): boolean {
	return error instanceof Error && 'code' in error && typeof error.code === 'string' && RETRYABLE.has(error.code);
}

function rowsOf<Row>(rows: unknown[]): Row[] {
	return rows as Row[];
}

function describe(error: unknown): string {
	if (error instanceof AggregateError && error.errors.length > 0) return describe(error.errors[0]);
	return error instanceof Error && error.message ? error.message : String(error);
}
