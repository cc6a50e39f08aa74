import { beforeAll, expect, it } from 'vitest';
import type { Database } from '../../../src/db/database.js';
import { createLearnerStore } from '../../../src/db/learnerStore.js';
import { createQuizBank } from '../../../src/quiz/bank.js';
import { createQuizService, type QuizService } from '../../../src/quiz/service.js';
import { describeEachDatabase } from '../../helpers/learnerDatabase.js';
import { uniqueNamespace } from '../../helpers/redis.js';
import { item } from './items.js';

const bank = createQuizBank([item('q1', { difficulty: 'medium' })]);

function serviceOn(database: Database): QuizService {
	return createQuizService({ store: createLearnerStore(database), bank, roundMs: 60_000, now: () => 1_000 });
}

describeEachDatabase('quiz state in the learner database shared by two bot processes', (target) => {
	const databases: Database[] = [];
	beforeAll(async () => {
		databases.push(await target.open(), await target.open());
	});

	it('loses none of 50 answers pressed at once through two connections', async () => {
		const [first, second] = databases.map(serviceOn);
		if (!first || !second) throw new Error('no services');
		const guildId = uniqueNamespace('guild');
		const question = await first.ask({ guildId, channelId: 'c', askedBy: null });
		if (!question) throw new Error('no question');
		const results = await Promise.all(
			Array.from({ length: 50 }, (_, index) =>
				(index % 2 === 0 ? first : second).answer({
					guildId,
					roundId: question.round.id,
					userId: `u${index}`,
					name: `User ${index}`,
					option: index % 5 === 0 ? 1 : 0,
				}),
			),
		);
		expect(results.filter((result) => result.kind === 'recorded')).toHaveLength(50);
		const stored = await second.question(guildId, question.round.id);
		expect(Object.keys(stored?.round.answers ?? {})).toHaveLength(50);
		const board = await first.leaderboard(guildId, 'u1');
		expect(board.players).toBe(50);
		expect(board.top[0]?.score.points).toBe(2);
		expect(board.you).toMatchObject({ rank: 1 });
		expect((await first.stats(guildId, 'u0'))?.correct).toBe(0);
	});

	it('lets one of two processes claim a due study window', async () => {
		const [first, second] = databases.map(serviceOn);
		if (!first || !second) throw new Error('no services');
		const guildId = uniqueNamespace('guild');
		const [database] = databases;
		if (!database) throw new Error('no database');
		// Started a minute before the services' clock: window 2 is due for both of them.
		const earlier = createQuizService({
			store: createLearnerStore(database),
			bank,
			roundMs: 1,
			now: () => 1_000 - 60_000,
		});
		await earlier.schedules.start({ guildId, channelId: 'c', everyMs: 30_000, startedBy: 'u' });
		const claims = await Promise.all([first.schedules.claimDue(guildId), second.schedules.claimDue(guildId)]);
		expect(claims.filter((claim) => claim !== undefined)).toHaveLength(1);
	});
});
