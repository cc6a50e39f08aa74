import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { testDatabaseUrl } from './database.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface NodeProcess {
	readonly child: ChildProcess;
	/** stdout and stderr so far, interleaved. */
	readonly output: () => string;
	readonly exited: Promise<number | null>;
	/** Resolves once the output contains `text` (checked every 50 ms); rejects with the output after `timeoutMs`. */
	waitForOutput(text: string, timeoutMs?: number): Promise<void>;
	/** JSON log lines printed so far (other lines are ignored). */
	logLines(): readonly Record<string, unknown>[];
}

/** Runs a TypeScript entry point with tsx in a clean environment (no .env), from the project root. */
export function spawnTs(script: string, env: Readonly<Record<string, string>>): NodeProcess {
	const child = spawn(process.execPath, ['--import', 'tsx', script], {
		cwd: ROOT,
		env: {
			PATH: process.env['PATH'],
			DOTENV_CONFIG_PATH: '/nonexistent/.env',
			LOG_PRETTY: 'false',
			...env,
			// Never ./data/reasonbot.sqlite of the working tree: the CACHE_URL's file, or a private in-memory one.
			DATABASE_URL: testDatabaseUrl(env),
		},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	const append = (chunk: Buffer) => {
		output += chunk.toString();
	};
	child.stdout.on('data', append);
	child.stderr.on('data', append);
	const exited = new Promise<number | null>((resolve) => {
		child.once('exit', resolve);
	});
	return {
		child,
		output: () => output,
		exited,
		async waitForOutput(text, timeoutMs = 20_000) {
			const startedAt = Date.now();
			while (!output.includes(text)) {
				if (Date.now() - startedAt > timeoutMs) throw new Error(`never printed "${text}":\n${output}`);
				if (child.exitCode !== null) throw new Error(`exited ${child.exitCode} before printing "${text}":\n${output}`);
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
		},
		logLines() {
			return output
				.split('\n')
				.filter((line) => line.startsWith('{'))
				.flatMap((line) => {
					try {
						return [JSON.parse(line) as Record<string, unknown>];
					} catch {
						return [];
					}
				});
		},
	};
}

/** SIGTERM, then waits for the exit code; SIGKILL if it has not exited within `graceMs`. */
export async function stopProcess(processHandle: NodeProcess, graceMs = 15_000): Promise<number | null> {
	if (processHandle.child.exitCode !== null) return processHandle.child.exitCode;
	processHandle.child.kill('SIGTERM');
	const timer = setTimeout(() => processHandle.child.kill('SIGKILL'), graceMs);
	try {
		return await processHandle.exited;
	} finally {
		clearTimeout(timer);
	}
}

export interface MainRun {
	readonly code: number | null;
	readonly stdout: string;
	readonly stderr: string;
}

/**
 * Runs src/app/main.ts as `npm start` would (minus the build), to its exit: exactly `env` (with PATH), the
 * arguments, and `stdin` written then closed.
 */
export async function runMain(
	env: Readonly<Record<string, string>>,
	args: readonly string[] = [],
	stdin = '',
): Promise<MainRun> {
	const child = spawn(process.execPath, ['--import', 'tsx', 'src/app/main.ts', ...args], {
		cwd: ROOT,
		env: { PATH: process.env['PATH'], ...env },
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

/** Resolves with the exit code, or rejects (with the output) when the process is still alive after `ms`. */
export async function exitWithin(running: NodeProcess, ms: number): Promise<number | null> {
	let timer: NodeJS.Timeout | undefined;
	const alive = new Promise<never>((_resolve, reject) => {
		timer = setTimeout(() => {
			reject(new Error(`still running ${ms} ms after the close:\n${running.output()}`));
		}, ms);
	});
	try {
		return await Promise.race([running.exited, alive]);
	} finally {
		clearTimeout(timer);
	}
}
