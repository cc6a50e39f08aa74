import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listComponents } from '../../src/emulator/index.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { redisUrlForTests } from '../helpers/redis.js';

const PRESSES = 50;

function concurrentPresses(label: string, cacheUrl: () => string) {
	describe(`${PRESSES} members pressing one button at the same moment (${label})`, () => {
		let harness: Harness;
		beforeAll(async () => {
			harness = await startHarness({ env: { CACHE_URL: cacheUrl(), QUIZ_ROUND_SECONDS: '120' } });
		});
		afterAll(async () => {
			await harness.stop();
		});

		it('records every answer, scores each one and shows the full count on the question', async () => {
			const question = await harness.emulator
				.user('host')
				.slash('quiz question', { topic: 'grpo', difficulty: 'hard' });
			const right = listComponents(question).find((component) =>
				component.label?.startsWith('(reward − group mean)'),
			)?.customId;
			if (!right || !question.message) throw new Error('no answer button');
			const handles = Array.from({ length: PRESSES }, (_, index) =>
				harness.emulator.user(`member${index}`).startClick(question, right),
			);
			const replies = await Promise.all(handles.map((handle) => handle.reply(20_000)));
			expect(replies.filter((reply) => reply.embeds[0]?.title === 'Right!')).toHaveLength(PRESSES);

			const guildId = harness.emulator.guilds[0]?.id ?? '';
			const roundId = right.split(':')[2] ?? '';
			const stored = await harness.bot.app.quiz.service.question(guildId, roundId);
			expect(Object.keys(stored?.round.answers ?? {})).toHaveLength(PRESSES);
			const board = await harness.bot.app.quiz.service.leaderboard(guildId, 'nobody');
			expect(board.players).toBe(PRESSES);
			expect(board.top.every((entry) => entry.rank === 1 && entry.score.points === 3)).toBe(true);

			const messageId = question.message.id;
			await harness.emulator.waitForMessage(
				(message) => message.id === messageId && message.embeds[0]?.fields?.[0]?.name === `${PRESSES} answered`,
				20_000,
			);
			const lastMember = harness.emulator.user(`member${PRESSES - 1}`);
			const leaderboard = await lastMember.slash('quiz leaderboard');
			expect(leaderboard.embeds[0]?.fields?.[0]?.value).toBe(`You are #1 of ${PRESSES} with 3 pts.`);
		});
	});
}

concurrentPresses('memory store', () => 'memory://');

describe('with a SQLite file', () => {
	let dir = '';
	beforeAll(async () => {
		dir = await mkdtemp(path.join(tmpdir(), 'reasonbot-quiz-'));
	});
	afterAll(async () => {
		await rm(dir, { recursive: true, force: true });
	});
	concurrentPresses('SQLite store', () => `sqlite://${path.join(dir, 'quiz.sqlite')}`);
});

const redisUrl = redisUrlForTests();
describe.runIf(redisUrl)('with Redis', () => {
	concurrentPresses('Redis store', () => redisUrl ?? '');
});
