import { performance } from 'node:perf_hooks';
import { summarise, round, type LatencySummary } from './stats.js';

export interface WorkloadResult extends LatencySummary {
	readonly concurrency: number;
	readonly perSecond: number;
	readonly failures: number;
}

/**
 * Runs `count` interactions (after `warmup` unmeasured ones) with `concurrency` in flight, timing each from
 * the emulator's dispatch to the bot's final reply.
 */
export async function runWorkload(
	interact: (index: number) => Promise<void>,
	options: { readonly count: number; readonly concurrency: number; readonly warmup: number },
): Promise<WorkloadResult> {
	await runPool(interact, options.warmup, options.concurrency, []);
	const latencies: number[] = [];
	const startedAt = performance.now();
	const failures = await runPool(interact, options.count, options.concurrency, latencies);
	const seconds = (performance.now() - startedAt) / 1000;
	return {
		...summarise(latencies),
		concurrency: options.concurrency,
		perSecond: round(latencies.length / seconds, 1),
		failures,
	};
}

async function runPool(
	interact: (index: number) => Promise<void>,
	count: number,
	concurrency: number,
	latencies: number[],
): Promise<number> {
	let next = 0;
	let failures = 0;
	const worker = async () => {
		while (next < count) {
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
	await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
	return failures;
}
