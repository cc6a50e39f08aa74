import {
	DummyDriver,
	Kysely,
	PostgresAdapter,
	PostgresIntrospector,
	PostgresQueryCompiler,
	SqliteAdapter,
	SqliteIntrospector,
	SqliteQueryCompiler,
} from 'kysely';
import type { Dialect } from './database.js';
import type { LearnerSchema } from './schema.js';

/**
 * Kysely as a query builder and compiler only: our own executors run the SQL (see sqlite/ and postgres/), so the
 * driver is Kysely's DummyDriver and this instance never touches a connection.
 */
export function createQueryBuilder(dialect: Dialect): Kysely<LearnerSchema> {
	const sqlite = dialect === 'sqlite';
	return new Kysely<LearnerSchema>({
		dialect: {
			createAdapter: () => (sqlite ? new SqliteAdapter() : new PostgresAdapter()),
			createDriver: () => new DummyDriver(),
			createIntrospector: (db) => (sqlite ? new SqliteIntrospector(db) : new PostgresIntrospector(db)),
			createQueryCompiler: () => (sqlite ? new SqliteQueryCompiler() : new PostgresQueryCompiler()),
		},
	});
}
