import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { EmulatorContext } from './context.js';
import { DiscordErrors, DiscordHttpError } from './errors.js';
import { isAttachmentPath } from './attachments.js';
import { isRecord } from './json.js';
import { parseMultipart } from './multipart.js';
import type { UploadedFile } from './multipart.js';
import type { RateLimiter } from './rateLimits.js';
import { rateLimitHeaders } from './rateLimits.js';
import type { RouteResult, Router } from './router.js';
import { paramGetter } from './router.js';
import type { FaultSpec } from './types.js';
import { ATTACHMENT_LIMITS } from './validation/attachments.js';

const API_PREFIX = /^\/api(?:\/v\d+)?/;
const GATEWAY_PATH = /^\/gateway\/?$/;

interface Response {
	readonly status: number;
	readonly body?: unknown;
	readonly headers?: Readonly<Record<string, string>>;
	/** Raw bytes (an attachment) instead of a JSON body. */
	readonly bytes?: { readonly data: Buffer; readonly contentType: string };
}

class BodyTooLarge extends Error {}

/** node:http server: REST under /api (any version), uploaded files under /attachments, WebSocket upgrades on /gateway. */
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
	if (request.method === 'GET' && isAttachmentPath(url.pathname)) return attachmentResponse(ctx, url.pathname);
	const segments = url.pathname
		.replace(API_PREFIX, '')
		.split('/')
		.filter((segment) => segment.length > 0)
		.map(safeDecode);
	let rawBody: Buffer;
	try {
		rawBody = await readBody(request, ATTACHMENT_LIMITS.requestBytes);
	} catch (error) {
		if (error instanceof BodyTooLarge)
			return { status: 413, body: { message: 'Request entity too large', code: 40005 } };
		throw error;
	}
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
		const { json, files } = await parseBody(request, rawBody);
		const result: RouteResult = route.handle({
			method: route.method,
			query: url.searchParams,
			json,
			body: isRecord(json) ? json : {},
			files,
			param,
		});
		return { ...result, headers: verdict.headers };
	} catch (error) {
		if (error instanceof DiscordHttpError) return errorResponse(error);
		throw error;
	}
}

async function parseBody(
	request: IncomingMessage,
	rawBody: Buffer,
): Promise<{ json: unknown; files: readonly UploadedFile[] }> {
	const contentType = request.headers['content-type'] ?? '';
	if (contentType.startsWith('multipart/form-data')) return parseMultipart(contentType, rawBody);
	if (rawBody.length === 0) return { json: {}, files: [] };
	try {
		return { json: JSON.parse(rawBody.toString('utf8')), files: [] };
	} catch {
		throw DiscordErrors.invalidJson();
	}
}

/** An uploaded file's bytes, as Discord's CDN serves them (no auth: the address is the secret). */
function attachmentResponse(ctx: EmulatorContext, path: string): Response {
	const file = ctx.attachments.fileAt(path);
	if (!file) return errorResponse(DiscordErrors.notFound());
	return { status: 200, bytes: { data: file.bytes, contentType: file.attachment.contentType } };
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
	if (result.bytes) {
		headers['content-type'] = result.bytes.contentType;
		headers['content-length'] = String(result.bytes.data.length);
		response.writeHead(result.status, headers).end(result.bytes.data);
		return;
	}
	if (result.body === undefined || result.status === 204) {
		response.writeHead(result.status, headers).end();
		return;
	}
	const payload = JSON.stringify(result.body);
	headers['content-type'] = 'application/json';
	headers['content-length'] = String(Buffer.byteLength(payload));
	response.writeHead(result.status, headers).end(payload);
}

/** The whole body, refused past `maxBytes` (the rest is drained so the 413 still reaches the client). */
function readBody(request: IncomingMessage, maxBytes: number): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		let size = 0;
		request.on('data', (chunk: Buffer) => {
			size += chunk.length;
			if (size <= maxBytes) chunks.push(chunk);
		});
		request.on('end', () => {
			if (size > maxBytes) reject(new BodyTooLarge());
			else resolve(Buffer.concat(chunks));
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
