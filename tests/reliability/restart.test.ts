import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployCommands } from '../../src/deploy/deployCommands.js';
import { startDiscordEmulator, type DiscordEmulator } from '../../src/emulator/index.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { QuizItem } from '../../src/knowledge/types.js';
import { askAndWait, finalOf, isFinal } from '../helpers/askFlow.js';
import { FakeModelServer } from '../helpers/fakeModelServer.js';
import { registryWithFixtures } from '../helpers/harness.js';
import { ROOT, spawnTs, stopProcess, type NodeProcess } from '../helpers/nodeProcess.js';
import { answerButton } from '../helpers/quizAnswers.js';

const CACHED_QUESTION = 'How does the cold-start data shape R1 outputs, in detail?';

describe('SIGTERM during /ask, then a restart on the same SQLite file', () => {
	let emulator: DiscordEmulator;
	let fake: FakeModelServer;
	let directory: string;
	let quizItems: readonly QuizItem[];
	let bot: NodeProcess | undefined;
	const start = async (): Promise<NodeProcess> => {
		const process = spawnTs('tests/fixtures/botProcess.ts', {
			DISCORD_TOKEN: emulator.token,
			DISCORD_API_URL: emulator.apiUrl,
			CACHE_URL: `sqlite://${path.join(directory, 'bot.sqlite')}`,
			LOG_LEVEL: 'info',
			SHUTDOWN_TIMEOUT_MS: '8000',
			QUIZ_ROUND_SECONDS: '600',
			OPENAI_BASE_URL: fake.url,
			OPENAI_API_KEY: 'test-key',
			REASONING_MODEL: 'fake-reasoner',
			ASK_COOLDOWN_SECONDS: '0',
			ASK_DAILY_QUOTA: '0',
		});
		await process.waitForOutput('"msg":"bot ready"', 30_000);
		return process;
	};
	beforeAll(async () => {
		emulator = await startDiscordEmulator();
		fake = await FakeModelServer.start();
		directory = await mkdtemp(path.join(tmpdir(), 'reasonbot-restart-'));
		quizItems = (await loadKnowledge(path.join(ROOT, 'knowledge/knowledge.json'))).quiz;
		await deployCommands(await registryWithFixtures(), {
			token: emulator.token,
			apiUrl: emulator.apiUrl,
			applicationId: emulator.applicationId,
			guildId: emulator.guilds[0]?.id,
		});
	});
	afterAll(async () => {
		if (bot) await stopProcess(bot);
		await fake.close();
		await emulator.stop();
		await rm(directory, { recursive: true, force: true });
	});

	it('finishes the in-flight /ask after SIGTERM, then exits 0', async () => {
		bot = await start();
		const alice = emulator.user('alice');
		const question = await alice.slash('quiz question', { difficulty: 'easy' });
		expect((await alice.click(question, answerButton(question, quizItems, true))).embeds[0]?.title).toBe('Right!');
		const channel = emulator.channel('study');
		if (!channel) throw new Error('no study channel');
		expect((await emulator.user('owner').slash('study start', { channel, every: '2h' })).content).toContain('every 2h');
		fake.enqueue({ answer: 'Cold-start data fixes the format and readability.' });
		await askAndWait(emulator.user('bob'), CACHED_QUESTION);

		fake.enqueue({ answer: 'A slow but complete answer about rewards.', chunkChars: 4, chunkDelayMs: 60 });
		const calls = fake.completions.length;
		const inFlight = emulator.user('carol').startSlash('ask', { question: 'Explain the reward design slowly?' });
		await inFlight.waitFor((handle) => handle.acknowledged, 10_000);
		while (fake.completions.length === calls) await new Promise((resolve) => setTimeout(resolve, 20));
		const running = bot;
		bot = undefined;
		running.child.kill('SIGTERM');
		expect(await running.exited).toBe(0);
		const answered = await inFlight.waitFor((handle) => isFinal(handle.original), 1_000);
		expect(answered.original?.content).toContain('A slow but complete answer about rewards.');
		expect(running.output()).toContain('"msg":"stopped cleanly"');
	}, 60_000);

	it('keeps scores, the study schedule and cached answers across the restart', async () => {
		bot = await start();
		const board = await emulator.user('alice').slash('quiz leaderboard');
		expect(board.embeds[0]?.description).toContain('alice');
		const status = await emulator.user('owner').slash('study status');
		expect(JSON.stringify(status.embeds)).toContain(emulator.channel('study')?.id ?? 'missing');
		const calls = fake.completions.length;
		const cached = finalOf(await askAndWait(emulator.user('dave'), CACHED_QUESTION));
		expect(cached.content).toContain('Cold-start data fixes the format and readability.');
		expect(fake.completions.length).toBe(calls);
	}, 60_000);
});
