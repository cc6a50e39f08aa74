import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startBot, type RunningBot } from '../../src/app/bot.js';
import { loadCommands } from '../../src/core/loadCommands.js';
import type { Database } from '../../src/db/database.js';
import { createLearnerStore } from '../../src/db/learnerStore.js';
import { openDatabase } from '../../src/db/openDatabase.js';
import { createSqliteFiles } from '../../src/db/sqlite/sqliteFile.js';
import { deployCommands } from '../../src/deploy/deployCommands.js';
import { startDiscordEmulator, type DiscordEmulator, type EmulatorUser, type Reply } from '../../src/emulator/index.js';
import { shardForGuild } from '../../src/emulator/snowflake.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import type { QuizItem } from '../../src/knowledge/types.js';
import type { QuizStore } from '../../src/quiz/store.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { silentLogger } from '../helpers/logs.js';
import { ROOT, spawnTs, stopProcess, type NodeProcess } from '../helpers/nodeProcess.js';
import { freshPostgresSchema, postgresUrlForTests, type PostgresSchema } from '../helpers/postgres.js';
import { answerButton } from '../helpers/quizAnswers.js';
import { startThrowawayRedis, type ThrowawayRedis } from '../helpers/throwawayRedis.js';

const postgresUrl = postgresUrlForTests();

async function emulatorWithCommands(shardCount = 1): Promise<DiscordEmulator> {
	const guilds = shardCount === 1 ? [{ name: 'Study Group' }] : [{ name: 'Alpha' }, { name: 'Beta' }];
	const emulator = await startDiscordEmulator({ shardCount, guilds });
	const registry = await loadCommands();
	for (const guild of emulator.guilds)
		await deployCommands(registry, {
			token: emulator.token,
			apiUrl: emulator.apiUrl,
			applicationId: emulator.applicationId,
			guildId: guild.id,
		});
	return emulator;
}

async function spawnBot(emulator: DiscordEmulator, env: Readonly<Record<string, string>>): Promise<NodeProcess> {
	const bot = spawnTs('tests/fixtures/botProcess.ts', {
		DISCORD_TOKEN: emulator.token,
		DISCORD_API_URL: emulator.apiUrl,
		CACHE_URL: 'memory://',
		LOG_LEVEL: 'info',
		QUIZ_ROUND_SECONDS: '600',
		...env,
	});
	await bot.waitForOutput('"msg":"bot ready"', 30_000);
	return bot;
}

/** The learner database as another process sees it. */
async function openLearners(url: string): Promise<{ store: QuizStore; database: Database }> {
	const database = await openDatabase(url, { logger: silentLogger(), sqliteFiles: createSqliteFiles(silentLogger()) });
	return { store: createLearnerStore(database), database };
}

function roundOf(button: string): string {
	return button.split(':')[2] ?? '';
}

describe.runIf(postgresUrl)('two bot processes sharing one PostgreSQL', () => {
	let emulator: DiscordEmulator;
	let schema: PostgresSchema;
	const bots: NodeProcess[] = [];
	let items: readonly QuizItem[];
	beforeAll(async () => {
		emulator = await emulatorWithCommands(2);
		schema = await freshPostgresSchema(postgresUrl ?? '', 'two_bots');
		items = (await loadKnowledge(path.join(ROOT, 'knowledge/knowledge.json'))).quiz;
		for (const shard of [0, 1])
			bots.push(await spawnBot(emulator, { DATABASE_URL: schema.url, SHARDS: `[${String(shard)}]`, SHARD_COUNT: '2' }));
	}, 90_000);
	afterAll(async () => {
		for (const bot of bots) expect(await stopProcess(bot)).toBe(0);
		await emulator.stop();
		await schema.drop();
	});

	it('records 100 answers pressed at once across both, each once, though every member pressed twice', async () => {
		expect(new Set(emulator.guilds.map((guild) => shardForGuild(guild.id, 2)))).toEqual(new Set([0, 1]));
		const questions = await Promise.all(
			emulator.guilds.map(async (guild) => {
				const reply = await emulator.user('host', { guildId: guild.id }).slash('quiz question', { difficulty: 'hard' });
				return { guildId: guild.id, reply, button: answerButton(reply, items, true) };
			}),
		);
		const presses = questions.flatMap(({ guildId, reply, button }) =>
			Array.from({ length: 50 }, (_, index) => emulator.user(`member${String(index)}`, { guildId })).flatMap(
				(member) => [member.startClick(reply, button), member.startClick(reply, button)],
			),
		);
		// Under load a press may be deferred (past 1.5 s) and then edited: wait for what the member finally sees.
		const replies = await Promise.all(
			presses.map(async (press) => {
				const { original } = await press.waitFor((handle) => handle.original?.loading === false, 30_000);
				if (!original) throw new Error('no reply');
				return original;
			}),
		);
		expect(replies.filter((reply) => reply.embeds[0]?.title === 'Right!')).toHaveLength(100);
		expect(replies.filter((reply) => reply.content.startsWith('You already answered this question'))).toHaveLength(100);

		const { store, database } = await openLearners(schema.url);
		try {
			for (const { guildId, button } of questions) {
				expect(Object.keys((await store.getRound(guildId, roundOf(button)))?.answers ?? {})).toHaveLength(50);
				const board = await store.leaderboard(guildId, 'nobody', 10);
				expect(board.players).toBe(50);
				expect(
					board.top.every((entry) => entry.rank === 1 && entry.score.points === 3 && entry.score.answered === 1),
				).toBe(true);
			}
		} finally {
			await database.close();
		}
	}, 60_000);
});

function killMidBurst(label: string, databaseUrl: () => Promise<{ url: string; drop(): Promise<void> }>) {
	describe(`kill -9 in the middle of a burst of answers (${label})`, () => {
		let emulator: DiscordEmulator;
		let database: { url: string; drop(): Promise<void> };
		let bot: NodeProcess | undefined;
		beforeAll(async () => {
			emulator = await emulatorWithCommands();
			database = await databaseUrl();
		});
		afterAll(async () => {
			if (bot) await stopProcess(bot);
			await emulator.stop();
			await database.drop();
		});

		it('keeps every acknowledged answer in both the round and the scores after a restart', async () => {
			bot = await spawnBot(emulator, { DATABASE_URL: database.url });
			const items = (await loadKnowledge(path.join(ROOT, 'knowledge/knowledge.json'))).quiz;
			const question: Reply = await emulator.user('host').slash('quiz question', { difficulty: 'easy' });
			const button = answerButton(question, items, true);
			const members: EmulatorUser[] = Array.from({ length: 400 }, (_, index) => emulator.user(`burst${String(index)}`));
			const acknowledged = new Set<EmulatorUser>();
			const press = (member: EmulatorUser): void => {
				member
					.startClick(question, button)
					.reply(15_000)
					.then(
						(reply) => {
							if (reply.embeds[0]?.title === 'Right!') acknowledged.add(member);
						},
						() => undefined,
					);
			};
			// Presses keep coming until the kill, a millisecond apart, so it lands mid-burst however fast the bot
			// answers: fixed bursts of 100, then 400 presses started at once, all finished before the kill on fast runs.
			let pressed = 0;
			while (acknowledged.size < 15 && pressed < members.length) {
				press(members[pressed++] as EmulatorUser);
				await new Promise((resolve) => setTimeout(resolve, 1));
			}
			await vi.waitFor(
				() => {
					expect(acknowledged.size).toBeGreaterThanOrEqual(15);
				},
				{ timeout: 15_000, interval: 2 },
			);
			const killed = bot;
			bot = undefined;
			killed.child.kill('SIGKILL');
			await killed.exited;
			// Replies already on the wire when the process died still count as acknowledged.
			await new Promise((resolve) => setTimeout(resolve, 200));
			expect(acknowledged.size).toBeLessThan(members.length);

			bot = await spawnBot(emulator, { DATABASE_URL: database.url });
			const { store, database: connection } = await openLearners(database.url);
			try {
				const round = await store.getRound(emulator.guilds[0]?.id ?? '', roundOf(button));
				const answered = new Set(Object.keys(round?.answers ?? {}));
				for (const member of acknowledged) expect(answered.has(member.id)).toBe(true);
				for (const member of members) {
					const stats = await store.stats(emulator.guilds[0]?.id ?? '', member.id);
					// All or nothing: an answer in the round has its score, and no score is without its answer.
					expect(stats?.answered ?? 0).toBe(answered.has(member.id) ? 1 : 0);
				}
				const board = await store.leaderboard(emulator.guilds[0]?.id ?? '', 'nobody', 10);
				expect(board.players).toBe(answered.size);
			} finally {
				await connection.close();
			}
			// The restarted bot serves the same data.
			const lastAcknowledged = [...acknowledged].at(-1);
			const again = await lastAcknowledged?.click(question, button);
			expect(again?.content).toMatch(/^You already answered this question/);
		}, 60_000);
	});
}

killMidBurst('SQLite', async () => {
	const directory = await mkdtemp(path.join(tmpdir(), 'reasonbot-kill-'));
	return {
		url: `sqlite://${path.join(directory, 'learners.sqlite')}`,
		drop: () => rm(directory, { recursive: true, force: true }),
	};
});
if (postgresUrl) killMidBurst('PostgreSQL', () => freshPostgresSchema(postgresUrl, 'kill'));

describe.runIf(postgresUrl)('Redis for the cache, PostgreSQL for learner data: FLUSHALL and a restart', () => {
	let redis: ThrowawayRedis;
	let schema: PostgresSchema;
	let harness: Harness;
	let restarted: RunningBot | undefined;
	beforeAll(async () => {
		redis = await startThrowawayRedis();
		schema = await freshPostgresSchema(postgresUrl ?? '', 'flushall');
		harness = await startHarness({
			env: { CACHE_URL: redis.url, DATABASE_URL: schema.url, QUIZ_ROUND_SECONDS: '600' },
		});
	});
	afterAll(async () => {
		await restarted?.stop();
		await harness.emulator.stop();
		await redis.dispose();
		await schema.drop();
	});

	it('keeps every score, streak and study schedule', async () => {
		const alice = harness.emulator.user('alice');
		const items = harness.bot.app.knowledge.quiz;
		for (const right of [true, true, false]) {
			const question = await alice.slash('quiz question', { difficulty: 'easy' });
			await alice.click(question, answerButton(question, items, right));
		}
		const channel = harness.emulator.channel('study');
		if (!channel) throw new Error('no study channel');
		expect((await harness.emulator.user('owner').slash('study start', { channel, every: '2h' })).content).toContain(
			'every 2h',
		);
		const before = (await alice.slash('quiz stats')).embeds[0]?.fields;

		const flushed = spawnSync('redis-cli', ['-p', String(redis.port), 'FLUSHALL'], { encoding: 'utf8' });
		expect(flushed.stdout.trim()).toBe('OK');
		await harness.bot.stop();
		restarted = await startBot({
			config: harness.bot.app.config,
			logger: harness.logs.logger,
			registry: harness.bot.registry,
		});

		expect((await alice.slash('quiz stats')).embeds[0]?.fields).toEqual(before);
		const board = await alice.slash('quiz leaderboard');
		expect(board.embeds[0]?.description).toBe('**1.** alice · 2 pts · 2 of 3 (67%) ← you');
		const status = await harness.emulator.user('owner').slash('study status');
		expect(status.embeds[0]?.fields?.find((field) => field.name === 'Channel')?.value).toBe(`<#${channel.id}>`);
	});
});
