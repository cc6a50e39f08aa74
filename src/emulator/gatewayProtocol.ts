import type { RawData, WebSocket } from 'ws';
import type { JsonObject } from './json.js';
import { userPayload } from './payloads.js';
import type { GuildState, World } from './world.js';

export function readyPayload(
	world: World,
	applicationId: string,
	session: { readonly id: string; readonly shardId: number; readonly shardCount: number },
	resumeUrl: string,
	guilds: readonly GuildState[],
): JsonObject {
	return {
		v: 10,
		user: { ...userPayload(world.botUser), verified: true, mfa_enabled: false },
		guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
		session_id: session.id,
		session_type: 'normal',
		resume_gateway_url: resumeUrl,
		shard: [session.shardId, session.shardCount],
		application: { id: applicationId, flags: 0 },
		private_channels: [],
		relationships: [],
		presences: [],
		guild_join_requests: [],
		geo_ordered_rtc_regions: [],
		user_settings: {},
	};
}

export function isResumable(code: number): boolean {
	return code !== 1000 && code !== 1001 && ![4004, 4007, 4009, 4010, 4011, 4012, 4013, 4014].includes(code);
}

export function parseShard(value: unknown): [number, number] {
	if (Array.isArray(value) && typeof value[0] === 'number' && typeof value[1] === 'number') return [value[0], value[1]];
	return [0, 1];
}

export function send(socket: WebSocket, payload: JsonObject): void {
	if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(payload));
}

export function rawToString(raw: RawData): string {
	if (Array.isArray(raw)) return Buffer.concat(raw).toString('utf8');
	if (raw instanceof ArrayBuffer) return Buffer.from(raw).toString('utf8');
	return raw.toString('utf8');
}

export function bump(counts: number[], shardId: number): void {
	while (counts.length <= shardId) counts.push(0);
	counts[shardId] = (counts[shardId] ?? 0) + 1;
}
