import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadCommands } from '../../src/core/loadCommands.js';
import { deployCommands } from '../../src/deploy/deployCommands.js';
import { shardForGuild } from '../../src/emulator/snowflake.js';
import { startDiscordEmulator, type DiscordEmulator, type Reply } from '../../src/emulator/index.js';
import { spawnTs, stopProcess, type NodeProcess } from '../helpers/nodeProcess.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createLearnerStore } from '../../src/db/learnerStore.js';
import { openDatabase } from '../../src/db/openDatabase.js';
import { createSqliteFiles } from '../../src/db/sqlite/sqliteFile.js';
import { askAndWait, finalOf } from '../helpers/askFlow.js';
import { FakeModelServer } from '../helpers/fakeModelServer.js';
import { silentLogger } from '../helpers/logs.js';
import { answerButton } from '../helpers/quizAnswers.js';
import { redisUrlForTests } from '../helpers/redis.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { ROOT } from '../helpers/nodeProcess.js';
import path from 'node:path';

async function startEmulatorWithCommands(): Promise<DiscordEmulator> {
	const emulator = await startDiscordEmulator({ shardCount: 2, guilds: [{ name: 'Alpha' }, { name: 'Beta' }] });
	const registry = await loadCommands();
	for (const guild of emulator.guilds) {
		await deployCommands(registry, {
			token: emulator.token,
			apiUrl: emulator.apiUrl,
			applicationId: emulator.applicationId,
			guildId: guild.id,
		});
	}
	return emulator;
}

function field(reply: Reply, name: string): string | undefined {
	return reply.embeds[0]?.fields?.find((entry) => entry.name === name)?.value;
}

function startShards(emulator: DiscordEmulator, env: Readonly<Record<string, string>>): NodeProcess {
	return spawnTs('src/app/shardManager.ts', {
		DISCORD_TOKEN: emulator.token,
		DISCORD_API_URL: emulator.apiUrl,
		SHARD_SPAWN_DELAY_MS: '0',
		LOG_LEVEL: 'info',
		...env,
	});
}

const redisUrl = redisUrlForTests();
describe.runIf(redisUrl)('npm run start:sharded: two shard processes, one Redis', () => {
	let emulator: DiscordEmulator;
	let shards: NodeProcess;
	let fake: FakeModelServer;
	let directory = '';
	// Both shard processes keep learner data in one SQLite file (PostgreSQL would do the same for several hosts).
	const databaseUrl = () => `sqlite://${path.join(directory, 'learners.sqlite')}`;
	beforeAll(async () => {
		directory = await mkdtemp(path.join(tmpdir(), 'reasonbot-shards-'));
		emulator = await startEmulatorWithCommands();
		fake = await FakeModelServer.start();
		// No SHARD_COUNT: the count comes from GET /gateway/bot at DISCORD_API_URL (the emulator advertises 2).
		shards = startShards(emulator, {
			CACHE_URL: redisUrl ?? '',
			DATABASE_URL: databaseUrl(),
			OPENAI_BASE_URL: fake.url,
			OPENAI_API_KEY: 'test-key',
			REASONING_MODEL: 'fake-reasoner',
			ASK_COOLDOWN_SECONDS: '0',
			ASK_DAILY_QUOTA: '0',
			QUIZ_ROUND_SECONDS: '600',
			STUDY_MIN_INTERVAL: '2s',
		});
		await shards.waitForOutput('"msg":"all shards ready"', 60_000);
	}, 90_000);
	afterAll(async () => {
		const code = await stopProcess(shards);
		await emulator.stop();
		await fake.close();
		await rm(directory, { recursive: true, force: true });
		expect(code).toBe(0);
	});

	it('splits the guilds over two child processes, each identifying one shard', async () => {
		expect(new Set(emulator.guilds.map((guild) => shardForGuild(guild.id, 2)))).toEqual(new Set([0, 1]));
		expect(emulator.stats.identifies).toEqual([1, 1]);
		// Each child flushes its ready line at once, but the manager's own line can still overtake it.
		const ready = await vi.waitFor(() => {
			const lines = shards.logLines().filter((line) => line['msg'] === 'bot ready');
			expect(lines).toHaveLength(2);
			return lines;
		});
		expect(new Set(ready.map((line) => line['pid'])).size).toBe(2);
		for (const line of ready) expect(line).toMatchObject({ guilds: 1, store: expect.stringMatching(/^redis:\/\//) });
	});

	it("answers each guild's interactions from the shard that owns the guild", async () => {
		for (const guild of emulator.guilds) {
			const reply = await emulator.user('alice', { guildId: guild.id }).slash('about');
			expect(reply.embeds[0]?.title).toBe('About reasonbot');
			// Each process only knows its own guild: the one that answered is the one that owns it.
			expect(field(reply, 'Servers')).toBe('1');
			expect(field(reply, 'Store')).toBe('redis');
		}
	});

	it('answers a question asked on one shard from the cache on the other', async () => {
		const [alpha, beta] = emulator.guilds;
		// Unique per run: the shared Redis outlives this test.
		const question = `Why does GRPO need no critic, run ${Date.now().toString(36)}?`;
		fake.enqueue({ answer: 'The group mean is the baseline.' });
		await askAndWait(emulator.user('alice', { guildId: alpha?.id ?? '' }), question);
		const calls = fake.completions.length;
		const other = finalOf(await askAndWait(emulator.user('bob', { guildId: beta?.id ?? '' }), question));
		expect(other.content).toContain('The group mean is the baseline.');
		expect(fake.completions.length).toBe(calls);
	});

	it('keeps the leaderboard in the shared database, the same for every process', async () => {
		const alpha = emulator.guilds[0];
		const alice = emulator.user('alice', { guildId: alpha?.id ?? '' });
		const items = (await loadKnowledge(path.join(ROOT, 'knowledge/knowledge.json'))).quiz;
		const posted = await alice.slash('quiz question', { difficulty: 'easy' });
		expect((await alice.click(posted, answerButton(posted, items, true))).embeds[0]?.title).toBe('Right!');
		expect((await alice.slash('quiz leaderboard')).embeds[0]?.description).toContain('alice · 1 pt ·');
		// A third process (this test) reading the same database sees the same scores.
		const database = await openDatabase(databaseUrl(), {
			logger: silentLogger(),
			sqliteFiles: createSqliteFiles(silentLogger()),
		});
		try {
			const board = await createLearnerStore(database).leaderboard(alpha?.id ?? '', 'nobody', 10);
			const scores = board.top.map((entry) => entry.score);
			expect(Object.values(scores).map((score) => [score.name, score.points])).toEqual([['alice', 1]]);
		} finally {
			await database.close();
		}
	});

	it('posts a study schedule once per interval: both schedulers see it, only the guild’s shard posts', async () => {
		const [alpha, beta] = emulator.guilds;
		const channel = emulator.channel('study', alpha?.id);
		if (!channel) throw new Error('no study channel');
		const owner = emulator.user('owner', { guildId: alpha?.id ?? '' });
		expect((await owner.slash('study start', { channel, every: '2s' })).content).toContain('every 2s');
		const posts = () => emulator.channelMessages(channel.id).filter((message) => message.interactionId === undefined);
		// Keep the other process's scheduler busy too (a new question re-plans it): it sees the schedule in Redis but
		// must leave it alone (it once claimed the window, could not reach the channel and paused the schedule).
		const betaUser = emulator.user('bob', { guildId: beta?.id ?? '' });
		while (posts().length < 3) {
			await betaUser.slash('quiz question');
			await new Promise((resolve) => setTimeout(resolve, 400));
		}
		await owner.slash('study stop');
		const times = posts().map((message) => message.createdAt);
		for (let index = 1; index < times.length; index += 1)
			expect((times[index] ?? 0) - (times[index - 1] ?? 0)).toBeGreaterThan(1000);
		// Log lines are buffered (flushed at least every 250 ms): wait for the last one rather than race it.
		await vi.waitFor(() => {
			const logged = shards.logLines().filter((line) => line['msg'] === 'study question posted');
			expect(logged).toHaveLength(posts().length);
		});
	}, 60_000);
});

describe('several hosts splitting the shards (SHARD_IDS + SHARD_COUNT)', () => {
	it('runs only the listed shard ids', async () => {
		const emulator = await startEmulatorWithCommands();
		const shards = startShards(emulator, { CACHE_URL: 'memory://', SHARD_COUNT: '2', SHARD_IDS: '1' });
		try {
			await shards.waitForOutput('"msg":"all shards ready"', 60_000);
			expect(emulator.stats.identifies[0] ?? 0).toBe(0);
			expect(emulator.stats.identifies[1]).toBe(1);
			const owned = emulator.guilds.find((guild) => shardForGuild(guild.id, 2) === 1);
			const reply = await emulator.user('bob', { guildId: owned?.id ?? '' }).slash('about');
			expect(field(reply, 'Servers')).toBe('1');
		} finally {
			expect(await stopProcess(shards)).toBe(0);
			await emulator.stop();
		}
	}, 90_000);

	it('refuses SHARD_IDS without SHARD_COUNT with one clear line', async () => {
		const emulator = await startDiscordEmulator();
		try {
			const shards = startShards(emulator, { CACHE_URL: 'memory://', SHARD_IDS: '0,1' });
			expect(await shards.exited).toBe(1);
			expect(shards.output().trim()).toBe(
				'reasonbot: SHARD_IDS: set SHARD_COUNT too, so every host splitting the shards agrees on the total',
			);
		} finally {
			await emulator.stop();
		}
	});
});
