import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
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

/** Spawns a bot with node (compiled JavaScript, as in production) and waits for its ready line. */
export async function spawnBot(
	script: string,
	env: Readonly<Record<string, string>>,
	readyText: string,
	cwd: string,
): Promise<BotProcess> {
	const startedAt = performance.now();
	// e.g. BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/profiles" to profile the bots under load.
	const nodeArgs = (process.env['BENCH_NODE_ARGS'] ?? '').split(' ').filter((arg) => arg.length > 0);
	const child = spawn(process.execPath, [...nodeArgs, script], {
		cwd,
		env: { PATH: process.env['PATH'] ?? '', ...env },
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
