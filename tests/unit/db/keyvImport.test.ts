import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openStore } from '../../../src/cache/openStore.js';
import type { Store } from '../../../src/cache/store.js';
import { importKeyvQuizData } from '../../../src/db/keyvImport.js';
import { createLearnerStore } from '../../../src/db/learnerStore.js';
import { openDatabase } from '../../../src/db/openDatabase.js';
import { createSqliteFiles } from '../../../src/db/sqlite/sqliteFile.js';
import type { QuizStore } from '../../../src/quiz/store.js';
import { describeEachDatabase } from '../../helpers/learnerDatabase.js';
import { silentLogger } from '../../helpers/logs.js';
import { startThrowawayRedis } from '../../helpers/throwawayRedis.js';

const FIXTURE = fileURLToPath(new URL('../../fixtures/keyv-quiz/quiz-v0.sqlite', import.meta.url));
// When the old version wrote the fixture (see its README): keyv kept rounds for 7 days from then.
const WRITTEN_AT = 1_796_172_120_208;
const [GUILD_A, GUILD_B] = ['100000000000000001', '100000000000000002'];
const USERS = { alice: '200000000000000001', bob: '200000000000000002', carol: '200000000000000003' };
const DAVE = '200000000000000004';

async function expectEverythingMoved(store: QuizStore): Promise<void> {
	const board = await store.leaderboard(GUILD_A, USERS.bob, 10);
	expect(board.top.map((entry) => [entry.score.name, entry.rank, entry.score.points, entry.score.answered])).toEqual([
		['alice', 1, 2, 2],
		['bob', 1, 2, 3],
		['carol', 3, 1, 1],
	]);
	expect(board.players).toBe(3);
	expect(await store.stats(GUILD_A, USERS.alice)).toEqual({
		name: 'alice',
		points: 2,
		answered: 2,
		correct: 2,
		streak: 2,
		bestStreak: 2,
		byTopic: { 'aha-moment': { answered: 2, correct: 2 } },
	});
	expect(await store.stats(GUILD_B, DAVE)).toMatchObject({ points: 0, answered: 1, correct: 0 });
	const open = await store.getRound(GUILD_A, '7f3c153cb2');
	expect(open).toMatchObject({ status: 'open', itemId: 'aime-r1-score', messageId: '400000000000000098' });
	expect(open?.answers[USERS.bob]).toMatchObject({ name: 'bob', correct: true });
	// The clock will reveal both open rounds (one per guild), as the old one would have.
	expect((await store.dueRounds(WRITTEN_AT + 3_600_000)).map((due) => due.guildId).sort()).toEqual([GUILD_A, GUILD_B]);
	expect(await store.getSchedule(GUILD_A)).toMatchObject({
		channelId: '300000000000000002',
		everyMs: 7_200_000,
		paused: null,
	});
	expect((await store.getSchedule(GUILD_B))?.paused?.reason).toBe('The study channel no longer exists.');
	expect((await store.getLeitner(GUILD_A, USERS.bob)).cards['aha-moment-what']).toMatchObject({ box: 2 });
	expect((await store.getLeitner(GUILD_A, 'study-channel')).pass).toEqual(['aha-moment-what']);
}

describe('moving keyv quiz data written by the previous version into the database', () => {
	let directory: string;
	beforeAll(async () => {
		directory = await mkdtemp(path.join(tmpdir(), 'reasonbot-import-'));
	});
	afterAll(async () => {
		await rm(directory, { recursive: true, force: true });
	});
	beforeEach(() => {
		vi.useFakeTimers({ toFake: ['Date'] });
		vi.setSystemTime(WRITTEN_AT + 60_000);
	});
	afterEach(() => {
		vi.useRealTimers();
	});

	describeEachDatabase('into a fresh database', (target) => {
		let keyv: Store;
		beforeAll(async () => {
			const copy = path.join(directory, `keyv-${target.dialect}.sqlite`);
			await copyFile(FIXTURE, copy);
			keyv = await openStore(`sqlite://${copy}`, silentLogger());
		});
		afterAll(async () => {
			await keyv.close();
		});

		it('moves scores, Leitner boxes, schedules and open rounds once, and a second start moves nothing', async () => {
			const [first, second] = [await target.open(), await target.open()];
			// Two processes starting at once: one of them does the move.
			const results = await Promise.all([
				importKeyvQuizData(keyv, first, silentLogger()),
				importKeyvQuizData(keyv, second, silentLogger()),
			]);
			expect(results.filter((counts) => counts !== undefined)).toEqual([
				{ rounds: 4, answers: 7, learners: 4, leitnerStates: 5, schedules: 2, skipped: 0 },
			]);
			await expectEverythingMoved(createLearnerStore(first));
			expect(await importKeyvQuizData(keyv, first, silentLogger())).toBeUndefined();
			await expectEverythingMoved(createLearnerStore(second));
		});
	});

	it('moves what a Redis keyv store held (CACHE_URL=redis://, where every score lived until now)', async () => {
		const redis = await startThrowawayRedis();
		// A copy: reading through keyv may delete entries it finds expired, and the fixture is committed.
		const copy = path.join(directory, 'for-redis.sqlite');
		await copyFile(FIXTURE, copy);
		const sqliteKeyv = await openStore(`sqlite://${copy}`, silentLogger());
		const redisKeyv = await openStore(redis.url, silentLogger());
		const database = await openDatabase('sqlite://:memory:', {
			logger: silentLogger(),
			sqliteFiles: createSqliteFiles(silentLogger()),
		});
		try {
			// The fixture's entries, as the old version would have written them to Redis.
			for (const name of ['quiz-rounds', 'quiz-scores', 'quiz-leitner', 'quiz-schedules']) {
				const from = sqliteKeyv.namespace<unknown>(name);
				if (!from.iterator) throw new Error('no iterator');
				for await (const [key, value] of from.iterator(from.namespace))
					await redisKeyv.namespace<unknown>(name).set(String(key), value);
			}
			expect(await importKeyvQuizData(redisKeyv, database, silentLogger())).toMatchObject({
				rounds: 4,
				answers: 7,
				learners: 4,
				schedules: 2,
			});
			await expectEverythingMoved(createLearnerStore(database));
		} finally {
			await database.close();
			await redisKeyv.close();
			await sqliteKeyv.close();
			await redis.dispose();
		}
	});

	it('works on the default layout: the keyv store and the database in one SQLite file', async () => {
		const file = path.join(directory, 'shared.sqlite');
		await copyFile(FIXTURE, file);
		const files = createSqliteFiles(silentLogger());
		const keyv = await openStore(`sqlite://${file}`, silentLogger(), { sqliteFiles: files });
		const database = await openDatabase(`sqlite://${file}`, { logger: silentLogger(), sqliteFiles: files });
		try {
			expect(await importKeyvQuizData(keyv, database, silentLogger())).toMatchObject({ learners: 4 });
			await expectEverythingMoved(createLearnerStore(database));
			// The keyv rows stay where they were: a rollback to the previous version finds them.
			expect(await keyv.namespace<object>('quiz-scores').get(GUILD_A)).toHaveProperty(USERS.carol);
		} finally {
			await database.close();
			await keyv.close();
		}
	});
});
