import type { Kysely } from 'kysely';
import type { PreparedQuery } from './preparedQuery.js';
import type { LearnerSchema } from './schema.js';

/** Runs prepared queries: on the database itself, or inside one transaction. */
export interface SqlSession {
	/** The rows the query returns (none for a statement without RETURNING). */
	all<Params, Row>(query: PreparedQuery<Params, Row>, params: Params): Promise<Row[]>;
	/** The number of rows the statement changed. */
	run<Params>(query: PreparedQuery<Params, unknown>, params: Params): Promise<number>;
}

export type Dialect = 'sqlite' | 'postgres';

/**
 * The learner database: a SQLite file or PostgreSQL behind one interface. Failures that mean the database cannot be
 * used right now (read-only or deleted file, full disk, I/O error, PostgreSQL unreachable) reject with
 * StoreUnavailableError; anything else is a bug and propagates as it is.
 */
export interface Database extends SqlSession {
	readonly dialect: Dialect;
	/** Where the data lives, safe to show and log (no credentials). */
	readonly location: string;
	/** Builds queries in this database's SQL dialect (prepare them with preparedQuery.ts; never executed itself). */
	readonly builder: Kysely<LearnerSchema>;
	/** All or nothing: commits when `work` resolves, rolls back when it rejects. */
	transaction<T>(work: (tx: SqlSession) => Promise<T>): Promise<T>;
	close(): Promise<void>;
}
