import { randomBytes } from 'node:crypto';
import type { StoredMessage } from './messages.js';
import type { AutocompleteChoice, DiscordErrorBody, ModalData, Reply, ReplyType } from './types.js';
import type { InteractionEvent } from './actorTypes.js';

export const InteractionType = { Command: 2, Component: 3, Autocomplete: 4, ModalSubmit: 5 } as const;
export const CallbackType = {
	Reply: 4,
	DeferredReply: 5,
	DeferredUpdate: 6,
	Update: 7,
	Autocomplete: 8,
	Modal: 9,
} as const;

export interface InteractionRecord {
	readonly id: string;
	readonly token: string;
	readonly type: number;
	readonly description: string;
	readonly createdAt: number;
	readonly guildId: string;
	readonly channelId: string;
	readonly userId: string;
	/** The message whose component was used (component interactions). */
	readonly componentMessageId: string | undefined;
	readonly events: InteractionEvent[];
	callbackType: number | undefined;
	originalMessageId: string | undefined;
	readonly followUpIds: string[];
	choices: AutocompleteChoice[] | undefined;
	modal: ModalData | undefined;
	firstResponse: Reply | undefined;
	refusal: { readonly route: string; readonly status: number; readonly error: DiscordErrorBody } | undefined;
	readonly listeners: Set<() => void>;
}

export type NewInteraction = Pick<
	InteractionRecord,
	'id' | 'type' | 'description' | 'createdAt' | 'guildId' | 'channelId' | 'userId' | 'componentMessageId'
>;

/** Interactions by id and token, with what the bot did in answer to each. */
export class InteractionRegistry {
	readonly #byId = new Map<string, InteractionRecord>();
	readonly #byToken = new Map<string, InteractionRecord>();
	/** The last modal shown for each custom_id, so a submission can mirror its layout. */
	readonly modalsByCustomId = new Map<string, ModalData>();

	create(init: NewInteraction): InteractionRecord {
		const record: InteractionRecord = {
			...init,
			token: `emulator.${init.id}.${randomBytes(18).toString('base64url')}`,
			events: [],
			callbackType: undefined,
			originalMessageId: undefined,
			followUpIds: [],
			choices: undefined,
			modal: undefined,
			firstResponse: undefined,
			refusal: undefined,
			listeners: new Set(),
		};
		this.#byId.set(record.id, record);
		this.#byToken.set(record.token, record);
		return record;
	}

	byId(id: string): InteractionRecord | undefined {
		return this.#byId.get(id);
	}

	byToken(token: string): InteractionRecord | undefined {
		return this.#byToken.get(token);
	}

	record(record: InteractionRecord, event: InteractionEvent): void {
		record.events.push(event);
		if (event.kind === 'rejected' && !record.firstResponse && !record.refusal) {
			record.refusal = { route: event.route, status: event.status, error: event.error };
		}
		notify(record);
	}

	/** Keeps the first final response only (what the user sees first). */
	respond(record: InteractionRecord, reply: Reply): void {
		record.firstResponse ??= reply;
	}

	clear(): void {
		this.#byId.clear();
		this.#byToken.clear();
		this.modalsByCustomId.clear();
	}
}

function notify(record: InteractionRecord): void {
	for (const listener of [...record.listeners]) listener();
}

export function messageReply(type: ReplyType, record: InteractionRecord, message: StoredMessage): Reply {
	return {
		type,
		content: message.content,
		embeds: message.embeds,
		components: message.components,
		flags: message.flags,
		ephemeral: message.ephemeral,
		allowedMentions: message.allowedMentions,
		message,
		choices: undefined,
		modal: undefined,
		interactionId: record.id,
	};
}

export function nonMessageReply(
	record: InteractionRecord,
	choices: AutocompleteChoice[] | undefined,
	modal: ModalData | undefined,
): Reply {
	return {
		type: choices ? 'autocomplete' : 'modal',
		content: '',
		embeds: [],
		components: [],
		flags: 0,
		ephemeral: false,
		allowedMentions: undefined,
		message: undefined,
		choices,
		modal,
		interactionId: record.id,
	};
}
