import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runMain as runMainProcess, type MainRun } from '../helpers/nodeProcess.js';

/** `npm start` minus the build: src/app/main.ts with a clean environment and the given .env file. */
function runMain(dotenvPath: string, args: readonly string[], stdin: string): Promise<MainRun> {
	return runMainProcess({ DOTENV_CONFIG_PATH: dotenvPath }, args, stdin);
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
