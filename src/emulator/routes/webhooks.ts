import type { EmulatorContext } from '../context.js';
import { DiscordErrors, DiscordHttpError } from '../errors.js';
import { CallbackType, messageReply } from '../interactions.js';
import type { InteractionRecord } from '../interactions.js';
import type { StoredMessage } from '../messages.js';
import type { Route, RouteRequest, RouteResult } from '../router.js';
import { assertNotEmpty } from '../validation/message.js';
import { interactionMetadata, logPayload, messageFieldsWithFiles, NO_CONTENT, ok } from './shared.js';

const TOKEN_LIFETIME_MS = 15 * 60_000;
const ORIGINAL = '@original';

type WebhookHandler = (ctx: EmulatorContext, record: InteractionRecord, request: RouteRequest) => RouteResult;

/** Interaction webhooks: edit/get/delete the original response and follow-ups, post follow-ups. */
export function webhookRoutes(ctx: EmulatorContext): Route[] {
	const route = (method: Route['method'], path: string, handler: WebhookHandler): Route => ({
		method,
		path,
		auth: false,
		fault: 'webhook',
		majorParam: 'token',
		handle: (request) => withInteraction(ctx, request, handler),
	});
	const messagePath = '/webhooks/:app/:token/messages/:message';
	return [
		route('POST', '/webhooks/:app/:token', postFollowUp),
		route('GET', messagePath, (_ctx, record, request) =>
			ok(ctx.messages.toApi(webhookMessage(ctx, record, request), ctx.applicationId)),
		),
		route('PATCH', messagePath, editMessage),
		route('DELETE', messagePath, (_ctx, record, request) => {
			const message = webhookMessage(ctx, record, request);
			ctx.messages.delete(message);
			ctx.interactions.record(record, { kind: 'delete', at: ctx.clock.now(), messageId: message.id });
			return NO_CONTENT;
		}),
	];
}

function withInteraction(ctx: EmulatorContext, request: RouteRequest, handler: WebhookHandler): RouteResult {
	const record = ctx.interactions.byToken(request.param('token'));
	if (request.param('app') !== ctx.applicationId || !record) throw DiscordErrors.unknownWebhook();
	try {
		if (ctx.clock.now() - record.createdAt > TOKEN_LIFETIME_MS) throw DiscordErrors.invalidWebhookToken();
		return handler(ctx, record, request);
	} catch (error) {
		if (error instanceof DiscordHttpError) {
			ctx.interactions.record(record, {
				kind: 'rejected',
				at: ctx.clock.now(),
				route: `${request.method} webhook`,
				status: error.status,
				error: error.body,
			});
		}
		throw error;
	}
}

function webhookMessage(ctx: EmulatorContext, record: InteractionRecord, request: RouteRequest): StoredMessage {
	const id = request.param('message');
	const messageId = id === ORIGINAL ? record.originalMessageId : id;
	const isOwn =
		messageId !== undefined && (messageId === record.originalMessageId || record.followUpIds.includes(messageId));
	const message = isOwn ? ctx.messages.get(messageId) : undefined;
	if (!message || message.deleted) throw DiscordErrors.unknownMessage();
	return message;
}

function editMessage(ctx: EmulatorContext, record: InteractionRecord, request: RouteRequest): RouteResult {
	const message = webhookMessage(ctx, record, request);
	const fields = messageFieldsWithFiles(ctx, request, request.body, {
		channelId: message.channelId,
		existing: message.attachments,
	});
	assertNotEmpty({
		content: fields.content ?? message.content,
		embeds: fields.embeds ?? message.embeds,
		components: fields.components ?? message.components,
		attachments: fields.attachments ?? message.attachments,
	});
	ctx.messages.edit(message, fields, 'webhookEdit');
	logPayload(ctx, 'webhookEdit', request.body, fields, message.id, record.id);
	if (message.id === record.originalMessageId) {
		const isUpdate = record.callbackType === CallbackType.DeferredUpdate || record.callbackType === CallbackType.Update;
		ctx.interactions.respond(record, messageReply(isUpdate ? 'update' : 'message', record, message));
	}
	ctx.interactions.record(record, { kind: 'edit', at: ctx.clock.now(), messageId: message.id });
	return ok(ctx.messages.toApi(message, ctx.applicationId));
}

/** A follow-up after a deferred reply replaces the "thinking" placeholder, as on Discord. */
function postFollowUp(ctx: EmulatorContext, record: InteractionRecord, request: RouteRequest): RouteResult {
	if (record.callbackType === undefined) throw DiscordErrors.unknownWebhook();
	const placeholder = record.originalMessageId === undefined ? undefined : ctx.messages.get(record.originalMessageId);
	const fields = messageFieldsWithFiles(ctx, request, request.body, { channelId: record.channelId, existing: [] });
	const nonEmpty = {
		content: fields.content ?? '',
		embeds: fields.embeds ?? [],
		components: fields.components ?? [],
		attachments: fields.attachments ?? [],
	};
	let message: StoredMessage;
	if (placeholder?.loading === true && !placeholder.deleted) {
		assertNotEmpty(nonEmpty);
		message = ctx.messages.edit(placeholder, fields, 'followUp');
	} else {
		assertNotEmpty(nonEmpty);
		message = ctx.messages.create({
			channelId: record.channelId,
			guildId: record.guildId,
			fields,
			interactionId: record.id,
			webhookId: ctx.applicationId,
			interactionMetadata: interactionMetadata(
				ctx,
				record,
				record.originalMessageId === undefined ? {} : { original_response_message_id: record.originalMessageId },
			),
		});
		record.followUpIds.push(message.id);
	}
	logPayload(ctx, 'followUp', request.body, fields, message.id, record.id);
	ctx.interactions.respond(record, messageReply('message', record, message));
	ctx.interactions.record(record, {
		kind: 'followUp',
		at: ctx.clock.now(),
		messageId: message.id,
		replacedPlaceholder: message === placeholder,
	});
	return request.query.get('wait') === 'false' ? NO_CONTENT : ok(ctx.messages.toApi(message, ctx.applicationId));
}
