import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BotProcess } from './botProcess.js';
import { startPacer } from './pacer.js';
import { round } from './stats.js';

export interface SoakPoint {
	readonly seconds: number;
	readonly bareMb: number;
	readonly oursMb: number;
}

export interface SoakResult {
	readonly minutes: number;
	/** Interactions per second asked of each bot. */
	readonly targetPerSecond: number;
	readonly ours: { readonly interactions: number; readonly failures: number; readonly perSecond: number };
	readonly bare: { readonly interactions: number; readonly failures: number; readonly perSecond: number };
	readonly points: readonly SoakPoint[];
	/** Our RSS growth over the second half of the soak (the bar: at most 5 MB over the last 15 minutes). */
	readonly lastHalfGrowthMb: number;
	readonly bareLastHalfGrowthMb: number;
	/** Our RSS over the bare bot's at the end (bar: at most 1.25). */
	readonly finalRatio: number;
}

export interface SoakOptions {
	readonly minutes: number;
	readonly perSecond: number;
	readonly sampleEveryMs: number;
	readonly bots: { readonly bare: BotProcess; readonly ours: BotProcess };
	/** One of our actions; resolves with the interactions it made. */
	readonly ours: (index: number) => Promise<number>;
	readonly interactionsPerAction: number;
	readonly bare: (index: number) => Promise<void>;
	/** Called with each sample as it is taken (progress, heap snapshots). */
	readonly onSample?: (point: SoakPoint) => Promise<void> | void;
}

/**
 * Both bots under steady traffic at the same interaction rate for `minutes`: ours the mixed traffic, the bare bot
 * /ping, with both RSS read every `sampleEveryMs`.
 */
export async function runSoak(options: SoakOptions): Promise<SoakResult> {
	let interactions = 0;
	const ours = startPacer(
		async (index) => {
			interactions += await options.ours(index);
		},
		{ perSecond: options.perSecond / options.interactionsPerAction, maxInFlight: 64 },
	);
	const bare = startPacer(options.bare, { perSecond: options.perSecond, maxInFlight: 64 });
	const startedAt = performance.now();
	const points: SoakPoint[] = [];
	const sample = async () => {
		const point = {
			seconds: Math.round((performance.now() - startedAt) / 1000),
			bareMb: await options.bots.bare.rssMegabytes(),
			oursMb: await options.bots.ours.rssMegabytes(),
		};
		points.push(point);
		await options.onSample?.(point);
	};
	await sample();
	const endAt = startedAt + options.minutes * 60_000;
	while (performance.now() < endAt) {
		await new Promise((resolve) => setTimeout(resolve, Math.min(options.sampleEveryMs, endAt - performance.now())));
		await sample();
	}
	await Promise.all([ours.stop(), bare.stop()]);
	const seconds = (performance.now() - startedAt) / 1000;
	const growth = (pick: (point: SoakPoint) => number) => {
		const half = points.filter((point) => point.seconds >= (options.minutes * 60) / 2);
		const first = half[0];
		const last = half.at(-1);
		return first && last ? round(pick(last) - pick(first), 1) : Number.NaN;
	};
	const last = points.at(-1);
	return {
		minutes: options.minutes,
		targetPerSecond: options.perSecond,
		ours: { interactions, failures: ours.failures, perSecond: round(interactions / seconds, 1) },
		bare: { interactions: bare.finished, failures: bare.failures, perSecond: round(bare.finished / seconds, 1) },
		points,
		lastHalfGrowthMb: growth((point) => point.oursMb),
		bareLastHalfGrowthMb: growth((point) => point.bareMb),
		finalRatio: last ? round(last.oursMb / last.bareMb, 2) : Number.NaN,
	};
}

/** Where the hand-written analysis of SOAK.md starts: everything from this heading on is kept by each run. */
const NOTES_HEADING = '## Where the memory goes';

export async function writeSoakResults(directory: string, result: SoakResult, machine: string): Promise<void> {
	await writeFile(path.join(directory, 'soak.json'), `${JSON.stringify(result, null, '\t')}\n`);
	const verdict = (ok: boolean) => (ok ? 'holds' : 'does not hold');
	const lines = [
		'# Soak: memory under mixed traffic',
		'',
		`Run on ${machine}: ${String(result.minutes)} minutes, both bots at once at ${String(result.targetPerSecond)} interactions per second each. Ours: every command, quiz answer clicks, /ask cache hits and misses (instant local model) with Show reasoning, autocomplete keystrokes; quiz rounds of 60 s. The bare bot: /ping. RSS read from /proc every sample.`,
		'',
		`Ours: ${String(result.ours.interactions)} interactions (${String(result.ours.perSecond)}/s), ${String(result.ours.failures)} failed actions. Bare: ${String(result.bare.interactions)} (${String(result.bare.perSecond)}/s), ${String(result.bare.failures)} failed.`,
		'',
		`- Growth over the second half: ours ${String(result.lastHalfGrowthMb)} MB, bare ${String(result.bareLastHalfGrowthMb)} MB (bar: ≤ 5 MB over the last 15 of 30 minutes: ${verdict(result.lastHalfGrowthMb <= 5)})`,
		`- RSS at the end: ${String(result.finalRatio)}× the bare bot's (bar: ≤ 1.25×: ${verdict(result.finalRatio <= 1.25)})`,
		'',
		'| minute | ours RSS (MB) | bare RSS (MB) | ratio |',
		'| --- | --- | --- | --- |',
		...result.points.map(
			(point) =>
				`| ${(point.seconds / 60).toFixed(1)} | ${String(point.oursMb)} | ${String(point.bareMb)} | ${(point.oursMb / point.bareMb).toFixed(2)}× |`,
		),
	];
	const file = path.join(directory, 'SOAK.md');
	// The analysis (what the memory is, what was cut) is written by hand below NOTES_HEADING and kept across runs.
	const previous = await readFile(file, 'utf8').catch(() => '');
	const notesAt = previous.indexOf(NOTES_HEADING);
	const notes = notesAt >= 0 ? ['', previous.slice(notesAt).trimEnd()] : [];
	await writeFile(file, `${[...lines, ...notes].join('\n')}\n`);
}
