import type { Client } from 'discord.js';
import type { Logger } from 'pino';
import type { Store } from '../cache/store.js';
import type { Config } from '../app/config.js';
import type { Database } from '../db/database.js';
import { createWriteProbe } from '../db/probe.js';
import type { InteractionStats } from '../core/stats.js';
import type { BotMetrics } from '../metrics/botMetrics.js';
import { isDatabaseWritable, isGatewayReady, isStoreReachable } from './botChecks.js';
import { startHealthServer, type HealthServer } from './healthServer.js';

export interface BotHealthDeps {
	readonly config: Pick<Config, 'HEALTH_PORT' | 'HEALTH_HOST'>;
	readonly client: Client;
	readonly store: Store;
	/** The learner database: /healthz writes to it. */
	readonly database: Database;
	readonly stats: InteractionStats;
	readonly metrics: BotMetrics;
	readonly logger: Logger;
}

/**
 * Starts /healthz and /metrics when HEALTH_PORT is set. Under the ShardingManager every child is its own process
 * with its own counters: each listens on HEALTH_PORT + its first shard id (port 0 stays "any free port").
 */
export async function startBotHealth(deps: BotHealthDeps): Promise<HealthServer | undefined> {
	const { config, client, store, database, stats, metrics, logger } = deps;
	const writeProbe = createWriteProbe(database);
	if (config.HEALTH_PORT === undefined) return undefined;
	const firstShard = client.shard?.ids[0] ?? 0;
	const port = config.HEALTH_PORT === 0 ? 0 : config.HEALTH_PORT + firstShard;
	metrics.addGauge({
		name: 'reasonbot_gateway_ready',
		help: '1 when every shard of this process has a live gateway session.',
		read: () => (isGatewayReady(client) ? 1 : 0),
	});
	metrics.addGauge({
		name: 'reasonbot_guilds',
		help: 'Guilds this process serves.',
		read: () => client.guilds.cache.size,
	});
	const server = await startHealthServer(
		{
			host: config.HEALTH_HOST,
			port,
			checks: {
				gatewayReady: () => isGatewayReady(client),
				// "The store" for /healthz is everything the bot keeps state in: the keyv store answers a read and the
				// learner database takes a write.
				storeReachable: async () =>
					(await Promise.all([isStoreReachable(store), isDatabaseWritable(writeProbe, Date.now())])).every(Boolean),
				metrics: () => metrics.render(stats),
			},
		},
		logger,
	);
	logger.info({ url: server.url }, 'health endpoint listening (/healthz, /metrics)');
	return server;
}
