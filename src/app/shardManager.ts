import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { config as loadDotenv } from 'dotenv';
import { ConfigError, loadConfig, unsetEmptyValues } from './config.js';
import { createLogger } from '../logging/createLogger.js';
import { fetchRecommendedShardCount, ShardCountError } from '../sharding/recommendedShards.js';
import { runShards } from '../sharding/runShards.js';
import { planShards } from '../sharding/shardPlan.js';
import { describeStartupError } from './startupError.js';

/** `npm run start:sharded`: runs the bot under discord.js's ShardingManager, one child process per shard. */
async function main(): Promise<void> {
	loadDotenv({ quiet: true });
	unsetEmptyValues(process.env);
	const config = loadConfig(process.env);
	if (!config.DISCORD_TOKEN)
		throw new ConfigError('DISCORD_TOKEN: needed to run shards (the playground is `npm start`)');
	const logger = createLogger({
		level: config.LOG_LEVEL,
		pretty: config.LOG_PRETTY,
		secrets: [config.DISCORD_TOKEN, config.OPENAI_API_KEY ?? ''],
	}).child({ component: 'shard-manager' });
	const recommended =
		config.SHARD_COUNT === undefined
			? await fetchRecommendedShardCount(config.DISCORD_TOKEN, config.DISCORD_API_URL)
			: undefined;
	const plan = planShards(config, recommended);
	const here = fileURLToPath(import.meta.url);
	// main.js next to this file when compiled, main.ts when run from the sources (with the same loader flags).
	const mainFile = path.join(path.dirname(here), `main${path.extname(here)}`);
	const shards = await runShards({
		mainFile,
		token: config.DISCORD_TOKEN,
		plan,
		spawnDelayMs: config.SHARD_SPAWN_DELAY_MS,
		execArgv: process.execArgv,
		logger,
	});
	let stopping = false;
	const onSignal = (signal: NodeJS.Signals) => {
		if (stopping) return;
		stopping = true;
		logger.info({ signal }, 'stopping shards');
		shards.stop().then(
			() => {
				logger.info('shards stopped');
				logger.flush();
				process.exit(0);
			},
			(error: unknown) => {
				logger.error({ err: error }, 'error while stopping shards');
				logger.flush();
				process.exit(1);
			},
		);
	};
	process.on('SIGINT', onSignal);
	process.on('SIGTERM', onSignal);
	// Discord closed a shard for good (bad token, intents, shard ids): respawning would loop on the same close, so
	// stop every shard and exit non-zero with the cause, for a person or a process manager to act on.
	void shards.fatalClose.then(async (close) => {
		if (stopping) return;
		stopping = true;
		logger.fatal({ code: close.code, shardId: close.shardId }, close.cause);
		await shards.stop().catch((error: unknown) => {
			logger.error({ err: error }, 'error while stopping shards');
		});
		logger.flush();
		process.exit(1);
	});
}

main().catch((error: unknown) => {
	const line =
		describeStartupError(error) ??
		(error instanceof ShardCountError ? `DISCORD_API_URL: cannot get the shard count: ${error.message}` : undefined);
	if (line) console.error(`reasonbot: ${line}`);
	else console.error('reasonbot: shards failed to start:', error);
	process.exit(1);
});
