/**
 * What each kind of the soak's traffic makes our bot allocate, per interaction, beside the bare bot's /ping: V8
 * keeps its young generation small only while a process allocates under about 1 MB/s (1000 bytes/ms, V8's "low
 * allocation throughput"), and at the soak's 9 interactions/s that is about 110 KB an interaction on average.
 *
 *   npm run build && flock /work/notes/bench.lock npx tsx bench/soakAllocation.ts
 *   SOAK_ALLOCATION_CHECKOUT=/tmp/other-worktree flock /work/notes/bench.lock npx tsx bench/soakAllocation.ts
 *
 * Both bots get bench/lib/allocationPreload.ts's preload (V8's sampling heap profiler, collected objects counted too). After
 * a warm-up of the whole mix, each kind runs alone for SOAK_ALLOCATION_SECONDS (default 20); what the bot
 * allocates while idle for as long (measured last, after a quiet spell) is taken off. Not part of `npm run bench`.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EmulatorGuild } from '../src/emulator/index.js';
import { writeAllocationPreload } from './lib/allocationPreload.js';
import { startBenchServices } from './lib/benchServices.js';
import { spawnBot, type BotProcess } from './lib/botProcess.js';
import { startPacer } from './lib/pacer.js';
import { round } from './lib/stats.js';
import { soakTraffic } from './soakTraffic.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** A checkout with its own build to measure (`git worktree add`, then `npm run build` there); default this one. */
const CHECKOUT = process.env['SOAK_ALLOCATION_CHECKOUT'] ?? ROOT;
const SECONDS = Number(process.env['SOAK_ALLOCATION_SECONDS'] ?? 20);
const WARM_UP_SECONDS = 60;
/** Before the idle window: everything the traffic left running (rounds, streams, compilation) has ended. */
const QUIET_SECONDS = 30;
/**
 * Quiz rounds this short end inside the phase that started them (each window waits a round after its traffic), so
 * their reveal edits are counted with the quiz, not with whatever runs a minute later.
 */
const ROUND_SECONDS = 5;
/** Actions per second in each phase (a quiz action or Show reasoning is two interactions). */
const ACTIONS_PER_SECOND = 6;

/** The soak's 20 slots (bench/soakTraffic.ts), grouped by what they do. */
const KINDS: readonly { readonly name: string; readonly slots: readonly number[] }[] = [
	{ name: '/explain', slots: [0, 1, 2, 3] },
	{ name: 'autocomplete keystroke', slots: [4, 5, 6, 7, 8] },
	{ name: '/compare', slots: [9, 10] },
	{ name: '/about', slots: [11] },
	{ name: '/quiz question + answer click', slots: [12, 13] },
	{ name: '/quiz leaderboard', slots: [14] },
	{ name: '/quiz stats', slots: [15] },
	{ name: '/ask cache hit', slots: [16, 17] },
	{ name: '/ask cache miss (instant model)', slots: [18] },
	{ name: '/ask cache hit + Show reasoning', slots: [19] },
];

const services = await startBenchServices(['Study Group', 'Baseline'], 'reasonbot-soak-allocation-');
const { emulator } = services;
const [ourGuild, bareGuild] = services.guilds as [EmulatorGuild, EmulatorGuild];
const logOf = (name: string) => path.join(services.directory, `${name}-allocation.jsonl`);
const launch = { nodeArgs: ['--import', await writeAllocationPreload(services.directory)], env: {} };
const ours = await spawnBot(
	path.join(CHECKOUT, 'dist/src/app/main.js'),
	services.botEnv(ourGuild, { ...services.ourEnv(ROUND_SECONDS), ALLOCATION_LOG: logOf('ours') }),
	'"msg":"bot ready"',
	CHECKOUT,
	launch,
);
const bare = await spawnBot(
	'dist/bench/bareBot.js',
	services.botEnv(bareGuild, { ALLOCATION_LOG: logOf('bare') }),
	'bare bot ready',
	ROOT,
	launch,
);

const ourUsers = Array.from({ length: 64 }, (_, index) => emulator.user(`alloc-${String(index)}`));
const bareUsers = Array.from({ length: 64 }, (_, index) =>
	emulator.user(`alloc-bare-${String(index)}`, { guildId: bareGuild.id }),
);
const traffic = soakTraffic((index) => pick(ourUsers, index), emulator.user('owner'));
await traffic.askOnce();
const ping = async (index: number) => {
	await pick(bareUsers, index).slash('ping');
	return 1;
};

/** Runs `action` for `seconds` and returns the interactions it made. */
async function drive(action: (index: number) => Promise<number>, perSecond: number, seconds: number) {
	let interactions = 0;
	const pacer = startPacer(
		async (index) => {
			interactions += await action(index);
		},
		{ perSecond, maxInFlight: 64 },
	);
	await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
	await pacer.stop();
	await settle();
	if (pacer.failures > 0) throw new Error(`${String(pacer.failures)} actions failed`);
	return interactions;
}

/** Waits out the quiz rounds just started, and their reveal edits. */
async function settle() {
	await new Promise((resolve) => setTimeout(resolve, (ROUND_SECONDS + 2) * 1000));
}

/** Bytes the bot allocated (sampled) while `work` ran, and for how long. */
async function allocatedDuring(bot: BotProcess, log: string, work: () => Promise<number>) {
	await signal(bot, log);
	const interactions = await work();
	const { bytes, ms } = await signal(bot, log);
	return { bytes, ms, interactions };
}

/** Asks the preload for the bytes since the last signal and waits for its line. */
async function signal(bot: BotProcess, log: string): Promise<{ bytes: number; ms: number }> {
	const before = (await lines(log)).length;
	bot.child.kill('SIGUSR2');
	for (let waited = 0; waited < 10_000; waited += 50) {
		const now = await lines(log);
		const line = now[before];
		if (line !== undefined) return JSON.parse(line) as { bytes: number; ms: number };
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	throw new Error(`no allocation line in ${log}`);
}

async function lines(file: string): Promise<string[]> {
	const text = await readFile(file, 'utf8').catch(() => '');
	return text.split('\n').filter((line) => line.length > 0);
}

console.log(`warm-up: ${String(WARM_UP_SECONDS)} s of the whole mix, and of /ping`);
await Promise.all([
	drive(traffic.action, ACTIONS_PER_SECOND, WARM_UP_SECONDS),
	drive(ping, ACTIONS_PER_SECOND, WARM_UP_SECONDS),
]);
emulator.reset();

const runs: { name: string; bot: 'ours' | 'bare'; bytes: number; ms: number; interactions: number }[] = [];
const measure = async (name: string, bot: 'ours' | 'bare', action: (index: number) => Promise<number>) => {
	const run = await allocatedDuring(bot === 'ours' ? ours : bare, logOf(bot), () =>
		drive(action, ACTIONS_PER_SECOND, SECONDS),
	);
	runs.push({ name, bot, ...run });
	console.log(`${name}: ${String(run.interactions)} interactions`);
	emulator.reset();
};
await measure('bare bot /ping', 'bare', ping);
for (const kind of KINDS) {
	// The soak's action for the n-th use of this kind: its slots in turn, 20 indices apart.
	await measure(kind.name, 'ours', (n) => traffic.action(pick(kind.slots, n) + 20 * Math.floor(n / kind.slots.length)));
}
await measure('the whole mix', 'ours', traffic.action);

// Idle last, after a quiet spell: measured straight after the warm-up it still held the warm-up's tail (78 bytes/ms
// against 25 a minute later), which taken off every window made each kind look cheaper than it is.
await new Promise((resolve) => setTimeout(resolve, QUIET_SECONDS * 1000));
const idle = async () => {
	await new Promise((resolve) => setTimeout(resolve, SECONDS * 1000));
	return 0;
};
const oursIdle = await allocatedDuring(ours, logOf('ours'), idle);
const bareIdle = await allocatedDuring(bare, logOf('bare'), idle);
const idleRate = { ours: oursIdle.bytes / oursIdle.ms, bare: bareIdle.bytes / bareIdle.ms };
console.log(
	`idle: ours ${String(round(idleRate.ours))} bytes/ms, bare ${String(round(idleRate.bare))} bytes/ms (taken off below)`,
);
const rows = runs.map((run) => ({
	name: run.name,
	interactions: run.interactions,
	kbPerInteraction: round((run.bytes - idleRate[run.bot] * run.ms) / 1024 / Math.max(1, run.interactions), 1),
}));

const whole = rows.at(-1)?.kbPerInteraction ?? Number.NaN;
console.log(
	`\nthe whole mix at 9 interactions/s: ${String(round((whole * 1024 * 9) / 1000 + idleRate.ours))} bytes/ms, ` +
		`idle included (V8 gives its young generation back only under 1000)`,
);
console.log('\n| traffic | KB per interaction | interactions measured |');
console.log('| --- | --- | --- |');
for (const row of rows) console.log(`| ${row.name} | ${String(row.kbPerInteraction)} | ${String(row.interactions)} |`);

await Promise.all([ours.stop(), bare.stop()]);
await services.stop();

function pick<T>(list: readonly T[], index: number): T {
	const item = list[index % list.length];
	if (item === undefined) throw new Error('empty list');
	return item;
}
