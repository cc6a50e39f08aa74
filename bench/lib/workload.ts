import { performance } from 'node:perf_hooks';
import { summarise, round, type LatencySummary } from './stats.js';

export interface WorkloadResult extends LatencySummary {
	readonly concurrency: number;
	readonly perSecond: number;
	readonly failures: number;
	/** The bot's CPU time (user + system) per interaction, in ms, when it was measured. */
	readonly cpuMsPerInteraction?: number;
}

/** Raw timings of one batch of interactions. */
export interface Timings {
	readonly latencies: readonly number[];
	readonly seconds: number;
	readonly failures: number;
	/** The bot process's CPU time over the batch, in ms. */
	readonly cpuMs?: number;
}

export interface BatchOptions {
	readonly count: number;
	readonly concurrency: number;
	/** Index passed to the first interaction (batches of one workload continue where the last stopped). */
	readonly firstIndex?: number;
}

/**
 * Runs `count` interactions with `concurrency` in flight, timing each from the emulator's dispatch to the bot's
 * final reply.
 */
export async function timeBatch(interact: (index: number) => Promise<void>, options: BatchOptions): Promise<Timings> {
	const latencies: number[] = [];
	const startedAt = performance.now();
	const failures = await runPool(interact, options, latencies);
	return { latencies, seconds: (performance.now() - startedAt) / 1000, failures };
}

/** One result from several batches of the same workload and concurrency. */
export function combine(batches: readonly Timings[], concurrency: number): WorkloadResult {
	const latencies = batches.flatMap((batch) => batch.latencies);
	const seconds = batches.reduce((sum, batch) => sum + batch.seconds, 0);
	const cpuMs = batches.every((batch) => batch.cpuMs !== undefined)
		? batches.reduce((sum, batch) => sum + (batch.cpuMs ?? 0), 0)
		: undefined;
	return {
		...summarise(latencies),
		concurrency,
		perSecond: round(latencies.length / seconds, 1),
		failures: batches.reduce((sum, batch) => sum + batch.failures, 0),
		...(cpuMs === undefined ? {} : { cpuMsPerInteraction: round(cpuMs / Math.max(1, latencies.length), 3) }),
	};
}

async function runPool(
	interact: (index: number) => Promise<void>,
	options: BatchOptions,
	latencies: number[],
): Promise<number> {
	const first = options.firstIndex ?? 0;
	let next = first;
	let failures = 0;
	const worker = async () => {
		while (next < first + options.count) {
			const index = next++;
			const started = performance.now();
			try {
				await interact(index);
				latencies.push(performance.now() - started);
			} catch {
				failures++;
			}
		}
	};
	await Promise.all(Array.from({ length: Math.min(options.concurrency, options.count) }, worker));
	return failures;
}
