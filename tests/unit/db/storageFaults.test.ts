import { mkdtemp, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreUnavailableError, isStoreUnavailable } from '../../../src/cache/storeErrors.js';
import type { Database } from '../../../src/db/database.js';
import { createLearnerStore } from '../../../src/db/learnerStore.js';
import { openDatabase } from '../../../src/db/openDatabase.js';
import { createWriteProbe } from '../../../src/db/probe.js';
import { createSqliteFiles, type SqliteFile } from '../../../src/db/sqlite/sqliteFile.js';
import { openRound } from '../../../src/quiz/round.js';
import type { AnswerRecord, QuizStore } from '../../../src/quiz/store.js';
import { captureLogs } from '../../helpers/logs.js';
import { item } from '../quiz/items.js';

const GUILD = 'g1';

function press(userId: string, roundId: string): AnswerRecord {
	return {
		guildId: GUILD,
		roundId,
		userId,
		name: userId,
		option: 0,
		correct: true,
		at: 1_000,
		itemId: 'q1',
		topic: 'grpo',
		points: 3,
	};
}

describe('the SQLite learner database when its storage fails', () => {
	let directory: string;
	let file: string;
	let database: Database;
	let store: QuizStore;
	let raw: SqliteFile;
	let roundId: string;
	const logs = captureLogs();
	beforeEach(async () => {
		directory = await mkdtemp(path.join(tmpdir(), 'reasonbot-faults-'));
		file = path.join(directory, 'learners.sqlite');
		const files = createSqliteFiles(logs.logger);
		database = await openDatabase(`sqlite://${file}`, { logger: logs.logger, sqliteFiles: files });
		// The same connection as the database's (the registry shares it), to set what the fault needs.
		raw = await files.open(file);
		store = createLearnerStore(database);
		const round = openRound({
			id: 'round1',
			guildId: GUILD,
			channelId: 'c',
			item: item('q1'),
			askedBy: null,
			now: 0,
			durationMs: 60_000,
		});
		await store.openRound(round, { learner: 'study-channel', bankSize: 5 });
		roundId = round.id;
		expect(await store.recordAnswer(press('before', roundId))).toEqual({ kind: 'recorded' });
	});
	afterEach(async () => {
		raw.close();
		await database.close();
		await rm(directory, { recursive: true, force: true });
	});

	async function expectRefused(operation: Promise<unknown>): Promise<void> {
		const error: unknown = await operation.then(
			() => undefined,
			(failure: unknown) => failure,
		);
		expect(error).toBeInstanceOf(StoreUnavailableError);
		expect(isStoreUnavailable(error)).toBe(true);
	}

	it('refuses an answer on a read-only database as "unavailable", keeping what was there', async () => {
		await raw.exclusive((connection) => connection.raw.pragma('query_only = 1'));
		await expectRefused(store.recordAnswer(press('during', roundId)));
		await expectRefused(createWriteProbe(database)(5));
		await raw.exclusive((connection) => connection.raw.pragma('query_only = 0'));
		expect((await store.leaderboard(GUILD, 'before', 10)).players).toBe(1);
		expect(await store.recordAnswer(press('after', roundId))).toEqual({ kind: 'recorded' });
	});

	it('refuses an answer on a full disk as "unavailable"; the answers acknowledged before it are all there', async () => {
		await raw.exclusive((connection) => {
			const pages = connection.raw.pragma('page_count', { simple: true });
			connection.raw.pragma(`max_page_count = ${String(pages)}`);
		});
		let acknowledged = 1;
		let refusal: unknown;
		for (let user = 0; user < 5_000 && refusal === undefined; user += 1) {
			await store.recordAnswer(press(`u${String(user)}-${'x'.repeat(200)}`, roundId)).then(
				() => (acknowledged += 1),
				(error: unknown) => (refusal = error),
			);
		}
		expect(refusal).toBeInstanceOf(StoreUnavailableError);
		expect(String((refusal as Error).cause)).toMatch(/full/);
		expect((await store.leaderboard(GUILD, 'before', 10)).players).toBe(acknowledged);
		expect(Object.keys((await store.getRound(GUILD, roundId))?.answers ?? {})).toHaveLength(acknowledged);
	});

	it('notices a deleted file: logs it, refuses writes, and keeps no half of the refused answer', async () => {
		await unlink(file);
		await expectRefused(store.recordAnswer(press('late', roundId)));
		await expectRefused(createWriteProbe(database)(5));
		expect(
			logs.lines().filter((line) => line['level'] === 50 && String(line['msg']).includes(`${file} was deleted`)),
		).toHaveLength(1);
		// Reads are refused too (they would show what the next start will not have)...
		await expectRefused(store.leaderboard(GUILD, 'before', 10));
		// ...but the open, unlinked file still answers underneath: every statement of the refused answer rolled back.
		const count = (table: string) =>
			raw.exclusive((connection) => connection.raw.prepare(`SELECT count(*) AS n FROM ${table}`).get());
		expect(await count('answers')).toEqual({ n: 1 });
		expect(await count('scores')).toEqual({ n: 1 });
		expect(await count('topic_tallies')).toEqual({ n: 1 });
		expect(await count('leitner_cards')).toEqual({ n: 1 });
	});

	it('notices a file replaced by another (renamed over it): logs it and refuses writes', async () => {
		const other = path.join(directory, 'other.sqlite');
		await writeFile(other, '');
		await rename(other, file);
		await expectRefused(store.recordAnswer(press('late', roundId)));
		expect(
			logs
				.lines()
				.filter((line) => line['level'] === 50 && String(line['msg']).includes(`${file} was replaced by another file`)),
		).toHaveLength(1);
	});
});
