import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/cache/openStore.js';
import type { Store } from '../../../src/cache/store.js';
import { createLearnerStore } from '../../../src/db/learnerStore.js';
import { openDatabase } from '../../../src/db/openDatabase.js';
import { createSqliteFiles } from '../../../src/db/sqlite/sqliteFile.js';
import { silentLogger } from '../../helpers/logs.js';

const FIXTURE = fileURLToPath(new URL('../../fixtures/keyv-quiz/quiz-v0.sqlite', import.meta.url));

describe('the keyv SQLite store over better-sqlite3', () => {
	let directory: string;
	let store: Store;
	beforeAll(async () => {
		directory = await mkdtemp(path.join(tmpdir(), 'reasonbot-keyv-'));
		await copyFile(FIXTURE, path.join(directory, 'old.sqlite'));
		store = await openStore(`sqlite://${path.join(directory, 'old.sqlite')}`, silentLogger());
	});
	afterAll(async () => {
		await store.close();
		await rm(directory, { recursive: true, force: true });
	});

	it('reads what @keyv/sqlite over sqlite3 wrote (the previous versions)', async () => {
		const schedule = await store.namespace<{ everyMs: number }>('quiz-schedules').get('100000000000000001');
		expect(schedule?.everyMs).toBe(7_200_000);
		expect(await store.namespace<{ text: string }>('ask-cache').get('unrelated')).toEqual({ text: 'not quiz data' });
	});

	it('iterates one namespace only, with keys as they were set', async () => {
		const keys: unknown[] = [];
		const leitner = store.namespace('quiz-leitner');
		if (!leitner.iterator) throw new Error('no iterator');
		for await (const [key] of leitner.iterator(leitner.namespace)) keys.push(key);
		expect(keys.sort()).toEqual([
			'100000000000000001:200000000000000001',
			'100000000000000001:200000000000000002',
			'100000000000000001:200000000000000003',
			'100000000000000001:study-channel',
			'100000000000000002:200000000000000004',
		]);
	});

	it('answers has, getMany, delete and clear as keyv expects', async () => {
		const names = store.namespace<string>('names');
		await names.set('a', 'Ann');
		await names.set('b', 'Bo');
		expect(await names.has('a')).toBe(true);
		expect(await names.get(['a', 'missing', 'b'])).toEqual(['Ann', undefined, 'Bo']);
		expect(await names.delete('a')).toBe(true);
		expect(await names.delete('a')).toBe(false);
		await names.clear();
		expect(await names.get('b')).toBeUndefined();
		expect(await store.namespace<{ text: string }>('ask-cache').get('unrelated')).toEqual({ text: 'not quiz data' });
	});

	it('shares one connection with the learner database on the same file, interleaving without a deadlock', async () => {
		const file = path.join(directory, 'shared.sqlite');
		const files = createSqliteFiles(silentLogger());
		const shared = await openStore(`sqlite://${file}`, silentLogger(), { sqliteFiles: files });
		const database = await openDatabase(`sqlite://${file}`, { logger: silentLogger(), sqliteFiles: files });
		try {
			const learners = createLearnerStore(database);
			const cache = shared.namespace<number>('counts');
			// Transactions and keyv writes on one file in one process: a second connection would block the event loop.
			await Promise.all(
				Array.from({ length: 40 }, (_, index) =>
					index % 2 === 0
						? learners.recordAnswer({
								guildId: 'g',
								roundId: 'r',
								userId: `u${index}`,
								name: `U${index}`,
								option: 0,
								correct: true,
								at: index,
								itemId: 'q1',
								topic: 'grpo',
								points: 1,
							})
						: cache.set(`k${index}`, index),
				),
			);
			expect((await learners.leaderboard('g', 'u0', 10)).players).toBe(20);
			expect(await cache.get('k39')).toBe(39);
		} finally {
			await database.close();
			await shared.close();
		}
	});
});
