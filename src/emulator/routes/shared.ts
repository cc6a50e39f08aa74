import type { EmulatorContext } from '../context.js';
import type { InteractionRecord } from '../interactions.js';
import type { JsonObject } from '../json.js';
import { userPayload } from '../payloads.js';
import type { RouteRequest, RouteResult } from '../router.js';
import type { PayloadSource, RecordedAttachment } from '../types.js';
import { resolveAttachments } from '../validation/attachments.js';
import type { Path } from '../validation/issues.js';
import { parseMessageFields } from '../validation/message.js';
import type { MessageFields } from '../validation/message.js';

export const NO_CONTENT: RouteResult = { status: 204 };

export function ok(body: unknown): RouteResult {
	return { status: 200, body };
}

export function logPayload(
	ctx: EmulatorContext,
	source: PayloadSource,
	body: JsonObject,
	fields: MessageFields,
	messageId: string | undefined,
	interactionId: string | undefined,
): void {
	ctx.payloads.push({
		source,
		at: ctx.clock.now(),
		messageId,
		interactionId,
		allowedMentions: fields.allowedMentions,
		body,
	});
}

/** `interaction_metadata` of a response or follow-up message; discord.js requires its `user`. */
export function interactionMetadata(ctx: EmulatorContext, record: InteractionRecord, extra: JsonObject): JsonObject {
	const user = ctx.world.userById(record.userId);
	return {
		id: record.id,
		type: record.type,
		user: user ? userPayload(user) : null,
		authorizing_integration_owners: { '0': record.guildId },
		...extra,
	};
}

/**
 * A message payload's fields with its files: `data` is the message object (the callback's `data`, else the body),
 * `existing` the attachments of the message it edits (none for a new one).
 */
export function messageFieldsWithFiles(
	ctx: EmulatorContext,
	request: RouteRequest,
	data: JsonObject,
	target: { readonly channelId: string; readonly existing: readonly RecordedAttachment[] },
	basePath: Path = [],
): MessageFields {
	const fields = parseMessageFields(data, basePath);
	const attachments = resolveAttachments(
		{
			field: data.attachments,
			files: request.files,
			existing: target.existing,
			channelId: target.channelId,
			store: ctx.attachments,
		},
		basePath,
	);
	return attachments === undefined ? fields : { ...fields, attachments };
}
