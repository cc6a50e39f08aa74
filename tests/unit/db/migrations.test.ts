import { CompiledQuery, sql, type Compilable } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/database.js';
import { migrate } from '../../../src/db/migrate.js';
import { MIGRATIONS } from '../../../src/db/migrations/index.js';
import { prepare } from '../../../src/db/preparedQuery.js';
import { historyQueries } from '../../../src/db/queries/historyQueries.js';
import { describeEachDatabase } from '../../helpers/learnerDatabase.js';

function rawQuery<Row>(compiled: CompiledQuery<Row>): Compilable<Row> {
	return { compile: () => compiled };
}

async function indexNames(database: Database): Promise<string[]> {
	const query =
		database.dialect === 'sqlite'
			? sql<{ name: string }>`select name from sqlite_master where type = 'index' and tbl_name = 'answers'`
			: sql<{
					name: string;
				}>`select indexname as name from pg_indexes where tablename = 'answers' and schemaname = current_schema()`;
	const rows = await database.all(
		prepare()(() => rawQuery(query.compile(database.builder))),
		{},
	);
	return rows.map((row) => row.name);
}

describe('migrations', () => {
	it('are numbered 1, 2, … in order with a name each', () => {
		expect(MIGRATIONS.map((migration) => migration.version)).toEqual(MIGRATIONS.map((_, index) => index + 1));
		for (const migration of MIGRATIONS) expect(migration.name.trim()).not.toBe('');
	});
});

describeEachDatabase('migration 2: answers by learner', (target) => {
	let database: Database;
	beforeAll(async () => {
		database = await target.open();
	});

	it('is applied at start-up and indexes answers by guild, user and time', async () => {
		expect(await migrate(database)).toEqual([]);
		expect(await indexNames(database)).toContain('answers_by_learner');
	});

	it('serves the stats picture query from that index, not a scan of the guild', async () => {
		const history = historyQueries(database.builder).answersByDay;
		const parameters = [...history.bind({ guildId: 'g', userId: 'u', since: 0 })];
		const explain = database.dialect === 'sqlite' ? 'explain query plan' : 'explain';
		const plan = await database.transaction(async (tx) => {
			// PostgreSQL picks a scan for a tiny table whatever its indexes: forbid it so the plan shows the index it can use.
			if (database.dialect === 'postgres')
				await tx.run(
					prepare()(() => rawQuery(CompiledQuery.raw('set local enable_seqscan = off'))),
					{},
				);
			return tx.all(
				prepare()(() => rawQuery(CompiledQuery.raw(`${explain} ${history.sql}`, parameters))),
				{},
			);
		});
		expect(JSON.stringify(plan)).toContain('answers_by_learner');
	});
});
