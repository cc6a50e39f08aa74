import { Client, GatewayIntentBits, Options } from 'discord.js';
import type { Config } from './config.js';

/** Guilds intent only (slash commands need no privileged intent); no message cache. */
export function createDiscordClient(
	config: Pick<Config, 'DISCORD_API_URL'>,
	shard?: { shards: number[]; shardCount: number },
): Client {
	return new Client({
		intents: [GatewayIntentBits.Guilds],
		allowedMentions: { parse: [] },
		makeCache: Options.cacheWithLimits({
			...Options.DefaultMakeCacheSettings,
			MessageManager: 0,
			GuildMemberManager: { maxSize: 1, keepOverLimit: (member) => member.id === member.client.user.id },
			UserManager: { maxSize: 1, keepOverLimit: (user) => user.id === user.client.user.id },
			PresenceManager: 0,
			ReactionManager: 0,
			ThreadMemberManager: 0,
			VoiceStateManager: 0,
			GuildEmojiManager: 0,
			GuildStickerManager: 0,
		}),
		rest: config.DISCORD_API_URL ? { api: config.DISCORD_API_URL } : {},
		...(shard ?? {}),
	});
}
