import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SlashCommandBuilder } from 'discord.js';
import { loadCommands } from '../../src/core/loadCommands.js';
import { createRegistry } from '../../src/core/registry.js';
import { deployCommands } from '../../src/deploy/deployCommands.js';
import { startDiscordEmulator, type DiscordEmulator, type EmulatorGuild } from '../../src/emulator/index.js';
import { shardForGuild } from '../../src/emulator/snowflake.js';
import { FakeModelServer } from '../../tests/helpers/fakeModelServer.js';
import { FAKE_ANSWER } from '../workloads.js';

/**
 * What every bench run starts before its bots (bench/run.ts and bench/soakPair.ts alike): the Discord emulator
 * with a guild per bot, each guild on a shard of its own (one bot process per shard), our commands and the bare
 * bot's /ping deployed, a local OpenAI-compatible model that answers at once, and a folder for the bots' files.
 */
export interface BenchServices {
	readonly emulator: DiscordEmulator;
	readonly model: FakeModelServer;
	/** The guilds in the order asked for. */
	readonly guilds: readonly EmulatorGuild[];
	/** A temporary folder, removed by stop(). */
	readonly directory: string;
	/** A bot's environment in its guild: its own SQLite file for cache and learner data, as the defaults have them. */
	readonly botEnv: (guild: EmulatorGuild, extra?: Readonly<Record<string, string>>) => BotEnv;
	/** What our bot gets on top of botEnv: the model, and no per-user limits (the bench asks far more than a study group). */
	readonly ourEnv: (quizRoundSeconds: number) => Record<string, string>;
	stop(): Promise<void>;
}

export interface BotEnv {
	readonly DATABASE_URL: string;
	readonly [name: string]: string;
}

export async function startBenchServices(guildNames: readonly string[], folderPrefix: string): Promise<BenchServices> {
	const emulator = await startDiscordEmulator({
		replyTimeoutMs: 30_000,
		guilds: guildNames.map((name) => ({ name })),
	});
	const guilds = emulator.guilds;
	const shardCount = shardCountSeparating(guilds);
	await deployBenchCommands(emulator);
	const model = await FakeModelServer.start();
	model.setDefault({ trace: 'Short thought.', answer: FAKE_ANSWER, shape: 'reasoning_content' });
	const directory = await mkdtemp(path.join(tmpdir(), folderPrefix));
	let files = 0;
	return {
		emulator,
		model,
		guilds,
		directory,
		botEnv: (guild, extra = {}) => {
			const file = `sqlite://${path.join(directory, `bot-${String(files++)}.sqlite`)}`;
			return {
				DISCORD_TOKEN: emulator.token,
				DISCORD_API_URL: emulator.apiUrl,
				CACHE_URL: file,
				DATABASE_URL: file,
				LOG_LEVEL: 'info',
				LOG_PRETTY: 'false',
				SHARDS: JSON.stringify([shardForGuild(guild.id, shardCount)]),
				SHARD_COUNT: String(shardCount),
				...extra,
			};
		},
		ourEnv: (quizRoundSeconds) => ({
			OPENAI_BASE_URL: model.url,
			OPENAI_API_KEY: 'bench-key',
			REASONING_MODEL: 'fake-reasoner',
			ASK_COOLDOWN_SECONDS: '0',
			ASK_DAILY_QUOTA: '0',
			GUILD_DAILY_TOKEN_BUDGET: '0',
			QUIZ_ROUND_SECONDS: String(quizRoundSeconds),
		}),
		async stop() {
			await emulator.stop();
			await model.close();
			await rm(directory, { recursive: true, force: true });
		},
	};
}

/** Global commands, so every guild sees them: ours and the bare bot's /ping. */
async function deployBenchCommands(emulator: DiscordEmulator): Promise<void> {
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
}

/** The smallest shard count that puts every guild on a shard of its own. */
function shardCountSeparating(all: readonly EmulatorGuild[]): number {
	for (let count = all.length; count < 256; count++) {
		if (new Set(all.map((guild) => shardForGuild(guild.id, count))).size === all.length) return count;
	}
	throw new Error('no shard count separates the guilds');
}
