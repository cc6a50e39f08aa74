import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { OfflineStack } from '../../offlineStack.js';
import type { CommandDefinition } from '../../parseCommandLine.js';
import { ensureClientBuilt } from './clientBuild.js';
import { createInteractionBridge } from './interactionBridge.js';
import { createLiveFeed } from './liveFeed.js';
import { playgroundPeople } from './people.js';
import { parseInteractionRequest } from './requestSchema.js';
import { serveStaticFile } from './staticFiles.js';
import { worldInfo } from './worldInfo.js';

export interface WebPlaygroundOptions {
	readonly stack: OfflineStack;
	readonly projectRoot: string;
	/** 0 picks a free port. */
	readonly port: number;
	readonly logger: Logger;
	readonly replyTimeoutMs?: number;
}

export interface WebPlayground {
	/** `http://127.0.0.1:PORT` */
	readonly url: string;
	stop(): Promise<void>;
}

const MAX_BODY_BYTES = 64 * 1024;
// Message text is rendered as DOM text, never HTML; the policy is a second wall should that ever slip.
const CONTENT_SECURITY_POLICY =
	"default-src 'self'; img-src 'self' data: http://127.0.0.1:*; style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'";

/** The page that looks like a Discord channel, over the same emulator world as the terminal; loopback only. */
export async function startWebPlayground(options: WebPlaygroundOptions): Promise<WebPlayground> {
	const clientDir = await ensureClientBuilt(options.projectRoot);
	const { emulator, bot } = options.stack;
	const people = playgroundPeople(emulator);
	const feed = createLiveFeed(emulator);
	const definitions: CommandDefinition[] = [...bot.registry.commands.values()].map((command) => command.data.toJSON());
	const bridge = createInteractionBridge({
		emulator,
		people,
		definitions,
		feed,
		...(options.replyTimeoutMs === undefined ? {} : { replyTimeoutMs: options.replyTimeoutMs }),
	});
	let allowedHosts: string[] = [];

	/** What to answer, or undefined when the route already answered (the feed, a static file). */
	async function route(request: IncomingMessage, response: ServerResponse): Promise<Answer | undefined> {
		// Loopback only, and only pages of our own origin: no DNS rebinding, no other site posting interactions.
		const host = request.headers.host ?? '';
		if (!allowedHosts.includes(host)) return text(421, 'Wrong host');
		const url = new URL(request.url ?? '/', `http://${host}`);
		if (request.method === 'GET' && url.pathname === '/api/world') return json(worldInfo(emulator, people));
		if (request.method === 'GET' && url.pathname === '/api/feed') {
			feed.serve(request, response);
			return undefined;
		}
		if (request.method === 'POST' && url.pathname === '/api/interactions') {
			if (request.headers.origin !== `http://${host}`) return text(403, 'Wrong origin');
			const interaction = parseInteractionRequest(await readJson(request));
			if (!interaction) return text(400, 'Not an interaction');
			return json(await bridge.handle(interaction));
		}
		if (request.method === 'GET' && (await serveStaticFile(clientDir, url.pathname, response))) return undefined;
		return text(404, 'Not found');
	}

	const server = createServer((request, response) => {
		response.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
		response.setHeader('x-content-type-options', 'nosniff');
		route(request, response)
			.then((answer) => {
				if (answer) send(response, answer);
			})
			.catch((error: unknown) => {
				options.logger.warn({ err: error }, 'web playground request failed');
				if (!response.headersSent) send(response, text(500, 'Something went wrong'));
				else response.end();
			});
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port, '127.0.0.1', () => {
			server.off('error', reject);
			resolve();
		});
	});
	const { port } = server.address() as AddressInfo;
	allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
	return {
		url: `http://127.0.0.1:${port}`,
		stop: async () => {
			feed.close();
			server.closeAllConnections();
			await new Promise<void>((resolve) => {
				server.close(() => {
					resolve();
				});
			});
		},
	};
}

interface Answer {
	readonly status: number;
	readonly contentType: string;
	readonly body: string;
}

function text(status: number, body: string): Answer {
	return { status, contentType: 'text/plain', body };
}

function json(value: unknown): Answer {
	return { status: 200, contentType: 'application/json', body: JSON.stringify(value) };
}

function send(response: ServerResponse, answer: Answer): void {
	response.writeHead(answer.status, {
		'content-type': `${answer.contentType}; charset=utf-8`,
		'cache-control': 'no-store',
	});
	response.end(answer.body);
}

async function readJson(request: IncomingMessage): Promise<unknown> {
	const chunks: Buffer[] = [];
	let size = 0;
	for await (const chunk of request as AsyncIterable<Buffer>) {
		size += chunk.length;
		if (size > MAX_BODY_BYTES) return undefined;
		chunks.push(chunk);
	}
	try {
		return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
	} catch {
		return undefined;
	}
}
