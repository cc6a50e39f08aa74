import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../helpers/harness.js';

function sampleValue(text: string, series: string): number | undefined {
	const line = text.split('\n').find((entry) => entry.startsWith(`${series} `));
	return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

describe('health endpoint of the running bot', () => {
	let harness: Harness;
	beforeAll(async () => {
		harness = await startHarness({ env: { HEALTH_PORT: '0' } });
	});
	afterAll(async () => {
		await harness.stop();
	});

	it('listens on loopback and reports the gateway ready and the store reachable', async () => {
		const url = harness.bot.health?.url;
		expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
		const response = await fetch(`${url}/healthz`);
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual({ status: 'ok', gatewayReady: true, storeReachable: true });
	});

	it('counts the interactions it answered by command and outcome, with their latency', async () => {
		const alice = harness.emulator.user('alice');
		await alice.slash('about');
		await alice.slash('about');
		const unknown = await alice.slash('explain', { topic: 'no such topic at all' });
		expect(unknown.ephemeral).toBe(true);
		harness.bot.app.metrics.recordCacheLookup('ask', true);
		harness.bot.app.metrics.recordModelTokens('test-model', 'completion', 42);

		const text = await (await fetch(`${harness.bot.health?.url ?? ''}/metrics`)).text();
		expect(sampleValue(text, 'reasonbot_interactions_total{command="/about",outcome="ok"}')).toBe(2);
		const explainOutcomes = text
			.split('\n')
			.filter((line) => line.startsWith('reasonbot_interactions_total{command="/explain"'));
		expect(explainOutcomes).toHaveLength(1);
		expect(sampleValue(text, 'reasonbot_interaction_duration_seconds_count{command="/about"}')).toBe(2);
		expect(sampleValue(text, 'reasonbot_interaction_duration_seconds_bucket{command="/about",le="+Inf"}')).toBe(2);
		const buckets = text
			.split('\n')
			.filter((line) => line.startsWith('reasonbot_interaction_duration_seconds_bucket{command="/about"'))
			.map((line) => Number(line.split(' ').at(-1)));
		expect(buckets).toEqual([...buckets].sort((a, b) => a - b));
		expect(sampleValue(text, 'reasonbot_cache_hits_total{cache="ask"}')).toBe(1);
		expect(sampleValue(text, 'reasonbot_model_tokens_total{model="test-model",kind="completion"}')).toBe(42);
		expect(sampleValue(text, 'reasonbot_errors_total{source="interaction"}')).toBe(0);
		expect(sampleValue(text, 'reasonbot_gateway_ready')).toBe(1);
		expect(sampleValue(text, 'reasonbot_guilds')).toBe(1);
	});
});

describe('health endpoint off by default', () => {
	it('starts no server when HEALTH_PORT is not set', async () => {
		const harness = await startHarness();
		try {
			expect(harness.bot.health).toBeUndefined();
		} finally {
			await harness.stop();
		}
	});
});
