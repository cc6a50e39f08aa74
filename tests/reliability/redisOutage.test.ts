import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { isStoreReachable } from '../../src/health/botChecks.js';
import type { Reply } from '../../src/emulator/index.js';
import { askAndWait, finalOf } from '../helpers/askFlow.js';
import { FakeModelServer } from '../helpers/fakeModelServer.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { answerButton } from '../helpers/quizAnswers.js';
import { startThrowawayRedis, type ThrowawayRedis } from '../helpers/throwawayRedis.js';

const STORE_DOWN =
	/^The bot's storage is unavailable right now, so this cannot be done\. Try again in a minute \(ref [0-9A-F]{6}\)\.$/;
const QUESTION = 'Explain in detail how a critic-free policy gradient stays stable?';

function points(reply: Reply): string {
	return reply.embeds[0]?.description ?? '';
}

describe('Redis stopped while the bot runs with CACHE_URL=redis://', () => {
	let redis: ThrowawayRedis;
	let fake: FakeModelServer;
	let harness: Harness;
	let question: Reply;
	beforeAll(async () => {
		redis = await startThrowawayRedis();
		fake = await FakeModelServer.start();
		harness = await startHarness({
			env: {
				CACHE_URL: redis.url,
				HEALTH_PORT: '0',
				QUIZ_ROUND_SECONDS: '600',
				OPENAI_BASE_URL: fake.url,
				OPENAI_API_KEY: 'test-key',
				REASONING_MODEL: 'fake-reasoner',
				ASK_COOLDOWN_SECONDS: '0',
				ASK_DAILY_QUOTA: '0',
			},
		});
		const alice = harness.emulator.user('alice');
		question = await alice.slash('quiz question', { difficulty: 'easy' });
		expect(
			(await alice.click(question, answerButton(question, harness.bot.app.knowledge.quiz, true))).embeds[0]?.title,
		).toBe('Right!');
		await redis.stop();
	});
	afterAll(async () => {
		await harness.stop();
		await fake.close();
		await redis.dispose();
	});

	it('reports the store unreachable on /healthz (503)', async () => {
		const response = await fetch(`${harness.bot.health?.url ?? ''}/healthz`);
		expect(response.status).toBe(503);
		expect(await response.json()).toEqual({ status: 'unavailable', gatewayReady: true, storeReachable: false });
	});

	it('keeps /explain and /compare working (they need no store)', async () => {
		const alice = harness.emulator.user('alice');
		expect((await alice.slash('explain', { topic: 'r1' })).embeds[0]?.title).toBe('DeepSeek-R1');
		const compared = await alice.slash('compare', { first: 'r1', second: 'v3' });
		expect(compared.ephemeral).toBe(false);
		expect(compared.embeds.length).toBeGreaterThan(0);
	});

	it('answers /ask from the model with a warning in the log; a repeat comes from the process memory', async () => {
		fake.enqueue({ answer: 'It normalises rewards within a group.' });
		const calls = fake.completions.length;
		const first = finalOf(await askAndWait(harness.emulator.user('carol'), QUESTION));
		expect(first.content).toContain('It normalises rewards within a group.');
		// The store is down, but recent answers are also kept in memory (see AnswerCache): no second model call.
		const second = finalOf(await askAndWait(harness.emulator.user('dave'), QUESTION));
		expect(second.content).toContain('It normalises rewards within a group.');
		expect(fake.completions.length).toBe(calls + 1);
		expect(
			harness.logs
				.lines()
				.some(
					(line) => line['msg'] === 'store unavailable: carrying on without it' && line['namespace'] === 'ask-cache',
				),
		).toBe(true);
	});

	// Quiz data lives in the learner database now: a Redis outage no longer stops the quiz. What a database outage
	// looks like (the "storage is unavailable" replies) is in databaseOutage.test.ts.
	it('keeps the quiz going: scores, questions and answers are in the learner database, not in Redis', async () => {
		const bob = harness.emulator.user('bob');
		expect(points(await bob.slash('quiz leaderboard'))).toContain('alice');
		const asked = await bob.slash('quiz question');
		expect(asked.content).not.toMatch(STORE_DOWN);
		expect(asked.embeds[0]?.author?.name).toMatch(/^Quiz · /);
		const feedback = await bob.click(question, answerButton(question, harness.bot.app.knowledge.quiz, true));
		expect(feedback.embeds[0]?.title).toBe('Right!');
	});

	it('recovers when Redis is back: scores kept, answers and the answer cache work again', async () => {
		await redis.start();
		await vi.waitFor(
			async () => {
				expect(await isStoreReachable(harness.bot.app.store)).toBe(true);
			},
			{ timeout: 15_000, interval: 200 },
		);
		const carol = harness.emulator.user('carol');
		const feedback = await carol.click(question, answerButton(question, harness.bot.app.knowledge.quiz, true));
		expect(feedback.embeds[0]?.title).toBe('Right!');
		const board = points(await carol.slash('quiz leaderboard'));
		expect(board).toContain('alice');
		expect(board).toContain('bob');
		expect(board).toContain('carol');

		fake.enqueue({ answer: 'Cached after recovery.' });
		const calls = fake.completions.length;
		const recovered = 'What happens to the KL penalty after recovery?';
		await askAndWait(harness.emulator.user('erin'), recovered);
		const again = finalOf(await askAndWait(harness.emulator.user('frank'), recovered));
		expect(again.content).toContain('Cached after recovery.');
		expect(fake.completions.length).toBe(calls + 1);
		expect((await fetch(`${harness.bot.health?.url ?? ''}/healthz`)).status).toBe(200);
	});
});
