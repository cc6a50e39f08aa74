/**
 * `npm run bench`: our bot against a bare discord.js bot, both as compiled JavaScript in their own node
 * processes, both driven through the local Discord emulator over loopback. Writes bench/results.json and
 * bench/RESULTS.md. Figures are also given as ratios to the baseline measured in the same run.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SlashCommandBuilder } from 'discord.js';
import { loadCommands } from '../src/core/loadCommands.js';
import { createRegistry } from '../src/core/registry.js';
import { deployCommands } from '../src/deploy/deployCommands.js';
import { startDiscordEmulator } from '../src/emulator/index.js';
import { spawnBot, type BotProcess } from './lib/botProcess.js';
import { benchKnowledge } from './lib/knowledgeBench.js';
import { machineDescription, writeResults, type BenchResults } from './lib/report.js';
import { benchStore } from './lib/storeBench.js';
import { round } from './lib/stats.js';
import { runWorkload, type WorkloadResult } from './lib/workload.js';
import { FakeModelServer } from '../tests/helpers/fakeModelServer.js';
import { FAKE_ANSWER, ourWorkloads, type Workload } from './workloads.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const COUNT = Number(process.env['BENCH_COUNT'] ?? 2_000);
const WARMUP = Math.min(200, COUNT);
const RSS_INTERACTIONS = Number(process.env['BENCH_RSS_COUNT'] ?? 10_000);
const CONCURRENCIES = [1, 64] as const;
// A trial (e.g. BENCH_ONLY=explain,compare) runs only the workloads whose names contain one of the words, skips the
// RSS curves unless BENCH_RSS_COUNT is given, and writes its figures to a temporary folder, not over the committed ones.
const ONLY = (process.env['BENCH_ONLY'] ?? '').split(',').filter((word) => word.length > 0);
const IS_TRIAL = ONLY.length > 0;
const WANTS_RSS = !IS_TRIAL || process.env['BENCH_RSS_COUNT'] !== undefined;

const emulator = await startDiscordEmulator({ replyTimeoutMs: 30_000 });
const guildId = emulator.guilds[0]?.id;
const registry = await loadCommands();
const ping = {
	data: new SlashCommandBuilder().setName('ping').setDescription('Pong'),
	execute: () => Promise.resolve(),
};
await deployCommands(
	createRegistry([
		...[...registry.commands.values()].map((command) => ({ command, origin: command.data.name })),
		{ command: ping, origin: 'ping' },
	]),
	{
		token: emulator.token,
		apiUrl: emulator.apiUrl,
		applicationId: emulator.applicationId,
		guildId,
	},
);
// A local OpenAI-compatible server that answers at once: what /ask costs on our side, not the model's.
const model = await FakeModelServer.start();
model.setDefault({ trace: 'Short thought.', answer: FAKE_ANSWER, shape: 'reasoning_content' });
const directory = await mkdtemp(path.join(tmpdir(), 'reasonbot-bench-'));
const botEnv = (extra: Record<string, string> = {}) => ({
	DISCORD_TOKEN: emulator.token,
	DISCORD_API_URL: emulator.apiUrl,
	CACHE_URL: `sqlite://${path.join(directory, `bot-${String(Date.now())}.sqlite`)}`,
	LOG_LEVEL: 'info',
	LOG_PRETTY: 'false',
	...extra,
});
const startBare = () => spawnBot('dist/bench/bareBot.js', botEnv(), 'bare bot ready', ROOT);
// No per-user limits: the bench asks far more than a study group would.
const ourEnv = {
	OPENAI_BASE_URL: model.url,
	OPENAI_API_KEY: 'bench-key',
	REASONING_MODEL: 'fake-reasoner',
	ASK_COOLDOWN_SECONDS: '0',
	ASK_DAILY_QUOTA: '0',
	GUILD_DAILY_TOKEN_BUDGET: '0',
	QUIZ_ROUND_SECONDS: '3600',
};
const startOurs = () => spawnBot('dist/src/main.js', botEnv(ourEnv), '"msg":"bot ready"', ROOT);

async function measureAll(
	run: (index: number) => Promise<void>,
	count = COUNT,
	concurrencies: readonly number[] = CONCURRENCIES,
): Promise<WorkloadResult[]> {
	const results: WorkloadResult[] = [];
	for (const concurrency of concurrencies) {
		results.push(await runWorkload(run, { count, concurrency, warmup: Math.min(WARMUP, Math.ceil(count / 10)) }));
		emulator.reset();
	}
	return results;
}

/** RSS right after start-up, after half the interactions and after all of them, in a fresh process. */
async function rssCurve(bot: BotProcess, run: (index: number) => Promise<void>) {
	const afterStart = await bot.rssMegabytes();
	await runWorkload(run, { count: RSS_INTERACTIONS / 2, concurrency: 64, warmup: 0 });
	emulator.reset();
	const half = await bot.rssMegabytes();
	await runWorkload(run, { count: RSS_INTERACTIONS / 2, concurrency: 64, warmup: 0 });
	emulator.reset();
	return { afterStart, half, full: await bot.rssMegabytes() };
}

const users = Array.from({ length: 64 }, (_, index) => emulator.user(`bench-${String(index)}`));
const userFor = (index: number) => users[index % users.length] ?? emulator.user('bench');
const pingOnce = async (index: number) => {
	await userFor(index).slash('ping');
};

console.log('baseline: bare discord.js bot');
const bare = await startBare();
const baseline = await measureAll(pingOnce);
await bare.stop();
const NO_RSS = { afterStart: Number.NaN, half: Number.NaN, full: Number.NaN };
let bareRss = NO_RSS;
if (WANTS_RSS) {
	const bareForRss = await startBare();
	bareRss = await rssCurve(bareForRss, pingOnce);
	await bareForRss.stop();
}

const workloads: Record<string, WorkloadResult[]> = {};
const extraFigures: Record<string, number> = {};
const ours = await startOurs();
const knowledgeLoadMs = Number(/"ms":(\d+)[^\n]*"msg":"knowledge loaded"/.exec(ours.output())?.[1] ?? Number.NaN);
const chosen = ourWorkloads(emulator, model, userFor).filter(
	(workload) => !IS_TRIAL || ONLY.some((word) => workload.name.includes(word)),
);
for (const workload of chosen) {
	console.log(`ours: ${workload.name}`);
	await workload.prepare?.();
	const rows = await measureAll(workload.run, workload.runs, workload.concurrencies);
	workloads[workload.name] = rows;
	Object.assign(extraFigures, (await workload.figures?.()) ?? {});
}
await ours.stop();
const mixed: Workload['run'] = async (index) => {
	const user = userFor(index);
	if (index % 3 === 0) await user.slash('explain', { topic: 'cold start' });
	else if (index % 3 === 1) await user.autocomplete('explain', { topic: 'rej' }, 'topic');
	else await user.slash('compare', { first: 'r1', second: 'v3' });
};
let oursRss = NO_RSS;
if (WANTS_RSS) {
	const oursForRss = await startOurs();
	oursRss = await rssCurve(oursForRss, mixed);
	await oursForRss.stop();
}

console.log('stores and knowledge');
const stores = [await benchStore('memory://'), await benchStore(`sqlite://${path.join(directory, 'store.sqlite')}`)];
if (process.env['REDIS_URL']) stores.push(await benchStore(process.env['REDIS_URL']));
const knowledge = await benchKnowledge(ROOT);

const results: BenchResults = {
	machine: machineDescription(),
	date: new Date().toISOString(),
	interactionsPerWorkload: COUNT,
	baseline: {
		workload: '/ping (constant reply)',
		results: baseline,
		startToReadyMs: round(bare.startToReadyMs),
		rss: bareRss,
	},
	ours: { workloads, startToReadyMs: round(ours.startToReadyMs), rss: oursRss, knowledgeLoadMs, ...extraFigures },
	knowledge,
	stores,
};
const outputDirectory = IS_TRIAL
	? await mkdtemp(path.join(tmpdir(), 'reasonbot-bench-trial-'))
	: path.join(ROOT, 'bench');
await writeResults(outputDirectory, results);
await emulator.stop();
await model.close();
await rm(directory, { recursive: true, force: true });
console.log(`wrote ${path.join(outputDirectory, 'results.json')} and RESULTS.md`);
if (IS_TRIAL) console.log(await readFile(path.join(outputDirectory, 'RESULTS.md'), 'utf8'));
