import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

export interface BotProcess {
	readonly child: ChildProcess;
	/** Milliseconds from spawn to the bot saying it is ready. */
	readonly startToReadyMs: number;
	/** Everything printed up to the ready line. */
	output(): string;
	rssMegabytes(): Promise<number>;
	/** CPU time (user + system) the process has used so far, in ms (10 ms resolution). */
	cpuMilliseconds(): Promise<number>;
	stop(): Promise<void>;
}

/** Linux reports CPU times in clock ticks, 100 per second. */
const TICK_MS = 10;

/** How a bot is started besides its script: node's flags and the environment the start command sets. */
export interface Launch {
	readonly nodeArgs: readonly string[];
	readonly env: Readonly<Record<string, string>>;
}

/** The bare bot's: plain `node script`. */
export const PLAIN_LAUNCH: Launch = { nodeArgs: [], env: {} };

/**
 * How `npm start` runs our bot (package.json's start script after its build step, `NAME=value … node --flag …
 * dist/src/app/main.js`), so the bench measures what users run. A start command of another form stops the bench
 * rather than have it measure something else.
 */
export async function npmStartLaunch(root: string): Promise<Launch> {
	const manifest = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as {
		scripts?: Record<string, string>;
	};
	const command = (manifest.scripts?.['start'] ?? '').split('&&').at(-1)?.trim() ?? '';
	const match = /^((?:[A-Z_]+=\S+\s+)*)node((?:\s+--\S+)*)\s+dist\/src\/app\/main\.js$/.exec(command);
	if (!match) throw new Error(`npm start runs "${command}": the bench does not know how that starts the bot`);
	const words = (text: string | undefined) => (text ?? '').split(/\s+/).filter((word) => word.length > 0);
	return {
		nodeArgs: words(match[2]),
		env: Object.fromEntries(
			words(match[1]).map((word) => [word.slice(0, word.indexOf('=')), word.slice(word.indexOf('=') + 1)]),
		),
	};
}

/** Spawns a bot with node (compiled JavaScript, as in production) and waits for its ready line. */
export async function spawnBot(
	script: string,
	env: Readonly<Record<string, string>>,
	readyText: string,
	cwd: string,
	launch: Launch = PLAIN_LAUNCH,
): Promise<BotProcess> {
	const startedAt = performance.now();
	// e.g. BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/profiles" to profile the bots under load.
	const benchArgs = (process.env['BENCH_NODE_ARGS'] ?? '').split(' ').filter((arg) => arg.length > 0);
	const child = spawn(process.execPath, [...launch.nodeArgs, ...benchArgs, script], {
		cwd,
		env: { PATH: process.env['PATH'] ?? '', ...launch.env, ...env },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	const exited = new Promise<void>((resolve) => {
		child.once('exit', () => {
			resolve();
		});
	});
	const startToReadyMs = await new Promise<number>((resolve, reject) => {
		const onData = (chunk: Buffer) => {
			output += chunk.toString();
			if (!output.includes(readyText)) return;
			// Stop collecting: the bot logs a line per interaction, and scanning an ever-growing string on every chunk
			// would slow this process (and so every measured latency) more and more as the run goes on.
			child.stdout.off('data', onData);
			child.stderr.off('data', onData);
			resolve(performance.now() - startedAt);
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', onData);
		child.once('exit', (code) => {
			reject(new Error(`${script} exited (${String(code)}) before ready:\n${output}`));
		});
	});
	// e.g. BENCH_BOT_OUTPUT_DIR=/tmp/out with BENCH_NODE_ARGS=--trace-gc-nvp: each bot's whole output kept in a file.
	const outputDirectory = process.env['BENCH_BOT_OUTPUT_DIR'];
	if (outputDirectory) {
		const file = createWriteStream(path.join(outputDirectory, `${path.basename(script)}-${String(child.pid)}.log`));
		file.write(output);
		child.stdout.pipe(file, { end: false });
		child.stderr.pipe(file, { end: false });
	}
	child.stdout.resume();
	child.stderr.resume();
	return {
		child,
		startToReadyMs,
		output: () => output,
		async rssMegabytes() {
			const status = await readFile(`/proc/${String(child.pid)}/status`, 'utf8');
			const kilobytes = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
			return Math.round((kilobytes / 1024) * 10) / 10;
		},
		async cpuMilliseconds() {
			// Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
			const stat = await readFile(`/proc/${String(child.pid)}/stat`, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
		},
		async stop() {
			child.kill('SIGTERM');
			await exited;
		},
	};
}
