import { spawn } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface RunResult {
	readonly code: number | null;
	readonly stdout: string;
	readonly stderr: string;
}

/** `npm start` minus the build: src/app/main.ts with a clean environment and the given .env file. */
async function runMain(dotenvPath: string, args: readonly string[], stdin: string): Promise<RunResult> {
	const child = spawn(process.execPath, ['--import', 'tsx', 'src/app/main.ts', ...args], {
		cwd: ROOT,
		env: { PATH: process.env['PATH'], DOTENV_CONFIG_PATH: dotenvPath },
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

describe('npm start with .env.example copied as .env (README step 3)', () => {
	let folder: string;
	let dotenv: string;
	beforeAll(async () => {
		folder = await mkdtemp(path.join(tmpdir(), 'reasonbot-env-'));
		dotenv = path.join(folder, '.env');
		await copyFile(path.join(ROOT, '.env.example'), dotenv);
	});
	afterAll(async () => {
		await rm(folder, { recursive: true, force: true });
	});

	it('starts the playground and answers --once "/about", with no log lines and state in memory', async () => {
		const result = await runMain(dotenv, ['--once', '/about'], '');
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('reasonbot');
		expect(result.stdout).toMatch(/Store: memory/);
	});

	it('answers piped commands, quietly', async () => {
		const result = await runMain(dotenv, [], '/about\n');
		expect(result.stderr).toBe('');
		expect(result.code).toBe(0);
		expect(result.stdout).toContain('> /about');
		expect(result.stdout).toMatch(/Store: memory/);
	});

	it('GIVEN no token, no terminal and no commands THEN one line saying DISCORD_TOKEN is not set, exit 1', async () => {
		const result = await runMain(dotenv, [], '');
		expect(result.code).toBe(1);
		expect(result.stdout).toBe('');
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toMatch(/^reasonbot: DISCORD_TOKEN is not set/);
	});
});
