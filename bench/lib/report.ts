import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { round } from './stats.js';
import type { WorkloadResult } from './workload.js';

export interface RssCurve {
	readonly afterStart: number;
	readonly half: number;
	readonly full: number;
}

export interface StoreRow {
	readonly backend: string;
	readonly setMedianMs: number;
	readonly setP95Ms: number;
	readonly getMedianMs: number;
	readonly getP95Ms: number;
}

/** Our workload at one concurrency, and the bare bot's /ping measured in the rounds alternating with it. */
export interface PairedResult extends WorkloadResult {
	readonly bare: WorkloadResult;
}

export interface BenchResults {
	readonly machine: string;
	readonly date: string;
	readonly interactionsPerWorkload: number;
	/** Rounds alternating the bare bot and ours within each measurement. */
	readonly rounds: number;
	/** Starts of each bot behind the start-to-READY medians. */
	readonly starts: number;
	readonly baseline: { workload: string; results: WorkloadResult[]; startToReadyMs: number; rss: RssCurve };
	readonly ours: {
		workloads: Record<string, PairedResult[]>;
		startToReadyMs: number;
		rss: RssCurve;
		knowledgeLoadMs: number;
		[figure: string]: unknown;
	};
	readonly knowledge: { buildMedianMs: number; firstLoadMs: number; loadMedianMs: number };
	readonly stores: readonly StoreRow[];
}

export function machineDescription(): string {
	const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
	return `${String(os.cpus().length)} × ${cpu}, ${String(Math.round(os.totalmem() / 2 ** 30))} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`;
}

export async function writeResults(directory: string, results: BenchResults): Promise<void> {
	await writeFile(path.join(directory, 'results.json'), `${JSON.stringify(results, null, '\t')}\n`);
	await writeFile(path.join(directory, 'RESULTS.md'), renderMarkdown(results));
}

const ratio = (value: number, base: number) => (base > 0 ? `${round(value / base, 2).toFixed(2)}×` : 'n/a');

function renderMarkdown(results: BenchResults): string {
	const cpu = (row: WorkloadResult) => String(row.cpuMsPerInteraction ?? 'n/a');
	const figures = (row: WorkloadResult) =>
		`${String(row.p50)} | ${String(row.p95)} | ${String(row.p99)} | ${String(row.perSecond)}`;
	const lines = [
		'# Benchmark results',
		'',
		`Run ${results.date} on ${results.machine}. ${String(results.interactionsPerWorkload)} interactions per workload and concurrency, after a warm-up. Latency: from the emulator dispatching INTERACTION_CREATE to the bot's final reply, in ms.`,
		'',
		`Both bots run at once, each as one shard of the same application, and each measurement alternates ${String(results.rounds)} rounds of the bare bot's /ping with ${String(results.rounds)} rounds of our workload. Ratios are to the bare bot's figures from those same rounds (the "bare" columns).`,
		'',
		"CPU ms: the bot process's CPU time (user + system) per interaction, read from /proc over the same rounds.",
		'',
		'| Workload | c | p50 | p95 | p99 | per s | bare p50 | bare per s | p50 vs bare | per s vs bare | CPU ms | bare CPU ms | CPU vs bare | failures |',
		'| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
	];
	for (const row of results.baseline.results) {
		lines.push(
			`| bare bot ${results.baseline.workload}, median of its rounds | ${String(row.concurrency)} | ${figures(row)} | ${String(row.p50)} | ${String(row.perSecond)} | 1.00× | 1.00× | ${cpu(row)} | ${cpu(row)} | 1.00× | ${String(row.failures)} |`,
		);
	}
	for (const [name, rows] of Object.entries(results.ours.workloads)) {
		for (const row of rows) {
			lines.push(
				`| ${name} | ${String(row.concurrency)} | ${figures(row)} | ${String(row.bare.p50)} | ${String(row.bare.perSecond)} | ${ratio(row.p50, row.bare.p50)} | ${ratio(row.perSecond, row.bare.perSecond)} | ${cpu(row)} | ${cpu(row.bare)} | ${ratio(row.cpuMsPerInteraction ?? Number.NaN, row.bare.cpuMsPerInteraction ?? Number.NaN)} | ${String(row.failures)} |`,
			);
		}
	}
	const { baseline, ours } = results;
	lines.push(
		'',
		'| Process figure (RSS: both bots fresh, alternating halves) | bare bot | reasonbot | ratio |',
		'| --- | --- | --- | --- |',
		`| start to READY (ms, median of ${String(results.starts)} starts each) | ${String(baseline.startToReadyMs)} | ${String(ours.startToReadyMs)} | ${ratio(ours.startToReadyMs, baseline.startToReadyMs)} |`,
		`| RSS after start-up (MB) | ${String(baseline.rss.afterStart)} | ${String(ours.rss.afterStart)} | ${ratio(ours.rss.afterStart, baseline.rss.afterStart)} |`,
		`| RSS after half the interactions (MB) | ${String(baseline.rss.half)} | ${String(ours.rss.half)} | ${ratio(ours.rss.half, baseline.rss.half)} |`,
		`| RSS after all interactions (MB) | ${String(baseline.rss.full)} | ${String(ours.rss.full)} | ${ratio(ours.rss.full, baseline.rss.full)} |`,
		'',
		`Knowledge: build ${String(results.knowledge.buildMedianMs)} ms (median), load ${String(ours.knowledgeLoadMs)} ms at bot start-up, ${String(results.knowledge.loadMedianMs)} ms median when warm.`,
		'',
		'| Store | set p50 (ms) | set p95 | get p50 (ms) | get p95 |',
		'| --- | --- | --- | --- | --- |',
		...results.stores.map(
			(row) =>
				`| ${row.backend} | ${String(row.setMedianMs)} | ${String(row.setP95Ms)} | ${String(row.getMedianMs)} | ${String(row.getP95Ms)} |`,
		),
	);
	const extras = Object.entries(ours).filter(
		([key, value]) => typeof value === 'number' && key !== 'startToReadyMs' && key !== 'knowledgeLoadMs',
	);
	if (extras.length) lines.push('', ...extras.map(([key, value]) => `- ${key}: ${String(value)}`));
	return `${lines.join('\n')}\n`;
}
