import { sql } from 'kysely';
import { StoreError } from '../cache/store.js';
import type { Database } from './database.js';
import type { Migration } from './migrations/migration.js';
import { MIGRATIONS } from './migrations/index.js';
import { prepare } from './preparedQuery.js';

// Any constant: it only has to be the same for every reasonbot process migrating this PostgreSQL database.
const MIGRATION_LOCK = 7_210_012;

/**
 * Brings the schema up to date at start-up and returns the versions it applied. Everything runs in one transaction
 * that first takes a database-wide lock (SQLite: BEGIN IMMEDIATE; PostgreSQL: an advisory lock), so processes
 * starting together migrate once, one after the other.
 */
export async function migrate(database: Database, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
	const { builder } = database;
	const lock = prepare()(() => builder.selectNoFrom(sql`pg_advisory_xact_lock(${MIGRATION_LOCK})`.as('locked')));
	const createTable = prepare()(() =>
		builder.schema
			.createTable('schema_migrations')
			.ifNotExists()
			.addColumn('version', 'integer', (column) => column.primaryKey())
			.addColumn('name', 'text', (column) => column.notNull())
			.addColumn('applied_at', 'bigint', (column) => column.notNull()),
	);
	const applied = prepare()(() => builder.selectFrom('schema_migrations').select('version'));
	const record = prepare<{ version: number; name: string; appliedAt: number }>()((slot) =>
		builder
			.insertInto('schema_migrations')
			.values({ version: slot('version'), name: slot('name'), applied_at: slot('appliedAt') }),
	);
	return database.transaction(async (tx) => {
		if (database.dialect === 'postgres') await tx.all(lock, {});
		await tx.run(createTable, {});
		const done = new Set((await tx.all(applied, {})).map((row) => row.version));
		const known = Math.max(0, ...migrations.map((migration) => migration.version));
		const newest = Math.max(0, ...done);
		if (newest > known)
			throw new StoreError(
				`DATABASE_URL: ${database.location} has schema version ${newest}, newer than this reasonbot knows (${known}); run the newer version`,
			);
		const ran: number[] = [];
		for (const migration of migrations) {
			if (done.has(migration.version)) continue;
			for (const statement of migration.statements(builder.schema, database.dialect))
				await tx.run(
					prepare()(() => statement),
					{},
				);
			await tx.run(record, { version: migration.version, name: migration.name, appliedAt: Date.now() });
			ran.push(migration.version);
		}
		return ran;
	});
}
