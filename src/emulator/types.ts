import type {
	APIAllowedMentions,
	APIApplicationCommandOptionChoice,
	APIEmbed,
	APIMessageTopLevelComponent,
} from 'discord.js';
import type { JsonObject } from './json.js';

export interface ChannelSeed {
	readonly id?: string;
	readonly name: string;
	/** Discord channel type; default 0 (guild text). */
	readonly type?: number;
}

export interface GuildSeed {
	readonly id?: string;
	readonly name: string;
	/** Default: text channels `study` and `general`. */
	readonly channels?: readonly ChannelSeed[];
	/** User names that are members from the start (the owner always is). */
	readonly members?: readonly string[];
	/** Default `owner`; the owner has Administrator. */
	readonly ownerName?: string;
	readonly locale?: string;
}

export interface EmulatorOptions {
	/** Default `emulator-token`. */
	readonly token?: string;
	/** Shards advertised by `GET /gateway/bot` (the client may pick its own count). Default 1. */
	readonly shardCount?: number;
	/** Default: one guild `Study Group`. */
	readonly guilds?: readonly GuildSeed[];
	readonly applicationId?: string;
	/** Base clock for interaction and token expiry; `advanceTime` adds to it. Default `Date.now`. */
	readonly now?: () => number;
	/** Default wait for a bot's first response in `slash`, `click`... Default 5000 ms. */
	readonly replyTimeoutMs?: number;
	/** REST rate limit advertised (and enforced) per bucket. Default 10,000 requests per second. */
	readonly rateLimit?: { readonly limit: number; readonly windowMs: number };
	readonly port?: number;
}

export interface EmulatorChannel {
	readonly id: string;
	readonly guildId: string;
	readonly name: string;
	readonly type: number;
	readonly canSend: boolean;
	readonly deleted: boolean;
}

export interface EmulatorGuild {
	readonly id: string;
	readonly name: string;
	readonly ownerId: string;
	readonly locale: string;
	readonly channels: readonly EmulatorChannel[];
}

export type AutocompleteChoice = APIApplicationCommandOptionChoice;
export type MessageComponent = APIMessageTopLevelComponent;

export interface MessageContent {
	readonly content: string;
	readonly embeds: readonly APIEmbed[];
	readonly components: readonly MessageComponent[];
	readonly flags: number;
}

export type PayloadSource = 'callback' | 'webhookEdit' | 'followUp' | 'channelPost' | 'channelEdit';

export interface MessageEdit extends MessageContent {
	readonly at: number;
	readonly attachments: readonly RecordedAttachment[];
	readonly source: PayloadSource;
	readonly allowedMentions: APIAllowedMentions | undefined;
}

/** A file on a message, uploaded as multipart `files[n]`; `url` serves its bytes from the emulator's HTTP server. */
export interface RecordedAttachment {
	readonly id: string;
	readonly filename: string;
	readonly contentType: string;
	/** Bytes. */
	readonly size: number;
	/** Alt text (`attachments[].description` of the payload). */
	readonly description?: string;
	/** e.g. `http://127.0.0.1:PORT/attachments/CHANNEL/ID/chart.png`. */
	readonly url: string;
}

/** A message the bot created, in its current state, with every edit in order. */
export interface RecordedMessage extends MessageContent {
	/**
	 * Files on the message, in order. Embeds keep the `attachment://filename` they were sent with: show one by finding
	 * the attachment of that filename here.
	 */
	readonly attachments: readonly RecordedAttachment[];
	readonly id: string;
	readonly channelId: string;
	readonly guildId: string | undefined;
	readonly authorId: string;
	readonly interactionId: string | undefined;
	readonly ephemeral: boolean;
	/** `allowed_mentions` of the payload that last set this message's content (absent = undefined). */
	readonly allowedMentions: APIAllowedMentions | undefined;
	/** True while it is a deferred reply's "thinking" placeholder. */
	readonly loading: boolean;
	readonly createdAt: number;
	readonly edits: readonly MessageEdit[];
	readonly deleted: boolean;
}

/** Every message payload the bot sent, as received (for asserting `allowed_mentions` on each one). */
export interface ReceivedPayload {
	readonly source: PayloadSource;
	readonly at: number;
	readonly messageId: string | undefined;
	readonly interactionId: string | undefined;
	readonly allowedMentions: APIAllowedMentions | undefined;
	readonly body: JsonObject;
}

export interface ModalData {
	readonly customId: string;
	readonly title: string;
	readonly components: readonly JsonObject[];
}

export type ReplyType = 'message' | 'update' | 'autocomplete' | 'modal';

/** What the user sees first as a final response to an interaction. */
export interface Reply extends MessageContent {
	readonly type: ReplyType;
	readonly ephemeral: boolean;
	readonly allowedMentions: APIAllowedMentions | undefined;
	/** The recorded message (live: later edits show up on it); undefined for autocomplete and modals. */
	readonly message: RecordedMessage | undefined;
	readonly choices: readonly AutocompleteChoice[] | undefined;
	readonly modal: ModalData | undefined;
	readonly interactionId: string;
}

export interface DiscordErrorBody {
	readonly message: string;
	readonly code: number;
	readonly errors?: JsonObject;
}

export interface CommandOptionSpec {
	readonly type: number;
	readonly name: string;
	readonly options?: readonly CommandOptionSpec[];
	readonly [key: string]: unknown;
}

export interface RegisteredCommand {
	readonly id: string;
	readonly application_id: string;
	readonly version: string;
	readonly guild_id?: string;
	readonly type: number;
	readonly name: string;
	readonly description: string;
	readonly options: readonly CommandOptionSpec[];
	readonly [key: string]: unknown;
}

export type FaultRoute = 'callback' | 'webhook' | 'channelMessage' | 'commands';

export interface FaultSpec {
	readonly route: FaultRoute;
	readonly status: 429 | 500 | 503;
	readonly retryAfterSeconds?: number;
	/** Default 1. */
	readonly times?: number;
}

export interface FaultInjector {
	failNext(spec: FaultSpec): void;
	clear(): void;
	/** Faults still waiting for a request. */
	readonly pending: number;
}

export interface EmulatorStats {
	/** Indexed by shard id. */
	readonly identifies: readonly number[];
	readonly resumes: readonly number[];
	readonly invalidSessions: readonly number[];
	readonly requests: number;
}
