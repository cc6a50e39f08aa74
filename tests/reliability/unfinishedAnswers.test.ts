import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployCommands } from '../../src/deploy/deployCommands.js';
import { startDiscordEmulator, type DiscordEmulator, type InteractionHandle } from '../../src/emulator/index.js';
import { RESTARTED_WHILE_ANSWERING } from '../../src/render/askNotices.js';
import { FakeModelServer } from '../helpers/fakeModelServer.js';
import { registryWithFixtures } from '../helpers/harness.js';
import { spawnTs, stopProcess, type NodeProcess } from '../helpers/nodeProcess.js';

// About 20 s of streaming: far longer than the shutdown wait below.
const SLOW = { trace: 'thinking slowly '.repeat(50), answer: 'Never shown.', chunkChars: 4, chunkDelayMs: 100 };

describe('an /ask answer still running when the bot stops', () => {
	let emulator: DiscordEmulator;
	let fake: FakeModelServer;
	let directory: string;
	const running: NodeProcess[] = [];
	const start = async (): Promise<NodeProcess> => {
		const bot = spawnTs('tests/fixtures/botProcess.ts', {
			DISCORD_TOKEN: emulator.token,
			DISCORD_API_URL: emulator.apiUrl,
			CACHE_URL: `sqlite://${path.join(directory, 'bot.sqlite')}`,
			LOG_LEVEL: 'info',
			SHUTDOWN_TIMEOUT_MS: '1000',
			OPENAI_BASE_URL: fake.url,
			OPENAI_API_KEY: 'test-key',
			REASONING_MODEL: 'fake-reasoner',
			ASK_COOLDOWN_SECONDS: '0',
			ASK_DAILY_QUOTA: '0',
		});
		running.push(bot);
		await bot.waitForOutput('"msg":"bot ready"', 30_000);
		return bot;
	};
	/** Starts a slow /ask and resolves once the model is streaming into its deferred reply. */
	const askSlowly = async (name: string): Promise<InteractionHandle> => {
		fake.enqueue(SLOW);
		const handle = emulator.user(name).startSlash('ask', { question: `A long question from ${name}?` });
		return handle.waitFor((h) => h.original?.content.startsWith('🧠 Thinking') === true, 15_000);
	};
	beforeAll(async () => {
		emulator = await startDiscordEmulator();
		fake = await FakeModelServer.start();
		directory = await mkdtemp(path.join(tmpdir(), 'reasonbot-unfinished-'));
		await deployCommands(await registryWithFixtures(), {
			token: emulator.token,
			apiUrl: emulator.apiUrl,
			applicationId: emulator.applicationId,
			guildId: emulator.guilds[0]?.id,
		});
	});
	afterAll(async () => {
		for (const bot of running) await stopProcess(bot, 2_000);
		await fake.close();
		await emulator.stop();
		await rm(directory, { recursive: true, force: true });
	});

	it('GIVEN SIGTERM mid-answer, past the shutdown wait THEN the reply gets its final state and the bot exits 0', async () => {
		const bot = await start();
		const handle = await askSlowly('term-alice');
		bot.child.kill('SIGTERM');
		expect(await bot.exited).toBe(0);
		const closed = await handle.waitFor((h) => h.original?.content === RESTARTED_WHILE_ANSWERING, 2_000);
		expect(closed.original?.components).toEqual([]);
		expect(closed.original?.allowedMentions).toEqual({ parse: [] });
	}, 60_000);

	it('GIVEN kill -9 mid-answer THEN the restarted bot closes the reply within the token', async () => {
		const bot = await start();
		const handle = await askSlowly('kill-bob');
		bot.child.kill('SIGKILL');
		await bot.exited;
		expect(handle.original?.content).toMatch(/^🧠 Thinking/);
		await start();
		const closed = await handle.waitFor((h) => h.original?.content === RESTARTED_WHILE_ANSWERING, 10_000);
		expect(closed.original?.allowedMentions).toEqual({ parse: [] });
	}, 90_000);
});
