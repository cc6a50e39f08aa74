import type { EmulatorContext } from '../context.js';
import { DiscordErrors } from '../errors.js';
import type { StoredMessage } from '../messages.js';
import { channelPayload } from '../payloads.js';
import type { Route, RouteRequest } from '../router.js';
import { assertNotEmpty } from '../validation/message.js';
import type { ChannelState } from '../world.js';
import { logPayload, messageFieldsWithFiles, NO_CONTENT, ok } from './shared.js';

/** Channels and the messages the bot posts in them. */
export function channelRoutes(ctx: EmulatorContext): Route[] {
	const channelOf = (request: RouteRequest): ChannelState => {
		const channel = ctx.world.channel(request.param('channel'));
		if (!channel || channel.deleted) throw DiscordErrors.unknownChannel();
		return channel;
	};
	const messageOf = (request: RouteRequest): StoredMessage => {
		const channel = channelOf(request);
		const message = ctx.messages.get(request.param('message'));
		// Ephemeral messages exist only for their interaction's webhook.
		if (!message || message.deleted || message.channelId !== channel.id || message.ephemeral) {
			throw DiscordErrors.unknownMessage();
		}
		return message;
	};
	const toApi = (message: StoredMessage) => ctx.messages.toApi(message, ctx.applicationId);
	const common = { auth: true, majorParam: 'channel' } as const;
	const messages = { ...common, fault: 'channelMessage' } as const;
	return [
		{
			...common,
			method: 'GET',
			path: '/channels/:channel',
			handle: (request) => ok(channelPayload(channelOf(request), ctx.world.botUser.id)),
		},
		{
			...messages,
			method: 'GET',
			path: '/channels/:channel/messages',
			handle: (request) => {
				const limit = Math.min(Math.max(Number(request.query.get('limit') ?? 50) || 50, 1), 100);
				const visible = ctx.messages.inChannel(channelOf(request).id).filter((m) => !m.deleted && !m.ephemeral);
				return ok(visible.slice(-limit).reverse().map(toApi));
			},
		},
		{
			...messages,
			method: 'POST',
			path: '/channels/:channel/messages',
			handle: (request) => {
				const channel = channelOf(request);
				if (!channel.canSend) throw DiscordErrors.missingPermissions();
				const fields = messageFieldsWithFiles(ctx, request, request.body, { channelId: channel.id, existing: [] });
				assertNotEmpty({
					content: fields.content ?? '',
					embeds: fields.embeds ?? [],
					components: fields.components ?? [],
					attachments: fields.attachments ?? [],
				});
				const message = ctx.messages.create({ channelId: channel.id, guildId: channel.guildId, fields });
				logPayload(ctx, 'channelPost', request.body, fields, message.id, undefined);
				return ok(toApi(message));
			},
		},
		{
			...messages,
			method: 'GET',
			path: '/channels/:channel/messages/:message',
			handle: (r) => ok(toApi(messageOf(r))),
		},
		{
			...messages,
			method: 'PATCH',
			path: '/channels/:channel/messages/:message',
			handle: (request) => {
				const message = messageOf(request);
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
				ctx.messages.edit(message, fields, 'channelEdit');
				logPayload(ctx, 'channelEdit', request.body, fields, message.id, message.interactionId);
				return ok(toApi(message));
			},
		},
		{
			...messages,
			method: 'DELETE',
			path: '/channels/:channel/messages/:message',
			handle: (request) => {
				ctx.messages.delete(messageOf(request));
				return NO_CONTENT;
			},
		},
	];
}
