import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscordEmulator, type DiscordEmulator } from '../../src/emulator/index.js';
import { runMain as runMainProcess, type MainRun } from '../helpers/nodeProcess.js';

/** src/app/main.ts with a clean environment and no .env. */
function runMain(env: Record<string, string>, args: readonly string[] = [], stdin = ''): Promise<MainRun> {
	return runMainProcess({ DOTENV_CONFIG_PATH: '/nonexistent/.env', CACHE_URL: 'memory://', ...env }, args, stdin);
}

describe('start-up', () => {
	it('GIVEN a bad variable THEN exits 1 with one line naming it, no stack trace', async () => {
		const result = await runMain({ CACHE_URL: 'mongodb://localhost' });
		expect(result.code).toBe(1);
		expect(result.stderr.trim().split('\n')).toEqual([
			'reasonbot: Invalid configuration: CACHE_URL: expected memory://, sqlite://<path> or redis://host:port (got "mongodb://localhost")',
		]);
	});

	it('GIVEN a store that cannot open THEN exits 1 with one clear line', async () => {
		// With a token: the playground keeps its state in memory whatever CACHE_URL says. The store opens before login.
		const result = await runMain({
			CACHE_URL: 'redis://127.0.0.1:1',
			DISCORD_TOKEN: 'unused',
			DISCORD_API_URL: 'http://127.0.0.1:1/api',
		});
		expect(result.code).toBe(1);
		expect(result.stderr.trim()).toMatch(/^reasonbot: CACHE_URL: cannot connect to redis:\/\/127\.0\.0\.1:1: .+$/);
	});
});

describe('start-up against Discord', () => {
	it('GIVEN a token Discord rejects (close 4004) THEN exits 1 with one clear line', async () => {
		const emulator = await startDiscordEmulator();
		try {
			const result = await runMain({ DISCORD_TOKEN: 'not-the-right-token', DISCORD_API_URL: emulator.apiUrl });
			expect(result.code).toBe(1);
			expect(result.stderr.trim()).toBe(
				'reasonbot: DISCORD_TOKEN: Discord rejected the token. Copy it again from the Developer Portal (Bot → Reset Token).',
			);
			expect(result.stdout + result.stderr).not.toContain('not-the-right-token');
		} finally {
			await emulator.stop();
		}
	});
});

/** Exit 1 and exactly one line on stderr, nothing on stdout after the knowledge line. */
function expectOneLine(result: MainRun, line: string): void {
	expect(result.code).toBe(1);
	expect(result.stderr.trim().split('\n')).toEqual([line]);
}

describe('start-up failures outside the config check: one line naming the variable, exit 1', () => {
	let directory: string;
	beforeAll(async () => {
		directory = await mkdtemp(path.join(tmpdir(), 'reasonbot-startup-'));
	});
	afterAll(async () => {
		await rm(directory, { recursive: true, force: true });
	});

	it('GIVEN KNOWLEDGE_PATH names no file THEN says which variable and how to fix it', async () => {
		const result = await runMain({ DISCORD_TOKEN: 'some-token', KNOWLEDGE_PATH: '/nonexistent/knowledge.json' });
		expectOneLine(
			result,
			"reasonbot: KNOWLEDGE_PATH: Knowledge file /nonexistent/knowledge.json cannot be read (ENOENT: no such file or directory, open '/nonexistent/knowledge.json'); run npm run knowledge:build",
		);
	});

	it('GIVEN KNOWLEDGE_PATH names a file that is not knowledge THEN says which variable and what is wrong', async () => {
		const file = path.join(directory, 'broken.json');
		await writeFile(file, '{"format": 1,');
		const result = await runMain({ DISCORD_TOKEN: 'some-token', KNOWLEDGE_PATH: file });
		expect(result.code).toBe(1);
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr.trim()).toMatch(
			new RegExp(
				`^reasonbot: KNOWLEDGE_PATH: Knowledge file ${file} is not valid JSON \\(.+\\); run npm run knowledge:build$`,
			),
		);
	});

	it('GIVEN a CACHE_URL that never opens (sqlite under /proc) THEN the step names itself when its time runs out', async () => {
		const startedAt = Date.now();
		const result = await runMain({
			DISCORD_TOKEN: 'some-token',
			CACHE_URL: 'sqlite:///proc/x/y.sqlite',
			STARTUP_STEP_TIMEOUT_MS: '1000',
		});
		expectOneLine(
			result,
			'reasonbot: CACHE_URL: opening the store did not finish within 1 s (STARTUP_STEP_TIMEOUT_MS bounds each start-up step)',
		);
		expect(Date.now() - startedAt).toBeLessThan(15_000);
	});

	it('GIVEN DISCORD_API_URL where nothing listens THEN says Discord cannot be reached there', async () => {
		const result = await runMain({ DISCORD_TOKEN: 'some-token', DISCORD_API_URL: 'http://127.0.0.1:1/api' });
		expectOneLine(
			result,
			"reasonbot: DISCORD_API_URL: cannot reach Discord's API at http://127.0.0.1:1/api (ECONNREFUSED).",
		);
	});

	describe('the health endpoint binds before login', () => {
		let emulator: DiscordEmulator;
		let taken: Server;
		let takenPort: number;
		beforeAll(async () => {
			emulator = await startDiscordEmulator();
			taken = createServer();
			takenPort = await new Promise<number>((resolve) => {
				taken.listen(0, '127.0.0.1', () => {
					const address = taken.address();
					resolve(typeof address === 'object' && address !== null ? address.port : 0);
				});
			});
		});
		afterAll(async () => {
			await new Promise((resolve) => taken.close(resolve));
			await emulator.stop();
		});
		const discord = () => ({ DISCORD_TOKEN: emulator.token, DISCORD_API_URL: emulator.apiUrl });

		it('GIVEN HEALTH_PORT in use THEN names it, and no gateway session was opened', async () => {
			const result = await runMain({ ...discord(), HEALTH_PORT: String(takenPort) });
			expectOneLine(
				result,
				`reasonbot: HEALTH_PORT: port ${takenPort} on 127.0.0.1 is already in use; pick another port or stop what listens there.`,
			);
			expect(emulator.stats.identifies[0] ?? 0).toBe(0);
		});

		it('GIVEN HEALTH_HOST that is not an address of this host THEN names it, and no gateway session was opened', async () => {
			// 192.0.2.0/24 is TEST-NET-1: documentation only, never assigned to a host.
			const result = await runMain({ ...discord(), HEALTH_PORT: '0', HEALTH_HOST: '192.0.2.1' });
			expectOneLine(
				result,
				'reasonbot: HEALTH_HOST: 192.0.2.1 is not an address of this host; use 127.0.0.1, 0.0.0.0 or one of its own addresses.',
			);
			expect(emulator.stats.identifies[0] ?? 0).toBe(0);
		});
	});
});

describe('offline playground (no DISCORD_TOKEN)', () => {
	it('--once prints one reply and exits 0', async () => {
		const result = await runMain({}, ['--once', '/about']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('│ About reasonbot\n');
		expect(result.stdout).toMatch(/version `[0-9a-f]{12}`, \d+ topics/);
	});

	it('reads one command a line from standard input and shows Discord-like help for bad lines', async () => {
		const result = await runMain({}, [], '/about\n/nope\n/about extra words\n');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('> /about');
		expect(result.stdout).toContain('│ About reasonbot\n');
		expect(result.stdout).toContain('Unknown command /nope.');
		expect(result.stdout).toMatch(/Commands:\n {2}\/about {2}— /);
		expect(result.stdout).toContain('I don\'t know what "extra words" is for.');
	});

	it('--once with a bad command line exits 1 with help', async () => {
		const result = await runMain({}, ['--once', '/about x']);
		expect(result.code).toBe(1);
		expect(result.stdout).toContain('This command takes no options.');
	});
});
