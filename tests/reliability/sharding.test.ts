import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../../src/core/loadCommands.js';
import { deployCommands } from '../../src/deploy/deployCommands.js';
import { shardForGuild } from '../../src/emulator/snowflake.js';
import { startDiscordEmulator, type DiscordEmulator, type Reply } from '../../src/emulator/index.js';
import { spawnTs, stopProcess, type NodeProcess } from '../helpers/nodeProcess.js';
import { redisUrlForTests } from '../helpers/redis.js';

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
	return spawnTs('src/shardManager.ts', {
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
	beforeAll(async () => {
		emulator = await startEmulatorWithCommands();
		// No SHARD_COUNT: the count comes from GET /gateway/bot at DISCORD_API_URL (the emulator advertises 2).
		shards = startShards(emulator, { CACHE_URL: redisUrl ?? '' });
		await shards.waitForOutput('"msg":"all shards ready"', 60_000);
	}, 90_000);
	afterAll(async () => {
		const code = await stopProcess(shards);
		await emulator.stop();
		expect(code).toBe(0);
	});

	it('splits the guilds over two child processes, each identifying one shard', () => {
		expect(new Set(emulator.guilds.map((guild) => shardForGuild(guild.id, 2)))).toEqual(new Set([0, 1]));
		expect(emulator.stats.identifies).toEqual([1, 1]);
		const ready = shards.logLines().filter((line) => line['msg'] === 'bot ready');
		expect(ready).toHaveLength(2);
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
