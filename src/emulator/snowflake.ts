const DISCORD_EPOCH_MS = 1_420_070_400_000n;

/**
 * Generates Discord-shaped snowflakes. Every id gets its own millisecond in the timestamp bits so that
 * consecutive guild ids spread over shards (`(id >> 22) % shardCount`) instead of all landing on shard 0.
 */
export class SnowflakeGenerator {
	#lastTimestamp = 0n;

	constructor(private readonly now: () => number) {}

	next(): string {
		const wallClock = BigInt(Math.floor(this.now())) - DISCORD_EPOCH_MS;
		this.#lastTimestamp = wallClock > this.#lastTimestamp ? wallClock : this.#lastTimestamp + 1n;
		return (this.#lastTimestamp << 22n).toString();
	}
}

export function shardForGuild(guildId: string, shardCount: number): number {
	return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

export function timestampOf(id: string): number {
	return Number((BigInt(id) >> 22n) + DISCORD_EPOCH_MS);
}
