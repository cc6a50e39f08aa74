/**
 * `npm run bench`: our bot against a bare discord.js bot, both as compiled JavaScript in their own node
 * processes, both driven through the local Discord emulator over loopback. Writes bench/results.json and
 * bench/RESULTS.md. Figures are also given as ratios to the baseline measured in the same run.
 *
 * These machines are noisy over time, so the two bots run side by side: each is one shard of the same application
 * (the emulator routes each guild's interactions to its shard), and every measurement alternates rounds of the
 * bare bot's /ping with rounds of our workload, so each ratio compares figures taken minutes, not moments, apart.
 */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EmulatorGuild } from '../src/emulator/index.js';
import { startBenchServices } from './lib/benchServices.js';
import { npmStartLaunch, spawnBot, type BotProcess } from './lib/botProcess.js';
import { benchKnowledge } from './lib/knowledgeBench.js';
import { machineDescription, writeResults, type BenchResults, type PairedResult, type RssCurve } from './lib/report.js';
import { benchStore } from './lib/storeBench.js';
import { median, round } from './lib/stats.js';
import { combine, timeBatch, type BatchOptions, type Timings, type WorkloadResult } from './lib/workload.js';
import { ourWorkloads, type Workload } from './workloads.js';
import { learnerScaleFigures, learnerWorkloads } from './learnerWorkloads.js';
import { pictureWorkloads } from './pictureWorkloads.js';
import { runSoak, writeSoakResults, type SoakResult } from './lib/soak.js';
import { soakTraffic } from './soakTraffic.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const COUNT = Number(process.env['BENCH_COUNT'] ?? 2_000);
const WARMUP = Math.min(200, COUNT);
const ROUNDS = 10;
const RSS_INTERACTIONS = Number(process.env['BENCH_RSS_COUNT'] ?? 10_000);
const CONCURRENCIES = [1, 64] as const;
// A trial (e.g. BENCH_ONLY=explain,compare) runs only the workloads whose names contain one of the words, skips the
// RSS curves unless BENCH_RSS_COUNT is given, and writes its figures to a temporary folder, not over the committed ones.
const ONLY = (process.env['BENCH_ONLY'] ?? '').split(',').filter((word) => word.length > 0);
const IS_TRIAL = ONLY.length > 0;
const WANTS_RSS = !IS_TRIAL || process.env['BENCH_RSS_COUNT'] !== undefined;
// The soak (mixed traffic beside the bare bot's /ping, RSS every 30 s): part of a full run, or BENCH_ONLY=soak.
const WANTS_SOAK = !IS_TRIAL || ONLY.includes('soak');
const SOAK_MINUTES = Number(process.env['BENCH_SOAK_MINUTES'] ?? 30);
const SOAK_PER_SECOND = Number(process.env['BENCH_SOAK_RATE'] ?? 9);
// e.g. 10 with BENCH_NODE_ARGS="--heapsnapshot-signal=SIGUSR2 --diagnostic-dir=/tmp/heaps": a heap snapshot of our
// bot every 10th sample, to name what grows.
const SOAK_SNAPSHOT_EVERY = Number(process.env['BENCH_SOAK_SNAPSHOT_EVERY'] ?? 0);

// Our bot serves the first guild (where the emulator's users act by default), the bare bot the second.
const services = await startBenchServices(['Study Group', 'Baseline'], 'reasonbot-bench-');
const { emulator, model, directory } = services;
const [ourGuild, bareGuild] = services.guilds as [EmulatorGuild, EmulatorGuild];
const botEnv = services.botEnv;
// Our bot gets the node flags and environment `npm start` gives it; the bare bot is plain `node bareBot.js`.
const ourLaunch = await npmStartLaunch(ROOT);
// Every start counts towards the start-to-READY medians.
const startToReady = { bare: [] as number[], ours: [] as number[] };
// Where the latest start of our bot keeps its learner data (the learner workloads seed it).
let ourDatabaseUrl = '';
async function start(which: 'bare' | 'ours'): Promise<BotProcess> {
	const ours = botEnv(ourGuild, ourEnv);
	if (which === 'ours') ourDatabaseUrl = ours.DATABASE_URL;
	const bot =
		which === 'bare'
			? await spawnBot('dist/bench/bareBot.js', botEnv(bareGuild), 'bare bot ready', ROOT)
			: await spawnBot('dist/src/app/main.js', ours, '"msg":"bot ready"', ROOT, ourLaunch);
	startToReady[which].push(bot.startToReadyMs);
	return bot;
}
const ourEnv = services.ourEnv(3600);

const ourUsers = Array.from({ length: 64 }, (_, index) => emulator.user(`bench-${String(index)}`));
const bareUsers = Array.from({ length: 64 }, (_, index) =>
	emulator.user(`bare-${String(index)}`, { guildId: bareGuild.id }),
);
const userFor = (index: number) => ourUsers[index % ourUsers.length] ?? emulator.user('bench');
const pingOnce = async (index: number) => {
	await (bareUsers[index % bareUsers.length] ?? emulator.user('bare', { guildId: bareGuild.id })).slash('ping');
};

/** A batch of interactions, with the CPU time the bot answering them used meanwhile. */
async function timeBot(bot: BotProcess, interact: (index: number) => Promise<void>, batch: BatchOptions) {
	const before = await bot.cpuMilliseconds();
	const timings = await timeBatch(interact, batch);
	return { ...timings, cpuMs: (await bot.cpuMilliseconds()) - before };
}

/** Alternates ROUNDS batches of the bare bot's /ping with ROUNDS batches of `run`, after a warm-up of each. */
async function measurePaired(
	bots: { readonly bare: BotProcess; readonly ours: BotProcess },
	run: (index: number) => Promise<void>,
	count = COUNT,
	concurrencies: readonly number[] = CONCURRENCIES,
	beforeBatch: (count: number) => Promise<void> = () => Promise.resolve(),
): Promise<PairedResult[]> {
	const rows: PairedResult[] = [];
	for (const concurrency of concurrencies) {
		const warmup = Math.min(WARMUP, Math.ceil(count / 10));
		await timeBatch(pingOnce, { count: warmup, concurrency });
		await beforeBatch(warmup);
		await timeBatch(run, { count: warmup, concurrency });
		const bare: Timings[] = [];
		const ours: Timings[] = [];
		const perRound = Math.ceil(count / ROUNDS);
		for (let round = 0; round < ROUNDS; round++) {
			const batch = { count: Math.min(perRound, count - round * perRound), concurrency, firstIndex: round * perRound };
			bare.push(await timeBot(bots.bare, pingOnce, batch));
			await beforeBatch(batch.count);
			ours.push(await timeBot(bots.ours, run, batch));
			emulator.reset();
		}
		rows.push({ ...combine(ours, concurrency), bare: combine(bare, concurrency) });
	}
	return rows;
}

/** RSS of both bots, fresh, right after start-up and after each half of the interactions (alternating bots). */
async function rssCurves(run: Workload['run']): Promise<{ bare: RssCurve; ours: RssCurve }> {
	const bareBot = await start('bare');
	const ourBot = await start('ours');
	const bare = { afterStart: await bareBot.rssMegabytes(), half: 0, full: 0 };
	const ours = { afterStart: await ourBot.rssMegabytes(), half: 0, full: 0 };
	for (const point of ['half', 'full'] as const) {
		const firstIndex = point === 'half' ? 0 : RSS_INTERACTIONS / 2;
		await timeBatch(pingOnce, { count: RSS_INTERACTIONS / 2, concurrency: 64, firstIndex });
		bare[point] = await bareBot.rssMegabytes();
		await timeBatch(run, { count: RSS_INTERACTIONS / 2, concurrency: 64, firstIndex });
		ours[point] = await ourBot.rssMegabytes();
		emulator.reset();
	}
	await bareBot.stop();
	await ourBot.stop();
	return { bare, ours };
}

console.log('both bots: start-up');
// Start-up is short and noisy: a few extra starts of each, alternating, before the two that stay up.
const EXTRA_STARTS = 5;
for (let index = 0; index < EXTRA_STARTS; index++) {
	await (await start('bare')).stop();
	await (await start('ours')).stop();
}
const bareBot = await start('bare');
const ourBot = await start('ours');
// Both bots' code paths reach the optimising compiler before anything is measured: without this the bare bot's
// first workload ran at up to twice its later CPU cost per interaction.
const WARM_UP_INTERACTIONS = 3_000;
const mixed: Workload['run'] = async (index) => {
	const user = userFor(index);
	if (index % 3 === 0) await user.slash('explain', { topic: 'cold start' });
	else if (index % 3 === 1) await user.autocomplete('explain', { topic: 'rej' }, 'topic');
	else await user.slash('compare', { first: 'r1', second: 'v3' });
};
await timeBatch(pingOnce, { count: WARM_UP_INTERACTIONS, concurrency: 8 });
await timeBatch(mixed, { count: WARM_UP_INTERACTIONS, concurrency: 8 });
emulator.reset();
const knowledgeLoadMs = Number(/"ms":(\d+)[^\n]*"msg":"knowledge loaded"/.exec(ourBot.output())?.[1] ?? Number.NaN);
const workloads: Record<string, PairedResult[]> = {};
const extraFigures: Record<string, number> = {};
const learners = learnerWorkloads({ emulator, guildId: ourGuild.id, databaseUrl: () => ourDatabaseUrl });
const chosen = [...ourWorkloads(emulator, model, userFor), ...learners, ...pictureWorkloads(userFor)].filter(
	(workload) => !IS_TRIAL || ONLY.some((word) => workload.name.includes(word)),
);
for (const workload of chosen) {
	console.log(`ours vs bare: ${workload.name}`);
	await workload.prepare?.();
	workloads[workload.name] = await measurePaired(
		{ bare: bareBot, ours: ourBot },
		workload.run,
		workload.runs,
		workload.concurrencies,
		workload.beforeBatch,
	);
	Object.assign(extraFigures, (await workload.figures?.()) ?? {});
}
Object.assign(extraFigures, learnerScaleFigures(workloads));
await Promise.all([bareBot.stop(), ourBot.stop()]);

const NO_RSS: RssCurve = { afterStart: Number.NaN, half: Number.NaN, full: Number.NaN };
let rss = { bare: NO_RSS, ours: NO_RSS };
if (WANTS_RSS) {
	console.log('both bots: RSS');
	rss = await rssCurves(mixed);
}

let soak: SoakResult | undefined;
const soakDirectory = IS_TRIAL ? await mkdtemp(path.join(tmpdir(), 'reasonbot-bench-soak-')) : path.join(ROOT, 'bench');
if (WANTS_SOAK) {
	console.log(`both bots: soak, ${String(SOAK_MINUTES)} minutes at ${String(SOAK_PER_SECOND)} interactions/s each`);
	soak = await soakBoth();
	// Written at once: the soak is half an hour, and a later step failing must not lose it.
	await writeSoakResults(soakDirectory, soak, machineDescription());
	console.log(`wrote ${path.join(soakDirectory, 'soak.json')} and SOAK.md`);
}

console.log('stores and knowledge');
const stores = [await benchStore('memory://'), await benchStore(`sqlite://${path.join(directory, 'store.sqlite')}`)];
if (process.env['REDIS_URL']) stores.push(await benchStore(process.env['REDIS_URL']));
const knowledge = await benchKnowledge(ROOT);

const baselineRows: WorkloadResult[] = CONCURRENCIES.map((concurrency) => {
	const pairs = Object.values(workloads).flatMap((rows) => rows.filter((row) => row.concurrency === concurrency));
	return { ...medianOf(pairs.map((row) => row.bare)), concurrency };
});
const results: BenchResults = {
	machine: machineDescription(),
	date: new Date().toISOString(),
	interactionsPerWorkload: COUNT,
	rounds: ROUNDS,
	starts: startToReady.bare.length,
	baseline: {
		workload: '/ping (constant reply)',
		results: baselineRows,
		startToReadyMs: round(median(startToReady.bare)),
		rss: rss.bare,
	},
	ours: {
		workloads,
		startToReadyMs: round(median(startToReady.ours)),
		rss: rss.ours,
		knowledgeLoadMs,
		...extraFigures,
	},
	knowledge,
	stores,
};
const outputDirectory = IS_TRIAL
	? await mkdtemp(path.join(tmpdir(), 'reasonbot-bench-trial-'))
	: path.join(ROOT, 'bench');
await writeResults(outputDirectory, results);
await services.stop();
console.log(`wrote ${path.join(outputDirectory, 'results.json')} and RESULTS.md`);
if (IS_TRIAL) console.log(await readFile(path.join(outputDirectory, 'RESULTS.md'), 'utf8'));
if (IS_TRIAL && soak) console.log(await readFile(path.join(soakDirectory, 'SOAK.md'), 'utf8'));

/** Both bots fresh, under the soak's steady traffic; quiz rounds last 60 s as in production, so they end during it. */
async function soakBoth(): Promise<SoakResult> {
	const ourEnvSoak = services.ourEnv(60);
	const ours = await spawnBot(
		'dist/src/app/main.js',
		botEnv(ourGuild, ourEnvSoak),
		'"msg":"bot ready"',
		ROOT,
		ourLaunch,
	);
	const bare = await spawnBot('dist/bench/bareBot.js', botEnv(bareGuild), 'bare bot ready', ROOT);
	const traffic = soakTraffic(userFor, emulator.user('owner'));
	await traffic.askOnce();
	let samples = 0;
	const result = await runSoak({
		minutes: SOAK_MINUTES,
		perSecond: SOAK_PER_SECOND,
		sampleEveryMs: 30_000,
		bots: { bare, ours },
		ours: traffic.action,
		interactionsPerAction: traffic.interactionsPerAction,
		bare: pingOnce,
		onSample: (point) => {
			console.log(
				`  ${(point.seconds / 60).toFixed(1)} min: ours ${String(point.oursMb)} MB, bare ${String(point.bareMb)} MB`,
			);
			if (SOAK_SNAPSHOT_EVERY > 0 && samples++ % SOAK_SNAPSHOT_EVERY === 0) ours.child.kill('SIGUSR2');
		},
	});
	await Promise.all([bare.stop(), ours.stop()]);
	return result;
}

/** Per field, the median over the paired baselines of every workload (the summary row of the bare bot). */
function medianOf(rows: readonly WorkloadResult[]): Omit<WorkloadResult, 'concurrency'> {
	const field = (pick: (row: WorkloadResult) => number) => median(rows.map(pick));
	return {
		count: rows.reduce((sum, row) => sum + row.count, 0),
		p50: field((row) => row.p50),
		p95: field((row) => row.p95),
		p99: field((row) => row.p99),
		mean: field((row) => row.mean),
		perSecond: field((row) => row.perSecond),
		failures: rows.reduce((sum, row) => sum + row.failures, 0),
		cpuMsPerInteraction: field((row) => row.cpuMsPerInteraction ?? Number.NaN),
	};
}
