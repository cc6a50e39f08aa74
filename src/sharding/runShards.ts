import { once } from 'node:events';
import { ShardingManager, type Shard } from 'discord.js';
import type { Logger } from 'pino';
import type { ShardPlan } from './shardPlan.js';

export interface RunShardsOptions {
	/** The bot's entry point (dist/src/app/main.js): each child is the normal bot, told its shards through SHARDS. */
	readonly mainFile: string;
	readonly token: string;
	readonly plan: ShardPlan;
	/** discord.js waits 5.5 s between spawns so identifies stay within Discord's limits. */
	readonly spawnDelayMs: number;
	/** Node flags for the children (e.g. `--import tsx` when run from the TypeScript sources). */
	readonly execArgv: readonly string[];
	readonly logger: Logger;
}

export interface RunningShards {
	readonly manager: ShardingManager;
	/** Stops respawning, sends SIGTERM to every child (each drains like a single bot) and waits for them. */
	stop(): Promise<void>;
}

/** Spawns this host's shards, one child process each; a child that dies is respawned until `stop`. */
export async function runShards(options: RunShardsOptions): Promise<RunningShards> {
	const { plan, logger } = options;
	const manager = new ShardingManager(options.mainFile, {
		token: options.token,
		totalShards: plan.totalShards,
		shardList: [...plan.shardIds],
		mode: 'process',
		respawn: true,
		execArgv: [...options.execArgv],
	});
	manager.on('shardCreate', (shard: Shard) => {
		logger.info({ shardId: shard.id, totalShards: plan.totalShards }, 'shard starting');
		shard.on('death', () => {
			logger.warn({ shardId: shard.id }, 'shard process exited');
		});
	});
	await manager.spawn({ amount: plan.totalShards, delay: options.spawnDelayMs, timeout: 60_000 });
	logger.info({ shards: plan.shardIds, totalShards: plan.totalShards }, 'all shards ready');
	return {
		manager,
		stop: async () => {
			manager.respawn = false;
			await Promise.all(
				manager.shards.map(async (shard) => {
					const child = shard.process;
					if (!child || child.exitCode !== null || child.signalCode !== null) return;
					const exited = once(child, 'exit');
					child.kill('SIGTERM');
					await exited;
				}),
			);
		},
	};
}
