import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { CONTENT_TYPE } from '../metrics/exposition.js';

export interface HealthChecks {
	/** Every shard of this process has a live gateway session. */
	gatewayReady(): boolean;
	/** The stores answer (keyv a read, the learner database a write); resolves false (never rejects) when not. */
	storeReachable(): Promise<boolean>;
	/** Prometheus text. */
	metrics(): string;
}

export interface HealthServer {
	/** e.g. `http://127.0.0.1:9464`. */
	readonly url: string;
	close(): Promise<void>;
}

export interface HealthReport {
	readonly status: 'ok' | 'unavailable';
	readonly gatewayReady: boolean;
	readonly storeReachable: boolean;
}

/** `/healthz` (200 or 503 with a JSON report) and `/metrics`; binds to `host` (loopback by default) only. */
export async function startHealthServer(
	options: { readonly host: string; readonly port: number; readonly checks: HealthChecks },
	logger: Logger,
): Promise<HealthServer> {
	const { checks } = options;
	const server = createServer((request, response) => {
		handle(request, response, checks).catch((error: unknown) => {
			logger.warn({ err: error, path: request.url }, 'health endpoint failed');
			if (!response.headersSent) response.writeHead(500, { 'content-type': 'text/plain' });
			response.end('internal error\n');
		});
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port, options.host, () => {
			server.off('error', reject);
			resolve();
		});
	});
	const address = server.address();
	const port = isAddressInfo(address) ? address.port : options.port;
	const host = options.host.includes(':') ? `[${options.host}]` : options.host;
	return {
		url: `http://${host}:${port}`,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => {
					resolve();
				});
			}),
	};
}

async function handle(request: IncomingMessage, response: ServerResponse, checks: HealthChecks): Promise<void> {
	const path = (request.url ?? '/').split('?')[0];
	if (request.method !== 'GET' && request.method !== 'HEAD') {
		response.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' }).end('method not allowed\n');
		return;
	}
	if (path === '/healthz') {
		const report = await healthReport(checks);
		response
			.writeHead(report.status === 'ok' ? 200 : 503, {
				'content-type': 'application/json',
				'cache-control': 'no-store',
			})
			.end(`${JSON.stringify(report)}\n`);
	} else if (path === '/metrics') {
		const body = checks.metrics();
		response.writeHead(200, { 'content-type': CONTENT_TYPE, 'cache-control': 'no-store' }).end(body);
	} else {
		response.writeHead(404, { 'content-type': 'text/plain' }).end('not found: try /healthz or /metrics\n');
	}
}

export async function healthReport(checks: HealthChecks): Promise<HealthReport> {
	const gatewayReady = checks.gatewayReady();
	const storeReachable = await checks.storeReachable();
	return { status: gatewayReady && storeReachable ? 'ok' : 'unavailable', gatewayReady, storeReachable };
}

function isAddressInfo(address: string | AddressInfo | null): address is AddressInfo {
	return typeof address === 'object' && address !== null;
}
