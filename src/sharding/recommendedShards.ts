import { z } from 'zod';

const DEFAULT_API = 'https://discord.com/api';
const GatewayBot = z.object({ shards: z.number().int().positive() });

export class ShardCountError extends Error {
	public override readonly name = 'ShardCountError';
	/** `TokenInvalid` (discord.js's code) when Discord refused the token, so start-up prints its one clear line. */
	readonly code: string | undefined;

	constructor(message: string, code?: string) {
		super(message);
		this.code = code;
	}
}

/**
 * Discord's recommended shard count from `GET /gateway/bot`. discord.js's own helper always asks discord.com, so
 * this one honours DISCORD_API_URL (a proxy, or the local emulator).
 */
export async function fetchRecommendedShardCount(token: string, apiUrl: string | undefined): Promise<number> {
	const response = await fetch(`${apiUrl ?? DEFAULT_API}/v10/gateway/bot`, {
		headers: { Authorization: `Bot ${token}` },
		signal: AbortSignal.timeout(10_000),
	});
	if (response.status === 401) {
		throw new ShardCountError('Discord rejected the token', 'TokenInvalid');
	}
	if (!response.ok) throw new ShardCountError(`GET /gateway/bot answered ${response.status}`);
	const parsed = GatewayBot.safeParse(await response.json());
	if (!parsed.success) throw new ShardCountError('GET /gateway/bot answered without a shard count');
	return parsed.data.shards;
}
