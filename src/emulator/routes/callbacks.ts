import type { EmulatorContext } from '../context.js';
import { DiscordErrors, DiscordHttpError } from '../errors.js';
import { CallbackType, InteractionType, messageReply, nonMessageReply } from '../interactions.js';
import type { InteractionRecord } from '../interactions.js';
import type { JsonObject } from '../json.js';
import { recordField } from '../json.js';
import type { StoredMessage } from '../messages.js';
import type { Route, RouteRequest, RouteResult } from '../router.js';
import { parseAutocompleteChoices, parseModal } from '../validation/callbacks.js';
import { Issues } from '../validation/issues.js';
import { assertNotEmpty } from '../validation/message.js';
import type { MessageFields } from '../validation/message.js';
import { interactionMetadata, logPayload, messageFieldsWithFiles, NO_CONTENT } from './shared.js';

const RESPONSE_WINDOW_MS = 3_000;
const EPHEMERAL = 64;

const ALLOWED_CALLBACKS: Readonly<Record<number, readonly number[]>> = {
	[InteractionType.Command]: [4, 5, 9],
	[InteractionType.Component]: [4, 5, 6, 7, 9],
	[InteractionType.Autocomplete]: [8],
	[InteractionType.ModalSubmit]: [4, 5, 6, 7],
};

/** `POST /interactions/{id}/{token}/callback`: the bot's first response, within 3 s, once. */
export function callbackRoutes(ctx: EmulatorContext): Route[] {
	return [
		{
			method: 'POST',
			path: '/interactions/:id/:token/callback',
			auth: false,
			fault: 'callback',
			majorParam: 'id',
			handle: (request) => {
				const record = ctx.interactions.byId(request.param('id'));
				if (!record || record.token !== request.param('token')) throw DiscordErrors.unknownInteraction();
				try {
					return handleCallback(ctx, record, request);
				} catch (error) {
					if (error instanceof DiscordHttpError) {
						ctx.interactions.record(record, {
							kind: 'rejected',
							at: ctx.clock.now(),
							route: 'callback',
							status: error.status,
							error: error.body,
						});
					}
					throw error;
				}
			},
		},
	];
}

function handleCallback(ctx: EmulatorContext, record: InteractionRecord, request: RouteRequest): RouteResult {
	if (record.callbackType !== undefined) throw DiscordErrors.alreadyAcknowledged();
	if (ctx.clock.now() - record.createdAt > RESPONSE_WINDOW_MS) throw DiscordErrors.unknownInteraction();
	const type = request.body.type;
	const data = recordField(request.body, 'data') ?? {};
	if (typeof type !== 'number' || !(ALLOWED_CALLBACKS[record.type] ?? []).includes(type)) {
		const issues = new Issues();
		issues.add(
			['type'],
			'INTERACTION_RESPONSE_TYPE_INVALID',
			'Interaction response type is invalid for this interaction',
		);
		issues.throwIfAny();
	}
	const message = applyCallback(ctx, record, Number(type), data, request);
	record.callbackType = Number(type);
	ctx.interactions.record(record, {
		kind: 'callback',
		at: ctx.clock.now(),
		callbackType: Number(type),
		messageId: message?.id,
	});
	if (request.query.get('with_response') !== 'true') return NO_CONTENT;
	return {
		status: 200,
		body: {
			interaction: {
				id: record.id,
				type: record.type,
				...(message
					? {
							response_message_id: message.id,
							response_message_loading: message.loading,
							response_message_ephemeral: message.ephemeral,
						}
					: {}),
			},
			resource: { type, ...(message ? { message: ctx.messages.toApi(message, ctx.applicationId) } : {}) },
		},
	};
}

function applyCallback(
	ctx: EmulatorContext,
	record: InteractionRecord,
	type: number,
	data: JsonObject,
	request: RouteRequest,
): StoredMessage | undefined {
	switch (type) {
		case CallbackType.Reply: {
			const fields = messageFieldsWithFiles(ctx, request, data, { channelId: record.channelId, existing: [] }, [
				'data',
			]);
			assertNotEmpty({
				content: fields.content ?? '',
				embeds: fields.embeds ?? [],
				components: fields.components ?? [],
				attachments: fields.attachments ?? [],
			});
			const message = createResponse(ctx, record, fields, false);
			logPayload(ctx, 'callback', data, fields, message.id, record.id);
			ctx.interactions.respond(record, messageReply('message', record, message));
			return message;
		}
		case CallbackType.DeferredReply: {
			const flags = typeof data.flags === 'number' ? data.flags & EPHEMERAL : 0;
			return createResponse(ctx, record, { flags, allowedMentions: undefined }, true);
		}
		case CallbackType.DeferredUpdate: {
			record.originalMessageId = componentMessage(ctx, record).id;
			return undefined;
		}
		case CallbackType.Update: {
			const target = componentMessage(ctx, record);
			const fields = messageFieldsWithFiles(
				ctx,
				request,
				data,
				{ channelId: target.channelId, existing: target.attachments },
				['data'],
			);
			record.originalMessageId = target.id;
			const message = ctx.messages.edit(target, fields, 'callback');
			logPayload(ctx, 'callback', data, fields, message.id, record.id);
			ctx.interactions.respond(record, messageReply('update', record, message));
			return message;
		}
		case CallbackType.Autocomplete: {
			record.choices = parseAutocompleteChoices(data);
			ctx.interactions.respond(record, nonMessageReply(record, record.choices, undefined));
			return undefined;
		}
		case CallbackType.Modal: {
			record.modal = parseModal(data);
			ctx.interactions.modalsByCustomId.set(record.modal.customId, record.modal);
			ctx.interactions.respond(record, nonMessageReply(record, undefined, record.modal));
			return undefined;
		}
		default:
			throw DiscordErrors.notFound();
	}
}

function createResponse(
	ctx: EmulatorContext,
	record: InteractionRecord,
	fields: MessageFields,
	loading: boolean,
): StoredMessage {
	const message = ctx.messages.create({
		channelId: record.channelId,
		guildId: record.guildId,
		fields,
		interactionId: record.id,
		loading,
		type: record.type === InteractionType.Command ? 20 : 0,
		webhookId: ctx.applicationId,
		interactionMetadata: interactionMetadata(
			ctx,
			record,
			record.componentMessageId === undefined ? {} : { interacted_message_id: record.componentMessageId },
		),
	});
	record.originalMessageId = message.id;
	return message;
}

function componentMessage(ctx: EmulatorContext, record: InteractionRecord): StoredMessage {
	const message = record.componentMessageId === undefined ? undefined : ctx.messages.get(record.componentMessageId);
	if (!message || message.deleted) throw DiscordErrors.unknownMessage();
	return message;
}
