import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deployCommands } from '../../src/deploy/deployCommands.js';
import { startDiscordEmulator, type DiscordEmulator } from '../../src/emulator/index.js';
import { registryWithFixtures } from '../helpers/harness.js';
import { spawnTs, type NodeProcess } from '../helpers/nodeProcess.js';

function spawnBot(emulator: DiscordEmulator, cacheUrl: string): NodeProcess {
	return spawnTs('tests/fixtures/botProcess.ts', {
		DISCORD_TOKEN: emulator.token,
		DISCORD_API_URL: emulator.apiUrl,
		CACHE_URL: cacheUrl,
		LOG_LEVEL: 'info',
		SHUTDOWN_TIMEOUT_MS: '8000',
	});
}

describe('graceful shutdown of the bot process', () => {
	let emulator: DiscordEmulator;
	let directory: string;
	beforeEach(async () => {
		emulator = await startDiscordEmulator();
		directory = await mkdtemp(path.join(tmpdir(), 'reasonbot-shutdown-'));
		const registry = await registryWithFixtures();
		await deployCommands(registry, {
			token: emulator.token,
			apiUrl: emulator.apiUrl,
			applicationId: emulator.applicationId,
			guildId: emulator.guilds[0]?.id,
		});
	});
	afterEach(async () => {
		await emulator.stop();
		await rm(directory, { recursive: true, force: true });
	});

	it('GIVEN an interaction in flight WHEN SIGTERM arrives THEN it finishes, new ones are refused politely, and the process exits 0', async () => {
		const bot = spawnBot(emulator, `sqlite://${path.join(directory, 'bot.sqlite')}`);
		await bot.waitForOutput('"msg":"bot ready"');
		const alice = emulator.user('alice');
		const slow = alice.startSlash('slow', { ms: 1500 });
		await slow.waitFor((handle) => handle.acknowledged, 5_000);
		bot.child.kill('SIGTERM');
		await bot.waitForOutput('"msg":"shutting down"');
		const refused = await alice.slash('echo', { text: 'too late' });
		expect(refused).toMatchObject({ ephemeral: true, content: 'The bot is restarting. Try again in a few seconds.' });
		expect(await bot.exited).toBe(0);
		expect(slow.original?.content).toBe('done after 1500 ms');
		expect(bot.output()).toContain('"msg":"stopped cleanly"');
	});
});
