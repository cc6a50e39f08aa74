import { ConfigError, type Config } from '../app/config.js';

export interface ShardPlan {
	/** Shards across every host. */
	readonly totalShards: number;
	/** The shards this host runs. */
	readonly shardIds: readonly number[];
}

/**
 * SHARD_COUNT (or Discord's recommendation) and SHARD_IDS (or all of them). Several hosts splitting the shards must
 * agree on the total, so SHARD_IDS without SHARD_COUNT is refused.
 */
export function planShards(
	config: Pick<Config, 'SHARD_COUNT' | 'SHARD_IDS'>,
	recommendedCount: number | undefined,
): ShardPlan {
	if (config.SHARD_IDS && config.SHARD_COUNT === undefined)
		throw new ConfigError('SHARD_IDS: set SHARD_COUNT too, so every host splitting the shards agrees on the total');
	const totalShards = config.SHARD_COUNT ?? recommendedCount;
	if (totalShards === undefined) throw new ConfigError('SHARD_COUNT: not set and Discord recommended none');
	const shardIds = config.SHARD_IDS ?? Array.from({ length: totalShards }, (_, id) => id);
	const outOfRange = shardIds.filter((id) => id >= totalShards);
	if (outOfRange.length > 0)
		throw new ConfigError(
			`SHARD_IDS: ${outOfRange.join(', ')} out of range for SHARD_COUNT ${totalShards} (ids go from 0 to ${totalShards - 1})`,
		);
	return { totalShards, shardIds: [...shardIds].sort((a, b) => a - b) };
}
