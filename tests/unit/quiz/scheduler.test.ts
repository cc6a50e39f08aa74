import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../../../src/db/database.js';
import { createLearnerStore } from '../../../src/db/learnerStore.js';
import { openDatabase } from '../../../src/db/openDatabase.js';
import { createSqliteFiles } from '../../../src/db/sqlite/sqliteFile.js';
import { createQuizBank } from '../../../src/quiz/bank.js';
import type { QuizDelivery } from '../../../src/quiz/delivery.js';
import { createQuizScheduler } from '../../../src/quiz/scheduler.js';
import { createQuizService } from '../../../src/quiz/service.js';
import { silentLogger } from '../../helpers/logs.js';
import { item } from './items.js';

describe('the quiz clock', () => {
	let database: Database;
	beforeAll(async () => {
		database = await openDatabase('sqlite://:memory:', {
			logger: silentLogger(),
			sqliteFiles: createSqliteFiles(silentLogger()),
		});
	});
	afterAll(async () => {
		await database.close();
	});

	it('reveals a round that ended while the pass was revealing another, without waiting for the next sweep', async () => {
		// Time moves on while a pass works: 20 ms per look at the clock.
		let clock = 0;
		const now = () => (clock += 20);
		const store = createLearnerStore(database);
		const service = createQuizService({ store, bank: createQuizBank([item('q1')]), roundMs: 1_000, now });
		const shown: string[] = [];
		const delivery: QuizDelivery = {
			post: () => Promise.resolve('message'),
			show: (question) => {
				shown.push(`${question.round.id}:${question.round.status}`);
				return Promise.resolve();
			},
		};
		clock = 980;
		const first = await service.ask({ guildId: 'g', channelId: 'c', askedBy: 'a' });
		clock = 1_010;
		const second = await service.ask({ guildId: 'g', channelId: 'c', askedBy: 'b' });
		if (!first || !second) throw new Error('no questions');
		for (const question of [first, second]) await service.attachMessage('g', question.round.id, 'message');
		expect([first.round.endsAt, second.round.endsAt]).toEqual([2_000, 2_030]);
		// The pass starts as the first ends; the second ends during it, while the first is being revealed.
		clock = 1_980;
		const scheduler = createQuizScheduler({
			service,
			store,
			delivery,
			logger: silentLogger(),
			now,
			maxSleepMs: 60_000,
		});
		scheduler.start();
		try {
			await vi.waitFor(
				() => {
					expect(shown).toEqual([`${first.round.id}:revealed`, `${second.round.id}:revealed`]);
				},
				{ timeout: 2_000, interval: 20 },
			);
		} finally {
			await scheduler.stop();
		}
	});
});
