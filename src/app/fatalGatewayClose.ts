import { Events, type Client } from 'discord.js';

/** A gateway close discord.js does not recover from: the shard stays down and the bot answers nothing. */
export interface FatalGatewayClose {
	readonly code: number;
	readonly shardId: number;
	/** One line: what Discord said and what to fix. */
	readonly cause: string;
}

// discord.js emits ShardDisconnect only for these codes (its UNRECOVERABLE_CLOSE_CODES); each needs a person.
const CAUSES: Readonly<Record<number, string>> = {
	4004: 'DISCORD_TOKEN: Discord rejected the token (gateway close 4004). Copy it again from the Developer Portal (Bot → Reset Token).',
	4010: 'SHARD_IDS: Discord refused the shard (gateway close 4010, invalid shard): every id must be below SHARD_COUNT.',
	4011: 'SHARD_COUNT: Discord requires sharding for this bot (gateway close 4011): run npm run start:sharded, or raise SHARD_COUNT.',
	4012: 'Discord refused the gateway API version (gateway close 4012): upgrade discord.js.',
	4013: 'Discord refused the gateway intents (gateway close 4013, invalid intents): src/discordClient.ts asks for an unknown intent.',
	4014: 'Discord refused a privileged intent (gateway close 4014, disallowed intents): enable it in the Developer Portal (Bot → Privileged Gateway Intents) or stop asking for it.',
};

export function describeFatalClose(code: number): string {
	return CAUSES[code] ?? `Discord closed the gateway for good (close ${code}); discord.js will not reconnect.`;
}

/** Resolves on the first shard discord.js gives up on; never rejects. */
export function watchFatalClose(client: Client): Promise<FatalGatewayClose> {
	return new Promise((resolve) => {
		client.once(Events.ShardDisconnect, (event, shardId) => {
			resolve({ code: event.code, shardId, cause: describeFatalClose(event.code) });
		});
	});
}

/** Start-up saw a fatal close before the bot was ready: one plain line, no stack (see startupError.ts). */
export class FatalGatewayCloseError extends Error {
	public override readonly name = 'FatalGatewayCloseError';

	constructor(readonly close: FatalGatewayClose) {
		super(close.cause);
	}
}
