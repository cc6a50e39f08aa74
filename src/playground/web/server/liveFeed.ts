import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DiscordEmulator } from '../../../emulator/index.js';
import type { FeedEvent, WireInteraction } from '../protocol.js';
import { toWireMessage } from './wireMessage.js';

export interface LiveFeed {
	/** Serves `GET /api/feed`: a snapshot, then every message change and interaction as server-sent events. */
	serve(request: IncomingMessage, response: ServerResponse): void;
	/** Tells every page who started an interaction (before the bot answers it). */
	announce(interaction: WireInteraction): void;
	close(): void;
}

const KEEP_ALIVE_MS = 15_000;

/** Server-sent events over `emulator.onMessageChange`: what the bot posts, edits or deletes reaches the page live. */
export function createLiveFeed(emulator: DiscordEmulator): LiveFeed {
	const clients = new Set<ServerResponse>();
	const interactions: WireInteraction[] = [];
	const send = (response: ServerResponse, event: FeedEvent) => {
		response.write(`data: ${JSON.stringify(event)}\n\n`);
	};
	const broadcast = (event: FeedEvent) => {
		for (const client of clients) send(client, event);
	};
	const unsubscribe = emulator.onMessageChange((message) => {
		broadcast({ kind: 'message', message: toWireMessage(message) });
	});
	const keepAlive = setInterval(() => {
		for (const client of clients) client.write(': keep-alive\n\n');
	}, KEEP_ALIVE_MS);
	keepAlive.unref();
	return {
		serve(request, response) {
			response.writeHead(200, {
				'content-type': 'text/event-stream; charset=utf-8',
				'cache-control': 'no-store',
				connection: 'keep-alive',
			});
			send(response, {
				kind: 'snapshot',
				messages: emulator.messages.map(toWireMessage),
				interactions: [...interactions],
			});
			clients.add(response);
			request.on('close', () => clients.delete(response));
		},
		announce(interaction) {
			interactions.push(interaction);
			broadcast({ kind: 'interaction', interaction });
		},
		close() {
			unsubscribe();
			clearInterval(keepAlive);
			for (const client of clients) client.end();
			clients.clear();
		},
	};
}
