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

	it('edits the questions of one channel after presses one at a time, each round once however many pressed', async () => {
		const now = () => 0;
		const store = createLearnerStore(database);
		const service = createQuizService({ store, bank: createQuizBank([item('q1')]), roundMs: 600_000, now });
		const shown: { at: number; line: string }[] = [];
		const delivery: QuizDelivery = {
			post: () => Promise.resolve('message'),
			show: (question) => {
				const answered = Object.keys(question.round.answers).length;
				shown.push({
					at: performance.now(),
					line: `${question.round.channelId}/${question.round.id}:${String(answered)}`,
				});
				return Promise.resolve();
			},
		};
		const ask = async (channelId: string, askedBy: string) => {
			const question = await service.ask({ guildId: 'edits', channelId, askedBy });
			if (!question) throw new Error('no question');
			await service.attachMessage('edits', question.round.id, `m-${askedBy}`);
			return question.round.id;
		};
		const [first, second, elsewhere] = [await ask('c1', 'a'), await ask('c1', 'b'), await ask('c2', 'c')];
		const scheduler = createQuizScheduler({
			service,
			store,
			delivery,
			logger: silentLogger(),
			now,
			maxSleepMs: 60_000,
			pressEditDelayMs: 150,
		});
		const press = async (roundId: string, userId: string) => {
			const result = await service.answer({ guildId: 'edits', roundId, userId, name: userId, option: 0 });
			expect(result.kind).toBe('recorded');
			scheduler.syncSoon('edits', roundId);
		};
		const startedAt = performance.now();
		try {
			await press(first, 'u1');
			await press(second, 'u1');
			await press(first, 'u2');
			await press(elsewhere, 'u1');
			await vi.waitFor(
				() => {
					expect(shown.map((edit) => edit.line).sort()).toEqual(
						[`c1/${first}:2`, `c1/${second}:1`, `c2/${elsewhere}:1`].sort(),
					);
				},
				{ timeout: 3_000, interval: 10 },
			);
			const inC1 = shown.filter((edit) => edit.line.startsWith('c1/'));
			// Oldest press first; the channel's second edit a full delay after its first; the other channel at once.
			expect(inC1.map((edit) => edit.line)).toEqual([`c1/${first}:2`, `c1/${second}:1`]);
			expect((inC1[1]?.at ?? 0) - (inC1[0]?.at ?? 0)).toBeGreaterThanOrEqual(140);
			const inC2 = shown.find((edit) => edit.line.startsWith('c2/'));
			expect((inC2?.at ?? 0) - startedAt).toBeLessThan((inC1[1]?.at ?? 0) - startedAt);
		} finally {
			await scheduler.stop();
		}
	});

	it('leaves a round to its waiting press edit when the message id comes after the press, and edits at once otherwise', async () => {
		const now = () => 0;
		const store = createLearnerStore(database);
		const service = createQuizService({ store, bank: createQuizBank([item('q1')]), roundMs: 600_000, now });
		const shown: string[] = [];
		const delivery: QuizDelivery = {
			post: () => Promise.resolve('message'),
			show: (question) => {
				shown.push(`${question.round.id}:${String(Object.keys(question.round.answers).length)}`);
				return Promise.resolve();
			},
		};
		const scheduler = createQuizScheduler({
			service,
			store,
			delivery,
			logger: silentLogger(),
			now,
			maxSleepMs: 60_000,
			pressEditDelayMs: 100,
		});
		try {
			const question = await service.ask({ guildId: 'late-id', channelId: 'c1', askedBy: 'a' });
			if (!question) throw new Error('no question');
			const roundId = question.round.id;
			// The press lands before the question's message id is stored, as a fast click does.
			expect((await service.answer({ guildId: 'late-id', roundId, userId: 'u1', name: 'u1', option: 0 })).kind).toBe(
				'recorded',
			);
			scheduler.syncSoon('late-id', roundId);
			expect(await service.attachMessage('late-id', roundId, 'm1')).toBe(true);
			await scheduler.sync('late-id', roundId);
			expect(shown).toEqual([]);
			await vi.waitFor(
				() => {
					expect(shown).toEqual([`${roundId}:1`]);
				},
				{ timeout: 2_000, interval: 10 },
			);
			// No press edit waiting: the edit goes out at once.
			await scheduler.sync('late-id', roundId);
			expect(shown).toEqual([`${roundId}:1`, `${roundId}:1`]);
		} finally {
			await scheduler.stop();
		}
	});

	it('asks Discord for a message id only when no press brought it, and at once on stop', async () => {
		const store = createLearnerStore(database);
		const service = createQuizService({ store, bank: createQuizBank([item('q1')]), roundMs: 60_000, now: Date.now });
		const delivery: QuizDelivery = { post: () => Promise.resolve('m'), show: () => Promise.resolve() };
		const scheduler = createQuizScheduler({
			service,
			store,
			delivery,
			logger: silentLogger(),
			now: Date.now,
			messageIdDelayMs: 20,
		});
		const asked: string[] = [];
		const open = async (askedBy: string) => {
			const question = await service.ask({ guildId: 'ids', channelId: 'c', askedBy });
			if (!question) throw new Error('no question');
			const roundId = question.round.id;
			scheduler.awaitMessageId('ids', roundId, () => {
				asked.push(askedBy);
				return Promise.resolve(`m-${askedBy}`);
			});
			return roundId;
		};
		const stored = async (roundId: string) => (await service.question('ids', roundId))?.round.messageId;
		const unpressed = await open('a');
		const pressed = await open('b');
		await service.answer({ guildId: 'ids', roundId: pressed, userId: 'u', name: 'u', option: 0, messageId: 'm-press' });
		await vi.waitFor(
			async () => {
				expect(await stored(unpressed)).toBe('m-a');
			},
			{ timeout: 2_000, interval: 10 },
		);
		expect(await stored(pressed)).toBe('m-press');
		const waiting = await open('c');
		await scheduler.stop();
		expect(await stored(waiting)).toBe('m-c');
		expect(asked).toEqual(['a', 'c']);
	});
});
