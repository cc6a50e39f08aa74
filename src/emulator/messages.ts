import { attachmentPayload } from './attachments.js';
import type { Clock } from './clock.js';
import type { JsonObject } from './json.js';
import { userPayload } from './payloads.js';
import type { SnowflakeGenerator } from './snowflake.js';
import type { MessageEdit, PayloadSource, RecordedMessage } from './types.js';
import type { MessageFields } from './validation/message.js';
import type { UserState } from './world.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const EPHEMERAL = 64;
const LOADING = 128;

export interface StoredMessage extends Mutable<RecordedMessage> {
	edits: MessageEdit[];
	/** Discord message type: 20 for a slash command's response, 0 otherwise. */
	readonly type: number;
	readonly webhookId: string | undefined;
	readonly interactionMetadata: JsonObject | undefined;
}

export interface NewMessage {
	readonly channelId: string;
	readonly guildId: string | undefined;
	readonly fields: MessageFields;
	readonly interactionId?: string;
	readonly loading?: boolean;
	readonly type?: number;
	readonly webhookId?: string;
	readonly interactionMetadata?: JsonObject;
}

export type MessageListener = (message: StoredMessage) => void;

/** Every message the bot created, indexed by id and channel, with every edit. */
export class MessageStore {
	readonly all: StoredMessage[] = [];
	readonly #byId = new Map<string, StoredMessage>();
	readonly #byChannel = new Map<string, StoredMessage[]>();
	readonly #listeners = new Set<MessageListener>();

	constructor(
		private readonly snowflakes: SnowflakeGenerator,
		private readonly clock: Clock,
		private readonly author: UserState,
	) {}

	get(id: string): StoredMessage | undefined {
		return this.#byId.get(id);
	}

	inChannel(channelId: string): readonly StoredMessage[] {
		return this.#byChannel.get(channelId) ?? [];
	}

	create(init: NewMessage): StoredMessage {
		const flags = (init.fields.flags ?? 0) | (init.loading === true ? LOADING : 0);
		const message: StoredMessage = {
			id: this.snowflakes.next(),
			channelId: init.channelId,
			guildId: init.guildId,
			authorId: this.author.id,
			interactionId: init.interactionId,
			content: init.fields.content ?? '',
			embeds: init.fields.embeds ?? [],
			components: init.fields.components ?? [],
			attachments: init.fields.attachments ?? [],
			flags,
			ephemeral: (flags & EPHEMERAL) !== 0,
			allowedMentions: init.fields.allowedMentions,
			loading: init.loading === true,
			createdAt: this.clock.now(),
			edits: [],
			deleted: false,
			type: init.type ?? 0,
			webhookId: init.webhookId,
			interactionMetadata: init.interactionMetadata,
		};
		this.all.push(message);
		this.#byId.set(message.id, message);
		const channelMessages = this.#byChannel.get(message.channelId);
		if (channelMessages) channelMessages.push(message);
		else this.#byChannel.set(message.channelId, [message]);
		this.#notify(message);
		return message;
	}

	/** Applies the fields a payload sets. The ephemeral flag never changes after creation, as on Discord. */
	edit(message: StoredMessage, fields: MessageFields, source: PayloadSource): StoredMessage {
		if (fields.content !== undefined) message.content = fields.content;
		if (fields.embeds !== undefined) message.embeds = fields.embeds;
		if (fields.components !== undefined) message.components = fields.components;
		if (fields.attachments !== undefined) message.attachments = fields.attachments;
		const keptFlags = message.flags & EPHEMERAL;
		if (fields.flags !== undefined) message.flags = (fields.flags & ~(EPHEMERAL | LOADING)) | keptFlags;
		else message.flags &= ~LOADING;
		message.loading = false;
		message.allowedMentions = fields.allowedMentions;
		message.edits.push({
			at: this.clock.now(),
			source,
			content: message.content,
			embeds: message.embeds,
			components: message.components,
			attachments: message.attachments,
			flags: message.flags,
			allowedMentions: fields.allowedMentions,
		});
		this.#notify(message);
		return message;
	}

	delete(message: StoredMessage): void {
		message.deleted = true;
		this.#notify(message);
	}

	onChange(listener: MessageListener): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	clear(): void {
		this.all.length = 0;
		this.#byId.clear();
		this.#byChannel.clear();
	}

	/** The message as Discord's REST API and gateway return it. */
	toApi(message: StoredMessage, applicationId: string): JsonObject {
		const lastEdit = message.edits.at(-1);
		return {
			id: message.id,
			channel_id: message.channelId,
			...(message.guildId === undefined ? {} : { guild_id: message.guildId }),
			author: userPayload(this.author),
			content: message.content,
			timestamp: new Date(message.createdAt).toISOString(),
			edited_timestamp: lastEdit ? new Date(lastEdit.at).toISOString() : null,
			tts: false,
			mention_everyone: false,
			mentions: [],
			mention_roles: [],
			attachments: message.attachments.map(attachmentPayload),
			embeds: message.embeds,
			components: message.components,
			pinned: false,
			type: message.type,
			flags: message.flags,
			...(message.webhookId === undefined ? {} : { webhook_id: message.webhookId, application_id: applicationId }),
			...(message.interactionMetadata === undefined ? {} : { interaction_metadata: message.interactionMetadata }),
		};
	}

	#notify(message: StoredMessage): void {
		for (const listener of this.#listeners) listener(message);
	}
}
