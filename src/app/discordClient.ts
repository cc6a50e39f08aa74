import { Client, GatewayIntentBits, Options, type WebSocketOptions } from 'discord.js';
import type { Config } from './config.js';

export const REST_HANDLER_SWEEP_MS = 60_000;

/** Only for tests: e.g. `{ ws: { buildIdentifyThrottler: () => ({ waitForIdentify: () => Promise.resolve() }) } }`. */
export interface DiscordClientTestHooks {
	/** discord.js waits ~5 s before each re-identify; tests of a non-resumable close pass a no-wait throttler. */
	readonly ws?: WebSocketOptions;
	/** Sweep idle REST handlers this often instead of REST_HANDLER_SWEEP_MS (tests need not wait a minute). */
	readonly restHandlerSweepMs?: number;
}

/**
 * Guilds intent only (slash commands need no privileged intent); no message cache. Without `shard`, discord.js reads
 * SHARDS / SHARD_COUNT from the environment, which is how ShardingManager tells each child process its shards.
 */
export function createDiscordClient(
	config: Pick<Config, 'DISCORD_API_URL'>,
	shard?: { shards: number[]; shardCount: number },
	testHooks?: DiscordClientTestHooks,
): Client {
	return new Client({
		intents: [GatewayIntentBits.Guilds],
		allowedMentions: { parse: [] },
		makeCache: Options.cacheWithLimits({
			...Options.DefaultMakeCacheSettings,
			MessageManager: 0,
			// Only the bot's own member and user are kept; every interaction carries its user's. (With a size of 1,
			// each interaction's member and user were cached and then evicted again.)
			GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user.id },
			UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user.id },
			PresenceManager: 0,
			ReactionManager: 0,
			ThreadMemberManager: 0,
			VoiceStateManager: 0,
			GuildEmojiManager: 0,
			GuildStickerManager: 0,
		}),
		rest: {
			...(config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {}),
			// @discordjs/rest keeps a rate-limit handler per webhook token (every interaction that edits or follows up)
			// until a sweep finds it idle, hourly by default: at 9 interactions a second that is thousands of dead
			// handlers. An idle handler holds no state worth keeping; a later request simply makes a new one.
			handlerSweepInterval: testHooks?.restHandlerSweepMs ?? REST_HANDLER_SWEEP_MS,
		},
		...(shard ?? {}),
		...(testHooks?.ws ? { ws: testHooks.ws } : {}),
	});
}
