import type {
	EmulatorChannel,
	EmulatorGuild,
	EmulatorStats,
	FaultInjector,
	ReceivedPayload,
	RecordedMessage,
	RegisteredCommand,
} from './types.js';
import type { EmulatorUser, UserOptions } from './actorTypes.js';

export { listComponents } from './componentList.js';
export type { ListedComponent } from './componentList.js';
export { startDiscordEmulator } from './emulator.js';
export type * from './types.js';
export type * from './actorTypes.js';

/** A running emulator. Point discord.js at it with `new Client({ rest: { api: emulator.apiUrl } })`. */
export interface DiscordEmulator {
	/** e.g. `http://127.0.0.1:PORT/api`. */
	readonly apiUrl: string;
	readonly gatewayUrl: string;
	readonly port: number;
	readonly token: string;
	readonly applicationId: string;
	/** Same as the application id, as for real bots. */
	readonly botUserId: string;
	readonly guilds: readonly EmulatorGuild[];
	/** Every message the bot created anywhere, with all their edits, in creation order. */
	readonly messages: readonly RecordedMessage[];
	/** Every message payload received (callbacks, edits, follow-ups, channel posts), as sent. */
	readonly payloads: readonly ReceivedPayload[];
	readonly faults: FaultInjector;
	readonly stats: EmulatorStats;
	/** Registered commands: the guild's when given, else the global ones. */
	commands(guildId?: string): readonly RegisteredCommand[];
	/** A user acting in a guild (the first by default). The same name always gives the same user id. */
	user(name: string, options?: UserOptions): EmulatorUser;
	/** A channel by id, or by name in a guild (the first by default). */
	channel(idOrName: string, guildId?: string): EmulatorChannel | undefined;
	channelMessages(channelId: string): readonly RecordedMessage[];
	/** Resolves with the first message (already sent, or created or edited later) matching the predicate. */
	waitForMessage(predicate: (message: RecordedMessage) => boolean, timeoutMs?: number): Promise<RecordedMessage>;
	/** Calls the listener with each message the bot creates, edits or deletes, as it happens; returns the unsubscribe. */
	onMessageChange(listener: (message: RecordedMessage) => void): () => void;
	/** Deletes the channel (CHANNEL_DELETE is dispatched); REST calls on it then get 10003. */
	deleteChannel(channelId: string): void;
	/** `canSend: false` denies the bot Send Messages there (CHANNEL_UPDATE); posting then gets 50013. */
	setChannelPermission(channelId: string, permission: { readonly canSend: boolean }): void;
	/** The emulator's clock (for the 3 s interaction window and the 15 min token lifetime). */
	now(): number;
	advanceTime(ms: number): void;
	/** Closes a shard's socket: 4000 expects a RESUME; 4007/4009 forget the session (fresh IDENTIFY); 4004 bad token. */
	closeGateway(code: number, shardId?: number): void;
	/** Sends op 9 (not resumable by default: the client must identify again). */
	invalidateSession(shardId?: number, resumable?: boolean): void;
	/** Forgets messages, payloads, interactions and pending faults (registered commands stay). */
	reset(): void;
	/** Closes sockets and the server; resolves when done. Destroy the discord.js client first. */
	stop(): Promise<void>;
}
