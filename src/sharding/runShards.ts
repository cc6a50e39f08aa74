import { once } from 'node:events';
import { ShardingManager, type Shard } from 'discord.js';
import type { Logger } from 'pino';
import { FatalGatewayCloseError, type FatalGatewayClose } from '../app/fatalGatewayClose.js';
import { fatalCloseOf } from './fatalCloseReport.js';
import type { ShardPlan } from './shardPlan.js';

/** A child's report can trail its exit on the pipe: how long a failed spawn waits for it before giving up. */
const LATE_REPORT_MS = 1_000;

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
	/**
	 * Resolves when a child reports that Discord closed its shard for good (4004, 4014, 4010-4013). Respawning is
	 * off by then: a new process would be closed the same way, so the caller stops everything and exits non-zero.
	 */
	readonly fatalClose: Promise<FatalGatewayClose>;
	/** Stops respawning, sends SIGTERM to every child (each drains like a single bot) and waits for them. */
	stop(): Promise<void>;
}

/**
 * Spawns this host's shards, one child process each; a child that dies is respawned until `stop`, unless it died of
 * a fatal gateway close. A fatal close during the spawn rejects with a FatalGatewayCloseError naming the cause.
 */
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
	let reported: FatalGatewayClose | undefined;
	let onFatal: (close: FatalGatewayClose) => void = () => undefined;
	const fatalClose = new Promise<FatalGatewayClose>((resolve) => {
		onFatal = resolve;
	});
	manager.on('shardCreate', (shard: Shard) => {
		logger.info({ shardId: shard.id, totalShards: plan.totalShards }, 'shard starting');
		shard.on('message', (message: unknown) => {
			const close = fatalCloseOf(message);
			if (!close) return;
			// discord.js reads `respawn` when the child exits, which comes after this report.
			manager.respawn = false;
			reported ??= close;
			onFatal(close);
		});
		shard.on('death', () => {
			if (reported) return;
			logger.warn({ shardId: shard.id }, 'shard process exited');
		});
	});
	const stop = async () => {
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
	};
	try {
		await manager.spawn({ amount: plan.totalShards, delay: options.spawnDelayMs, timeout: 60_000 });
	} catch (error) {
		const close =
			reported ??
			(await Promise.race([
				fatalClose,
				new Promise<undefined>((resolve) => {
					setTimeout(() => {
						resolve(undefined);
					}, LATE_REPORT_MS);
				}),
			]));
		// No child outlives a manager that failed to start.
		await stop();
		throw close ? new FatalGatewayCloseError(close) : error;
	}
	logger.info({ shards: plan.shardIds, totalShards: plan.totalShards }, 'all shards ready');
	return { manager, fatalClose, stop };
}
