import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { EmulatorContext } from './context.js';
import { DiscordErrors, DiscordHttpError } from './errors.js';
import { isRecord } from './json.js';
import type { RateLimiter } from './rateLimits.js';
import { rateLimitHeaders } from './rateLimits.js';
import type { RouteResult, Router } from './router.js';
import { paramGetter } from './router.js';
import type { FaultSpec } from './types.js';

const API_PREFIX = /^\/api(?:\/v\d+)?/;
const GATEWAY_PATH = /^\/gateway\/?$/;

interface Response {
	readonly status: number;
	readonly body?: unknown;
	readonly headers?: Readonly<Record<string, string>>;
}

/** node:http server: REST under /api (any version), WebSocket upgrades on /gateway. */
export function createEmulatorServer(ctx: EmulatorContext, router: Router, rateLimiter: RateLimiter): Server {
	const server = createServer((request, response) => {
		handleRequest(ctx, router, rateLimiter, request)
			.then((result) => {
				send(response, result);
			})
			.catch((error: unknown) => {
				send(response, { status: 500, body: { message: `500: ${String(error)}`, code: 0 } });
			});
	});
	server.on('upgrade', (request, socket, head) => {
		const path = new URL(request.url ?? '/', 'http://localhost').pathname;
		if (GATEWAY_PATH.test(path)) ctx.gateway.handleUpgrade(request, socket, head);
		else socket.destroy();
	});
	return server;
}

async function handleRequest(
	ctx: EmulatorContext,
	router: Router,
	rateLimiter: RateLimiter,
	request: IncomingMessage,
): Promise<Response> {
	ctx.stats.requests += 1;
	const url = new URL(request.url ?? '/', 'http://localhost');
	const segments = url.pathname
		.replace(API_PREFIX, '')
		.split('/')
		.filter((segment) => segment.length > 0)
		.map(safeDecode);
	const rawBody = await readBody(request);
	const match = router.match(request.method ?? 'GET', segments);
	if (!match) return errorResponse(DiscordErrors.notFound());
	const { route } = match;
	const param = paramGetter(match.params);
	const major = route.majorParam === undefined ? 'global' : (match.params.get(route.majorParam) ?? 'global');
	try {
		if (route.auth && request.headers.authorization !== `Bot ${ctx.token}`) throw DiscordErrors.unauthorized();
		const fault = route.fault === undefined ? undefined : ctx.faults.take(route.fault);
		if (fault) return faultResponse(fault);
		const verdict = rateLimiter.hit(`${route.method} ${route.path}`, major);
		if (verdict.limited) {
			return tooManyRequests(verdict.retryAfterSeconds, { ...verdict.headers, 'x-ratelimit-scope': 'user' });
		}
		const json = parseBody(request, rawBody);
		const result: RouteResult = route.handle({
			method: route.method,
			query: url.searchParams,
			json,
			body: isRecord(json) ? json : {},
			param,
		});
		return { ...result, headers: verdict.headers };
	} catch (error) {
		if (error instanceof DiscordHttpError) return errorResponse(error);
		throw error;
	}
}

function parseBody(request: IncomingMessage, rawBody: string): unknown {
	if (rawBody.length === 0) return {};
	if ((request.headers['content-type'] ?? '').startsWith('multipart/')) throw DiscordErrors.multipartUnsupported();
	try {
		return JSON.parse(rawBody);
	} catch {
		throw DiscordErrors.invalidJson();
	}
}

function faultResponse(fault: FaultSpec): Response {
	if (fault.status !== 429) {
		return { status: fault.status, body: { message: `${fault.status}: Injected by the emulator`, code: 0 } };
	}
	const retryAfter = fault.retryAfterSeconds ?? 1;
	if (fault.route === 'callback') return tooManyRequests(retryAfter, {});
	const now = Date.now();
	const headers = rateLimitHeaders(1, 0, now + retryAfter * 1000, retryAfter, 'emulator-fault');
	return tooManyRequests(retryAfter, { ...headers, 'x-ratelimit-scope': 'user' });
}

function tooManyRequests(retryAfterSeconds: number, headers: Readonly<Record<string, string>>): Response {
	return {
		status: 429,
		headers: { ...headers, 'retry-after': String(Math.max(retryAfterSeconds, 0)) },
		body: { message: 'You are being rate limited.', retry_after: retryAfterSeconds, global: false, code: 0 },
	};
}

function errorResponse(error: DiscordHttpError): Response {
	return { status: error.status, body: error.body };
}

function send(response: ServerResponse, result: Response): void {
	const headers: Record<string, string> = { ...result.headers };
	if (result.body === undefined || result.status === 204) {
		response.writeHead(result.status, headers).end();
		return;
	}
	const payload = JSON.stringify(result.body);
	headers['content-type'] = 'application/json';
	headers['content-length'] = String(Buffer.byteLength(payload));
	response.writeHead(result.status, headers).end(payload);
}

function readBody(request: IncomingMessage): Promise<string> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => {
			resolve(chunks.length === 0 ? '' : Buffer.concat(chunks).toString('utf8'));
		});
		request.on('error', reject);
	});
}

function safeDecode(segment: string): string {
	try {
		return decodeURIComponent(segment);
	} catch {
		return segment;
	}
}
