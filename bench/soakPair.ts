/**
 * Variants of our bot side by side under the soak's mixed traffic, the bare bot's /ping beside them, all at once:
 * the same minutes of the same machine, so a difference between variants is not the machine's load changing
 * between two runs (8-minute soaks of one build, run one after another, differ by up to 8 MB in their medians).
 *
 *   npm run build && SOAK_PAIR_VARIANTS='[{"name":"now"},{"name":"arena2","env":{"MALLOC_ARENA_MAX":"2"}},
 *     {"name":"old","cwd":"/tmp/mem-ab"}]' flock /work/notes/bench.lock npx tsx bench/soakPair.ts
 *
 * A variant is a name, optionally a checkout with its own build (cwd: `git worktree add`, then `npm run build`
 * there), node flags and environment. Each bot gets its own guild, shard and SQLite file. Prints RSS every 30 s,
 * then per bot the median and range from minute 2, the growth over the second half (the bar) and CPU ms per
 * interaction. Not part of `npm run bench`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EmulatorGuild } from '../src/emulator/index.js';
import { startBenchServices } from './lib/benchServices.js';
import { spawnBot, type BotProcess } from './lib/botProcess.js';
import { startPacer, type Pacer } from './lib/pacer.js';
import { median, round } from './lib/stats.js';
import { soakTraffic } from './soakTraffic.js';

interface Variant {
	readonly name: string;
	/** A checkout with its own dist/ (default: this one). */
	readonly cwd?: string;
	readonly nodeArgs?: readonly string[];
	readonly env?: Readonly<Record<string, string>>;
}

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const variants = JSON.parse(process.env['SOAK_PAIR_VARIANTS'] ?? '[{"name":"ours"}]') as Variant[];
const MINUTES = Number(process.env['SOAK_PAIR_MINUTES'] ?? 8);
const PER_SECOND = Number(process.env['SOAK_PAIR_RATE'] ?? 9);
const SAMPLE_EVERY_MS = 30_000;
/** The first minutes are start-up and V8 sizing its heap: medians are taken from here on. */
const STEADY_FROM_MINUTE = 2;
const USERS_PER_BOT = 64;

const services = await startBenchServices(
	[...variants.map((variant) => variant.name), 'Baseline'],
	'reasonbot-soak-pair-',
);
const { emulator } = services;
// As bench/run.ts's soak has it: 60 s quiz rounds, as in production, so rounds end during the run.
const ourEnv = services.ourEnv(60);

const running: { name: string; bot: BotProcess; guild: EmulatorGuild }[] = [];
for (const [index, variant] of variants.entries()) {
	const guild = guildAt(index);
	const cwd = variant.cwd ?? ROOT;
	const bot = await spawnBot(
		path.join(cwd, 'dist/src/app/main.js'),
		services.botEnv(guild, { ...ourEnv, ...(variant.env ?? {}) }),
		'"msg":"bot ready"',
		cwd,
		{ nodeArgs: variant.nodeArgs ?? [], env: {} },
	);
	running.push({ name: variant.name, bot, guild });
}
const bareGuild = guildAt(variants.length);
const bare = await spawnBot(
	path.join(ROOT, 'dist/bench/bareBot.js'),
	services.botEnv(bareGuild),
	'bare bot ready',
	ROOT,
);
running.push({ name: 'bare', bot: bare, guild: bareGuild });

const interactions = running.map(() => 0);
const pacers: Pacer[] = [];
for (const [index, { guild }] of running.slice(0, -1).entries()) {
	const users = usersOf(guild, `bot${String(index)}`);
	const traffic = soakTraffic((at) => pick(users, at), emulator.user(`owner-${String(index)}`, { guildId: guild.id }));
	await traffic.askOnce();
	const action = async (at: number) => {
		interactions[index] = (interactions[index] ?? 0) + (await traffic.action(at));
	};
	pacers.push(startPacer(action, { perSecond: PER_SECOND / traffic.interactionsPerAction, maxInFlight: 64 }));
}
const bareUsers = usersOf(bareGuild, 'bare');
const bareIndex = running.length - 1;
pacers.push(
	startPacer(
		async (at) => {
			await pick(bareUsers, at).slash('ping');
			interactions[bareIndex] = (interactions[bareIndex] ?? 0) + 1;
		},
		{ perSecond: PER_SECOND, maxInFlight: 64 },
	),
);

const cpuAtStart = await Promise.all(running.map(({ bot }) => bot.cpuMilliseconds()));
const samples: { minute: number; rss: number[] }[] = [];
const startedAt = performance.now();
const endAt = startedAt + MINUTES * 60_000;
for (;;) {
	const rss = await Promise.all(running.map(({ bot }) => bot.rssMegabytes()));
	const minute = (performance.now() - startedAt) / 60_000;
	samples.push({ minute, rss });
	console.log(`${minute.toFixed(1)} min: ${running.map(({ name }, i) => `${name} ${String(rss[i])}`).join(', ')} MB`);
	if (performance.now() >= endAt) break;
	await new Promise((resolve) => setTimeout(resolve, Math.min(SAMPLE_EVERY_MS, endAt - performance.now())));
}
const cpuAtEnd = await Promise.all(running.map(({ bot }) => bot.cpuMilliseconds()));
await Promise.all(pacers.map((pacer) => pacer.stop()));

console.log(`\nfrom minute ${String(STEADY_FROM_MINUTE)}, ${String(PER_SECOND)} interactions/s asked of each bot:`);
const steady = samples.filter((sample) => sample.minute >= STEADY_FROM_MINUTE);
const bareMedian = median(steady.map((sample) => sample.rss[bareIndex] ?? Number.NaN));
for (const [index, { name }] of running.entries()) {
	const rss = steady.map((sample) => sample.rss[index] ?? Number.NaN);
	const count = interactions[index] ?? 0;
	const cpuMs = (cpuAtEnd[index] ?? 0) - (cpuAtStart[index] ?? 0);
	const failures = pacers[index]?.failures ?? 0;
	console.log(
		`${name}: RSS median ${String(median(rss))} MB (${String(Math.min(...rss))}-${String(Math.max(...rss))}), ` +
			`${String(round(median(rss) / bareMedian))}x the bare bot's; growth over the second half ` +
			`${String(secondHalfGrowth(index))} MB; ${String(count)} interactions, ` +
			`${String(failures)} failed actions, CPU ${String(round(cpuMs / Math.max(1, count)))} ms per interaction`,
	);
}
await Promise.all(running.map(({ bot }) => bot.stop()));
await services.stop();

/** As bench/lib/soak.ts counts it for the bar: the last sample less the first one from half-way on. */
function secondHalfGrowth(index: number): number {
	const half = samples.filter((sample) => sample.minute >= MINUTES / 2);
	const first = half[0]?.rss[index];
	const last = half.at(-1)?.rss[index];
	return first === undefined || last === undefined ? Number.NaN : round(last - first, 1);
}

function guildAt(index: number): EmulatorGuild {
	const guild = services.guilds[index];
	if (!guild) throw new Error(`no guild ${String(index)}`);
	return guild;
}

function usersOf(guild: EmulatorGuild, prefix: string) {
	return Array.from({ length: USERS_PER_BOT }, (_, index) =>
		emulator.user(`${prefix}-${String(index)}`, { guildId: guild.id }),
	);
}

function pick<T>(list: readonly T[], index: number): T {
	const item = list[index % list.length];
	if (item === undefined) throw new Error('empty list');
	return item;
}
