import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/database.js';
import { createLearnerStore } from '../../../src/db/learnerStore.js';
import { EMPTY_LEITNER, recordAsked, recordReview } from '../../../src/quiz/leitner.js';
import { openRound } from '../../../src/quiz/round.js';
import { applyAnswer, leaderboard } from '../../../src/quiz/scores.js';
import type { AnswerRecord, QuizStore } from '../../../src/quiz/store.js';
import type { GuildScores, LeitnerState } from '../../../src/quiz/types.js';
import { describeEachDatabase } from '../../helpers/learnerDatabase.js';
import { uniqueNamespace } from '../../helpers/redis.js';
import { item } from '../quiz/items.js';

function answer(guildId: string, roundId: string, userId: string, overrides: Partial<AnswerRecord> = {}): AnswerRecord {
	return {
		guildId,
		roundId,
		userId,
		name: userId,
		option: 0,
		correct: true,
		at: 1_000,
		itemId: 'q1',
		topic: 'grpo',
		points: 1,
		...overrides,
	};
}

async function newRound(store: QuizStore, guildId: string, endsInMs = 60_000, now = 1_000) {
	const round = openRound({
		id: uniqueNamespace('r').slice(0, 40),
		guildId,
		channelId: 'c',
		item: item('q1'),
		askedBy: 'host',
		now,
		durationMs: endsInMs,
	});
	await store.openRound(round, { learner: 'host', bankSize: 10 });
	return round;
}

describeEachDatabase('the learner store contract', (target) => {
	let database: Database;
	let store: QuizStore;
	beforeAll(async () => {
		database = await target.open();
		store = createLearnerStore(database);
	});

	it('records one answer per user and round; a second is refused with the first', async () => {
		const guildId = uniqueNamespace('g');
		const round = await newRound(store, guildId);
		expect(await store.recordAnswer(answer(guildId, round.id, 'ann', { option: 2, correct: false }))).toEqual({
			kind: 'recorded',
		});
		expect(await store.recordAnswer(answer(guildId, round.id, 'ann', { option: 0 }))).toEqual({
			kind: 'duplicate',
			previous: { name: 'ann', option: 2, correct: false, at: 1_000 },
		});
		expect((await store.getRound(guildId, round.id))?.answers).toEqual({
			ann: { name: 'ann', option: 2, correct: false, at: 1_000 },
		});
		expect(await store.stats(guildId, 'ann')).toMatchObject({ answered: 1, correct: 0, points: 0 });
	});

	it('adds up points, streaks, topic tallies and Leitner boxes exactly as the reference model does', async () => {
		const guildId = uniqueNamespace('g');
		const plays = [
			[true, 3, 'grpo', 'q1'],
			[true, 1, 'sft', 'q2'],
			[false, 2, 'grpo', 'q1'],
			[true, 2, 'grpo', 'q1'],
			[true, 2, 'grpo', 'q1'],
			[true, 1, 'sft', 'q2'],
			[true, 1, 'sft', 'q2'],
			[true, 1, 'sft', 'q2'],
			[true, 1, 'sft', 'q2'],
		] as const;
		let reference: GuildScores = {};
		let leitner: LeitnerState = EMPTY_LEITNER;
		for (const [index, [correct, points, topic, itemId]] of plays.entries()) {
			const round = await newRound(store, guildId);
			const at = 2_000 + index;
			await store.recordAnswer(answer(guildId, round.id, 'ann', { correct, points, topic, itemId, at }));
			reference = applyAnswer(reference, { userId: 'ann', name: 'ann', topic, correct, points });
			leitner = recordReview(leitner, itemId, correct, at);
		}
		expect(await store.stats(guildId, 'ann')).toEqual(reference['ann']);
		expect((await store.getLeitner(guildId, 'ann')).cards).toEqual(leitner.cards);
		expect((await store.getLeitner(guildId, 'ann')).cards['q2']?.box).toBe(5);
	});

	it('ranks like the reference model: ties share a rank, the caller below the top 10 gets theirs', async () => {
		const guildId = uniqueNamespace('g');
		let reference: GuildScores = {};
		// 30 learners, 1 to 4 answers each, points 1 to 3: many ties, and accuracy breaking them for display.
		for (let user = 0; user < 30; user += 1) {
			for (let play = 0; play <= user % 4; play += 1) {
				const round = await newRound(store, guildId);
				const correct = (user + play) % 3 !== 0;
				const points = 1 + ((user * 7 + play) % 3);
				const userId = `u${String(user).padStart(2, '0')}`;
				await store.recordAnswer(answer(guildId, round.id, userId, { correct, points }));
				reference = applyAnswer(reference, { userId, name: userId, topic: 'grpo', correct, points });
			}
		}
		for (const caller of ['u00', 'u07', 'u29', 'nobody']) {
			const expected = leaderboard(reference, caller);
			const actual = await store.leaderboard(guildId, caller, 10);
			const simplify = (entry: { userId: string; rank: number; score: { points: number } } | undefined) =>
				entry && [entry.userId, entry.rank, entry.score.points];
			expect(actual.top.map(simplify)).toEqual(expected.top.map(simplify));
			expect(simplify(actual.you)).toEqual(simplify(expected.you));
			expect(actual.players).toBe(30);
		}
	});

	it('keeps counting right under 100 presses at once: 50 users, each pressing twice', async () => {
		const guildId = uniqueNamespace('g');
		const round = await newRound(store, guildId);
		const outcomes = await Promise.all(
			Array.from({ length: 100 }, (_, index) =>
				store.recordAnswer(answer(guildId, round.id, `u${index % 50}`, { points: 2, at: index })),
			),
		);
		expect(outcomes.filter((outcome) => outcome.kind === 'recorded')).toHaveLength(50);
		expect(outcomes.filter((outcome) => outcome.kind === 'duplicate')).toHaveLength(50);
		expect(Object.keys((await store.getRound(guildId, round.id))?.answers ?? {})).toHaveLength(50);
		const board = await store.leaderboard(guildId, 'u3', 10);
		expect(board.players).toBe(50);
		expect(board.top.every((entry) => entry.rank === 1 && entry.score.points === 2 && entry.score.answered === 1)).toBe(
			true,
		);
		expect(board.you?.rank).toBe(1);
	});

	it('reveals a round once its time is up, for exactly one of several callers', async () => {
		const guildId = uniqueNamespace('g');
		const round = await newRound(store, guildId, 500, 1_000);
		expect(await store.revealRound(guildId, round.id, 1_499)).toBe(false);
		expect((await store.dueRounds(1_499)).some((due) => due.roundId === round.id)).toBe(false);
		expect(await store.nextRoundEnd(1_499)).toBeLessThanOrEqual(1_500);
		expect((await store.dueRounds(1_500)).some((due) => due.roundId === round.id)).toBe(true);
		const reveals = await Promise.all(Array.from({ length: 5 }, () => store.revealRound(guildId, round.id, 1_500)));
		expect(reveals.filter(Boolean)).toHaveLength(1);
		expect((await store.getRoundInfo(guildId, round.id))?.status).toBe('revealed');
		expect((await store.dueRounds(1_500)).some((due) => due.roundId === round.id)).toBe(false);
	});

	it('keeps the pass through the bank as the reference model does, starting afresh once every item was asked', async () => {
		const guildId = uniqueNamespace('g');
		let reference: LeitnerState = EMPTY_LEITNER;
		for (const [index, itemId] of ['a', 'b', 'a', 'c'].entries()) {
			const round = openRound({
				id: `${itemId}${String(index)}`,
				guildId,
				channelId: 'c',
				item: item(itemId),
				askedBy: null,
				now: index,
				durationMs: 1,
			});
			await store.openRound(round, { learner: 'study-channel', bankSize: 3 });
			reference = recordAsked(reference, itemId, 3);
			expect((await store.getLeitner(guildId, 'study-channel')).pass).toEqual(reference.pass);
		}
		expect(reference.pass).toEqual([]);
	});

	it('lets exactly one of ten callers claim a study window, and only for the schedule still in place', async () => {
		const guildId = uniqueNamespace('g');
		const schedule = {
			guildId,
			channelId: 'study',
			everyMs: 60_000,
			anchorAt: 0,
			lastWindow: 0,
			lastPostedAt: null,
			paused: null,
			startedBy: 'owner',
		};
		await store.saveSchedule(schedule);
		const claims = await Promise.all(Array.from({ length: 10 }, () => store.claimWindow(guildId, 'study', 3)));
		expect(claims.filter(Boolean)).toHaveLength(1);
		expect(await store.claimWindow(guildId, 'study', 3)).toBe(false);
		expect(await store.claimWindow(guildId, 'elsewhere', 4)).toBe(false);
		await store.markPosted(guildId, 'elsewhere', 99);
		await store.markPosted(guildId, 'study', 180_000);
		await store.pauseSchedule(guildId, 'study', 'The study channel no longer exists.', 200_000);
		expect(await store.claimWindow(guildId, 'study', 4)).toBe(false);
		const stored = await store.getSchedule(guildId);
		expect(stored).toEqual({
			...schedule,
			lastWindow: 3,
			lastPostedAt: 180_000,
			paused: { reason: 'The study channel no longer exists.', at: 200_000 },
		});
		expect((await store.listSchedules()).filter((entry) => entry.guildId === guildId)).toEqual([stored]);
		expect(await store.deleteSchedule(guildId)).toEqual(stored);
		expect(await store.deleteSchedule(guildId)).toBeUndefined();
	});
});

describe('the learner store on PostgreSQL or SQLite: start-up failures', () => {
	it('names DATABASE_URL when PostgreSQL cannot be reached, without the password', async () => {
		const { openDatabase } = await import('../../../src/db/openDatabase.js');
		const { createSqliteFiles } = await import('../../../src/db/sqlite/sqliteFile.js');
		const { silentLogger } = await import('../../helpers/logs.js');
		const failure = openDatabase('postgres://bot:hunter2@127.0.0.1:1/learners', {
			logger: silentLogger(),
			sqliteFiles: createSqliteFiles(silentLogger()),
		});
		await expect(failure).rejects.toThrow(
			/^DATABASE_URL: cannot connect to postgres:\/\/127\.0\.0\.1:1\/learners: connect ECONNREFUSED 127\.0\.0\.1:1$/,
		);
		await expect(failure).rejects.not.toThrow(/hunter2/);
	});
});
