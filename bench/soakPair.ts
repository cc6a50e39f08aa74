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
 * then per bot the median and range from minute 2 and CPU ms per interaction. Not part of `npm run bench`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SlashCommandBuilder } from 'discord.js';
import { loadCommands } from '../src/core/loadCommands.js';
import { createRegistry } from '../src/core/registry.js';
import { deployCommands } from '../src/deploy/deployCommands.js';
import { startDiscordEmulator, type EmulatorGuild } from '../src/emulator/index.js';
import { shardForGuild } from '../src/emulator/snowflake.js';
import { FakeModelServer } from '../tests/helpers/fakeModelServer.js';
import { spawnBot, type BotProcess } from './lib/botProcess.js';
import { startPacer, type Pacer } from './lib/pacer.js';
import { median, round } from './lib/stats.js';
import { soakTraffic } from './soakTraffic.js';
import { FAKE_ANSWER } from './workloads.js';

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

const emulator = await startDiscordEmulator({
	replyTimeoutMs: 30_000,
	guilds: [...variants.map((variant) => ({ name: variant.name })), { name: 'Baseline' }],
});
const guilds = emulator.guilds;
const shardCount = shardCountSeparating(guilds);
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
	{ token: emulator.token, apiUrl: emulator.apiUrl, applicationId: emulator.applicationId },
);
const model = await FakeModelServer.start();
model.setDefault({ trace: 'Short thought.', answer: FAKE_ANSWER, shape: 'reasoning_content' });
const directory = await mkdtemp(path.join(tmpdir(), 'reasonbot-soak-pair-'));

/** What bench/run.ts gives a bot in the soak: its own SQLite file, shard, no per-user limits, 60 s quiz rounds. */
const botEnv = (guild: EmulatorGuild, index: number) => {
	const file = `sqlite://${path.join(directory, `bot-${String(index)}.sqlite`)}`;
	return {
		DISCORD_TOKEN: emulator.token,
		DISCORD_API_URL: emulator.apiUrl,
		CACHE_URL: file,
		DATABASE_URL: file,
		LOG_LEVEL: 'info',
		LOG_PRETTY: 'false',
		SHARDS: JSON.stringify([shardForGuild(guild.id, shardCount)]),
		SHARD_COUNT: String(shardCount),
	};
};
const ourEnv = {
	OPENAI_BASE_URL: model.url,
	OPENAI_API_KEY: 'bench-key',
	REASONING_MODEL: 'fake-reasoner',
	ASK_COOLDOWN_SECONDS: '0',
	ASK_DAILY_QUOTA: '0',
	GUILD_DAILY_TOKEN_BUDGET: '0',
	QUIZ_ROUND_SECONDS: '60',
};

const running: { name: string; bot: BotProcess; guild: EmulatorGuild }[] = [];
for (const [index, variant] of variants.entries()) {
	const guild = guildAt(index);
	const cwd = variant.cwd ?? ROOT;
	const bot = await spawnBot(
		path.join(cwd, 'dist/src/app/main.js'),
		{ ...botEnv(guild, index), ...ourEnv, ...(variant.env ?? {}) },
		'"msg":"bot ready"',
		cwd,
		{ nodeArgs: variant.nodeArgs ?? [], env: {} },
	);
	running.push({ name: variant.name, bot, guild });
}
const bareGuild = guildAt(variants.length);
const bare = await spawnBot(
	path.join(ROOT, 'dist/bench/bareBot.js'),
	botEnv(bareGuild, variants.length),
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
			`${String(round(median(rss) / bareMedian))}x the bare bot's; ${String(count)} interactions, ` +
			`${String(failures)} failed actions, CPU ${String(round(cpuMs / Math.max(1, count)))} ms per interaction`,
	);
}
await Promise.all(running.map(({ bot }) => bot.stop()));
await emulator.stop();
await model.close();
await rm(directory, { recursive: true, force: true });

function guildAt(index: number): EmulatorGuild {
	const guild = guilds[index];
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

/** The smallest shard count that puts every guild on a shard of its own (one bot process per shard). */
function shardCountSeparating(all: readonly EmulatorGuild[]): number {
	for (let count = all.length; count < 256; count++) {
		if (new Set(all.map((guild) => shardForGuild(guild.id, count))).size === all.length) return count;
	}
	throw new Error('no shard count separates the guilds');
}
