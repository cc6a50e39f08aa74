import { describe, expect, it } from 'vitest';
import { startHealthServer, type HealthChecks } from '../../../src/health/healthServer.js';
import { silentLogger } from '../../helpers/logs.js';

async function withServer(checks: HealthChecks, run: (url: string) => Promise<void>): Promise<void> {
	const server = await startHealthServer({ host: '127.0.0.1', port: 0, checks }, silentLogger());
	try {
		await run(server.url);
	} finally {
		await server.close();
	}
}

const healthy: HealthChecks = {
	gatewayReady: () => true,
	storeReachable: () => Promise.resolve(true),
	metrics: () => '# HELP a_total A.\n# TYPE a_total counter\na_total 1\n',
};

describe('health server', () => {
	it('answers /healthz 200 with the report when gateway and store are fine, and serves /metrics as text', async () => {
		await withServer(healthy, async (url) => {
			expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
			const health = await fetch(`${url}/healthz`);
			expect(health.status).toBe(200);
			expect(await health.json()).toEqual({ status: 'ok', gatewayReady: true, storeReachable: true });
			const metrics = await fetch(`${url}/metrics`);
			expect(metrics.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
			expect(await metrics.text()).toBe('# HELP a_total A.\n# TYPE a_total counter\na_total 1\n');
			expect((await fetch(`${url}/nope`)).status).toBe(404);
			expect((await fetch(`${url}/healthz`, { method: 'POST' })).status).toBe(405);
		});
	});

	it('answers 503 naming what is down', async () => {
		await withServer({ ...healthy, storeReachable: () => Promise.resolve(false) }, async (url) => {
			const response = await fetch(`${url}/healthz`);
			expect(response.status).toBe(503);
			expect(await response.json()).toEqual({ status: 'unavailable', gatewayReady: true, storeReachable: false });
		});
		await withServer({ ...healthy, gatewayReady: () => false }, async (url) => {
			const response = await fetch(`${url}/healthz`);
			expect(response.status).toBe(503);
			expect(await response.json()).toEqual({ status: 'unavailable', gatewayReady: false, storeReachable: true });
		});
	});

	it('answers 500 (and keeps serving) when building the metrics throws', async () => {
		await withServer(
			{
				...healthy,
				metrics: () => {
					throw new Error('broken collector');
				},
			},
			async (url) => {
				expect((await fetch(`${url}/metrics`)).status).toBe(500);
				expect((await fetch(`${url}/healthz`)).status).toBe(200);
			},
		);
	});
});
