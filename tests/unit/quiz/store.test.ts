import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/cache/openStore.js';
import type { Store } from '../../../src/cache/store.js';
import { createQuizBank } from '../../../src/quiz/bank.js';
import { createQuizService, type QuizService } from '../../../src/quiz/service.js';
import { createQuizStore } from '../../../src/quiz/store.js';
import { silentLogger } from '../../helpers/logs.js';
import { redisUrlForTests, uniqueNamespace } from '../../helpers/redis.js';
import { item } from './items.js';

const bank = createQuizBank([item('q1', { difficulty: 'medium' })]);

function serviceOn(store: Store): QuizService {
	return createQuizService({ store: createQuizStore(store), bank, roundMs: 60_000, now: () => 1_000 });
}

const redisUrl = redisUrlForTests();
describe.runIf(redisUrl)('quiz state in Redis shared by two bot processes', () => {
	const stores: Store[] = [];
	beforeAll(async () => {
		stores.push(await openStore(redisUrl ?? '', silentLogger()), await openStore(redisUrl ?? '', silentLogger()));
	});
	afterAll(async () => {
		await Promise.all(stores.map((store) => store.close()));
	});

	it('loses none of 50 answers pressed at once through two connections', async () => {
		const [first, second] = stores.map(serviceOn);
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
		const [first, second] = stores.map(serviceOn);
		if (!first || !second) throw new Error('no services');
		const guildId = uniqueNamespace('guild');
		const [store] = stores;
		if (!store) throw new Error('no store');
		// Started a minute before the services' clock: window 2 is due for both of them.
		const earlier = createQuizService({ store: createQuizStore(store), bank, roundMs: 1, now: () => 1_000 - 60_000 });
		await earlier.schedules.start({ guildId, channelId: 'c', everyMs: 30_000, startedBy: 'u' });
		const claims = await Promise.all([first.schedules.claimDue(guildId), second.schedules.claimDue(guildId)]);
		expect(claims.filter((claim) => claim !== undefined)).toHaveLength(1);
	});
});
