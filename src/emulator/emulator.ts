import type { Server } from 'node:http';
import { createEmulatorUser } from './actor.js';
import { AttachmentStore } from './attachments.js';
import { Clock } from './clock.js';
import { CommandStore } from './commands.js';
import type { EmulatorContext } from './context.js';
import { Faults } from './faults.js';
import { Gateway } from './gateway.js';
import { InteractionRegistry } from './interactions.js';
import { MessageStore } from './messages.js';
import type { StoredMessage } from './messages.js';
import { channelPayload } from './payloads.js';
import { parsePermissions } from './permissions.js';
import { RateLimiter } from './rateLimits.js';
import { Router } from './router.js';
import { callbackRoutes } from './routes/callbacks.js';
import { channelRoutes } from './routes/channels.js';
import { commandRoutes } from './routes/commands.js';
import { metaRoutes } from './routes/meta.js';
import { webhookRoutes } from './routes/webhooks.js';
import { createEmulatorServer } from './server.js';
import { SnowflakeGenerator } from './snowflake.js';
import type { DiscordEmulator } from './index.js';
import type { EmulatorOptions, RecordedMessage } from './types.js';
import type { ChannelState } from './world.js';
import { World } from './world.js';

/** Starts the HTTP + WebSocket emulator on 127.0.0.1 (port 0 unless asked) and resolves once it listens. */
export async function startDiscordEmulator(options: EmulatorOptions = {}): Promise<DiscordEmulator> {
	const clock = new Clock(options.now);
	const snowflakes = new SnowflakeGenerator(() => clock.now());
	const token = options.token ?? 'emulator-token';
	const shardCount = options.shardCount ?? 1;
	const applicationId = options.applicationId ?? snowflakes.next();
	const world = new World(snowflakes, applicationId, options.guilds, () => clock.now());
	let gatewayUrl = '';
	let httpUrl = '';
	const gateway = new Gateway({ token, applicationId, shardCount, world, url: () => gatewayUrl });
	const ctx: EmulatorContext = {
		token,
		applicationId,
		replyTimeoutMs: options.replyTimeoutMs ?? 5_000,
		clock,
		snowflakes,
		world,
		messages: new MessageStore(snowflakes, clock, world.botUser),
		attachments: new AttachmentStore(snowflakes, () => httpUrl),
		commands: new CommandStore(snowflakes, applicationId),
		interactions: new InteractionRegistry(),
		faults: new Faults(),
		gateway,
		payloads: [],
		stats: { requests: 0 },
	};
	const router = new Router([
		...metaRoutes(ctx, () => gatewayUrl, shardCount),
		...commandRoutes(ctx),
		...callbackRoutes(ctx),
		...webhookRoutes(ctx),
		...channelRoutes(ctx),
	]);
	const rateLimit = options.rateLimit ?? { limit: 10_000, windowMs: 1_000 };
	const server = createEmulatorServer(ctx, router, new RateLimiter(rateLimit.limit, rateLimit.windowMs));
	const port = await listen(server, options.port ?? 0);
	gatewayUrl = `ws://127.0.0.1:${port}/gateway`;
	httpUrl = `http://127.0.0.1:${port}`;
	return createEmulatorApi(ctx, server, port, gatewayUrl);
}

function createEmulatorApi(ctx: EmulatorContext, server: Server, port: number, gatewayUrl: string): DiscordEmulator {
	const { world, gateway } = ctx;
	const channelOrThrow = (id: string): ChannelState => {
		const channel = world.channel(id);
		if (!channel) throw new Error(`Unknown channel ${id}`);
		return channel;
	};
	return {
		apiUrl: `http://127.0.0.1:${port}/api`,
		gatewayUrl,
		port,
		token: ctx.token,
		applicationId: ctx.applicationId,
		botUserId: world.botUser.id,
		guilds: world.guilds,
		get messages() {
			return ctx.messages.all;
		},
		payloads: ctx.payloads,
		faults: ctx.faults,
		get stats() {
			return { ...gateway.stats, requests: ctx.stats.requests };
		},
		commands: (guildId) => ctx.commands.list(guildId),
		user: (name, userOptions = {}) => {
			const user = world.user(name);
			const guildId = userOptions.guildId ?? world.guilds[0]?.id;
			const guild = guildId === undefined ? undefined : world.guild(guildId);
			if (guildId !== undefined && !guild) throw new Error(`Unknown guild ${guildId}`);
			if (guild) {
				const permissions =
					userOptions.permissions === undefined ? undefined : parsePermissions(userOptions.permissions);
				world.ensureMember(guild, user, permissions);
			}
			return createEmulatorUser(ctx, user, guildId);
		},
		channel: (idOrName, guildId) => {
			const guild = world.guild(guildId ?? world.guilds[0]?.id ?? '');
			return world.channel(idOrName) ?? (guild ? world.findChannel(guild, idOrName) : undefined);
		},
		channelMessages: (channelId) => ctx.messages.inChannel(channelId),
		waitForMessage: (predicate, timeoutMs = ctx.replyTimeoutMs) => waitForMessage(ctx, predicate, timeoutMs),
		onMessageChange: (listener) => ctx.messages.onChange(listener),
		deleteChannel: (id) => {
			const channel = channelOrThrow(id);
			channel.deleted = true;
			gateway.dispatchToGuild(channel.guildId, 'CHANNEL_DELETE', channelPayload(channel, world.botUser.id));
		},
		setChannelPermission: (id, { canSend }) => {
			const channel = channelOrThrow(id);
			channel.canSend = canSend;
			gateway.dispatchToGuild(channel.guildId, 'CHANNEL_UPDATE', channelPayload(channel, world.botUser.id));
		},
		now: () => ctx.clock.now(),
		advanceTime: (ms) => {
			ctx.clock.advance(ms);
		},
		closeGateway: (code, shardId = 0) => {
			gateway.close(code, shardId);
		},
		invalidateSession: (shardId = 0, resumable = false) => {
			gateway.invalidateSession(shardId, resumable);
		},
		reset: () => {
			ctx.messages.clear();
			ctx.attachments.clear();
			ctx.interactions.clear();
			ctx.payloads.length = 0;
			ctx.faults.clear();
		},
		stop: async () => {
			await gateway.stop();
			server.closeAllConnections();
			await new Promise<void>((resolve, reject) => {
				server.close((error) => {
					if (error) reject(error);
					else resolve();
				});
			});
		},
	};
}

function waitForMessage(
	ctx: EmulatorContext,
	predicate: (message: RecordedMessage) => boolean,
	timeoutMs: number,
): Promise<RecordedMessage> {
	const existing = ctx.messages.all.find((message) => !message.deleted && predicate(message));
	if (existing) return Promise.resolve(existing);
	return new Promise((resolve, reject) => {
		const stopListening = ctx.messages.onChange((message: StoredMessage) => {
			if (message.deleted || !predicate(message)) return;
			clearTimeout(timer);
			stopListening();
			resolve(message);
		});
		const timer = setTimeout(() => {
			stopListening();
			const recent = ctx.messages.all.slice(-5).map((message) => JSON.stringify(message.content.slice(0, 80)));
			reject(new Error(`No matching message within ${timeoutMs} ms (latest: ${recent.join(', ') || 'none'})`));
		}, timeoutMs);
	});
}

function listen(server: Server, port: number): Promise<number> {
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => {
			const address = server.address();
			resolve(typeof address === 'object' && address !== null ? address.port : port);
		});
	});
}
