import { afterEach, describe, expect, it, vi } from 'vitest';
import { startDiscordEmulator, type DiscordEmulator } from '../../src/emulator/index.js';
import { exitWithin, spawnTs, stopProcess, type NodeProcess } from '../helpers/nodeProcess.js';

const EXIT_WAIT_MS = 25_000;

function startShards(emulator: DiscordEmulator): NodeProcess {
	return spawnTs('src/app/shardManager.ts', {
		DISCORD_TOKEN: emulator.token,
		DISCORD_API_URL: emulator.apiUrl,
		SHARD_COUNT: '2',
		SHARD_SPAWN_DELAY_MS: '0',
		CACHE_URL: 'memory://',
		LOG_LEVEL: 'info',
	});
}

const managerLines = (shards: NodeProcess) => shards.logLines().filter((line) => line['component'] === 'shard-manager');

describe('npm run start:sharded: a shard Discord closes for good', () => {
	let emulator: DiscordEmulator | undefined;
	let shards: NodeProcess | undefined;
	afterEach(async () => {
		if (shards) await stopProcess(shards, 5_000);
		await emulator?.stop();
		shards = undefined;
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
	])(
		'GIVEN close %i on one shard after ready THEN the manager logs the cause once, exits 1 and respawns nothing',
		async (code, cause) => {
			emulator = await startDiscordEmulator({ shardCount: 2, guilds: [{ name: 'Alpha' }, { name: 'Beta' }] });
			shards = startShards(emulator);
			await shards.waitForOutput('"msg":"all shards ready"', 60_000);
			expect(emulator.stats.identifies).toEqual([1, 1]);

			emulator.closeGateway(code, 1);

			expect(await exitWithin(shards, EXIT_WAIT_MS)).toBe(1);
			const problems = managerLines(shards).filter((line) => Number(line['level']) >= 40);
			expect(problems).toEqual([expect.objectContaining({ level: 60, code, shardId: 1, msg: cause })]);
			// Neither shard came back: the closed one was not respawned, the other was stopped with the manager.
			expect(emulator.stats.identifies).toEqual([1, 1]);
			expect(shards.output()).not.toContain(emulator.token);
			const stillRunning = shards
				.logLines()
				.filter((line) => line['msg'] === 'bot ready')
				.map((line) => Number(line['pid']))
				.filter((pid) => {
					try {
						process.kill(pid, 0);
						return true;
					} catch {
						return false;
					}
				});
			expect(stillRunning).toEqual([]);
		},
		90_000,
	);

	it('GIVEN a shard process killed THEN it is respawned and the manager keeps running', async () => {
		emulator = await startDiscordEmulator({ shardCount: 2, guilds: [{ name: 'Alpha' }, { name: 'Beta' }] });
		const running = startShards(emulator);
		shards = running;
		await running.waitForOutput('"msg":"all shards ready"', 60_000);
		const ready = await vi.waitFor(() => {
			const lines = running.logLines().filter((line) => line['msg'] === 'bot ready');
			expect(lines).toHaveLength(2);
			return lines;
		});
		process.kill(Number(ready[0]?.['pid']), 'SIGKILL');

		await vi.waitFor(
			() => {
				expect(running.logLines().filter((line) => line['msg'] === 'bot ready')).toHaveLength(3);
			},
			{ timeout: 60_000, interval: 200 },
		);
		expect(running.child.exitCode).toBeNull();
		expect(managerLines(running).filter((line) => line['msg'] === 'shard process exited')).toHaveLength(1);
	}, 90_000);
});
