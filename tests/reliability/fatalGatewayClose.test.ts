import { afterEach, describe, expect, it } from 'vitest';
import { startDiscordEmulator, type DiscordEmulator } from '../../src/emulator/index.js';
import { exitWithin, spawnTs, stopProcess, type NodeProcess } from '../helpers/nodeProcess.js';

const EXIT_WAIT_MS = 20_000;

describe('a fatal gateway close while the bot runs', () => {
	let emulator: DiscordEmulator | undefined;
	let bot: NodeProcess | undefined;
	afterEach(async () => {
		if (bot) await stopProcess(bot, 2_000);
		await emulator?.stop();
		bot = undefined;
		emulator = undefined;
	});

	it.each([
		[
			4004,
			'DISCORD_TOKEN: Discord rejected the token (gateway close 4004). Copy it again from the Developer Portal (Bot → Reset Token).',
		],
		[
			4014,
			'Discord refused a privileged intent (gateway close 4014, disallowed intents): enable it in the Developer Portal (Bot → Privileged Gateway Intents) or stop asking for it.',
		],
	])('GIVEN close %i after ready THEN one fatal line names the cause and the process exits 1', async (code, cause) => {
		emulator = await startDiscordEmulator();
		bot = spawnTs('src/app/main.ts', {
			DISCORD_TOKEN: emulator.token,
			DISCORD_API_URL: emulator.apiUrl,
			CACHE_URL: 'memory://',
			LOG_LEVEL: 'info',
		});
		await bot.waitForOutput('"msg":"bot ready"', 30_000);

		emulator.closeGateway(code);

		expect(await exitWithin(bot, EXIT_WAIT_MS)).toBe(1);
		const lines = bot.logLines();
		const problems = lines.filter((line) => Number(line['level']) >= 40);
		expect(problems).toEqual([expect.objectContaining({ level: 60, code, shardId: 0, msg: cause })]);
		expect(bot.output()).not.toContain(emulator.token);
	});
});
