import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { startDiscordEmulator } from '../../src/emulator/index.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface RunResult {
	readonly code: number | null;
	readonly stdout: string;
	readonly stderr: string;
}

/** Runs src/main.ts as `npm start` would (minus the build), with a clean environment and no .env. */
async function runMain(env: Record<string, string>, args: readonly string[] = [], stdin = ''): Promise<RunResult> {
	const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], {
		cwd: ROOT,
		env: { PATH: process.env['PATH'], DOTENV_CONFIG_PATH: '/nonexistent/.env', CACHE_URL: 'memory://', ...env },
		stdio: ['pipe', 'pipe', 'pipe'],
	});
	let stdout = '';
	let stderr = '';
	child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	child.stdin.end(stdin);
	const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
	return { code, stdout, stderr };
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
		const result = await runMain({ CACHE_URL: 'redis://127.0.0.1:1' });
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

describe('offline playground (no DISCORD_TOKEN)', () => {
	it('--once prints one reply and exits 0', async () => {
		const result = await runMain({}, ['--once', '/about']);
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('**About reasonbot**');
		expect(result.stdout).toMatch(/version `[0-9a-f]{12}`, \d+ topics/);
	});

	it('reads one command a line from standard input and shows Discord-like help for bad lines', async () => {
		const result = await runMain({}, [], '/about\n/nope\n/about extra words\n');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('> /about');
		expect(result.stdout).toContain('**About reasonbot**');
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
