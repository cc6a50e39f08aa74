import { describe, expect, it } from 'vitest';
import { InteractionStats, metricCommandName } from '../../../src/core/stats.js';
import { BotMetrics } from '../../../src/metrics/botMetrics.js';
import { formatMetrics } from '../../../src/metrics/exposition.js';
import { Histogram } from '../../../src/metrics/histogram.js';

/** Parses `name{labels} value` lines into a map for lookups; every line must match the text format. */
function parseSamples(text: string): Map<string, number> {
	const samples = new Map<string, number>();
	for (const line of text.trimEnd().split('\n')) {
		if (line.startsWith('# HELP ') || line.startsWith('# TYPE ')) continue;
		const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*(?:\{.*\})?) (-?[0-9.e+]+|\+Inf|NaN)$/.exec(line);
		if (!match) throw new Error(`not a sample line: ${line}`);
		samples.set(match[1]!, Number(match[2]));
	}
	return samples;
}

describe('Histogram', () => {
	it('counts each observation in the first bucket that holds it and reads cumulatively', () => {
		const histogram = new Histogram([0.1, 1, 10]);
		for (const value of [0.05, 0.1, 0.5, 2, 20]) histogram.observe(value);
		expect(histogram.snapshot()).toEqual({
			buckets: [
				{ le: 0.1, count: 2 },
				{ le: 1, count: 3 },
				{ le: 10, count: 4 },
			],
			sum: 22.65,
			count: 5,
		});
	});
});

describe('formatMetrics', () => {
	it('writes HELP and TYPE once per family, escapes label values and ends with a newline', () => {
		const text = formatMetrics([
			{
				name: 'x_total',
				help: 'Line one\nline two with \\ backslash',
				type: 'counter',
				samples: [
					{ labels: { command: 'say "hi"\\now\n' }, value: 3 },
					{ labels: {}, value: 1 },
				],
			},
		]);
		expect(text).toBe(
			[
				'# HELP x_total Line one\\nline two with \\\\ backslash',
				'# TYPE x_total counter',
				'x_total{command="say \\"hi\\"\\\\now\\n"} 3',
				'x_total 1',
				'',
			].join('\n'),
		);
	});

	it('writes histograms as cumulative _bucket lines ending in +Inf, then _sum and _count', () => {
		const histogram = new Histogram([0.5, 1]);
		histogram.observe(0.2);
		histogram.observe(0.7);
		histogram.observe(3);
		const text = formatMetrics([
			{
				name: 'd_seconds',
				help: 'd',
				type: 'histogram',
				samples: [{ labels: { c: 'a' }, value: histogram.snapshot() }],
			},
		]);
		expect(text.split('\n')).toEqual([
			'# HELP d_seconds d',
			'# TYPE d_seconds histogram',
			'd_seconds_bucket{c="a",le="0.5"} 1',
			'd_seconds_bucket{c="a",le="1"} 2',
			'd_seconds_bucket{c="a",le="+Inf"} 3',
			'd_seconds_sum{c="a"} 3.9',
			'd_seconds_count{c="a"} 3',
			'',
		]);
	});
});

describe('BotMetrics with the interaction stats', () => {
	it('exports interactions by command and outcome, latency, cache hits and misses, model tokens and errors', () => {
		const stats = new InteractionStats();
		stats.record('/about', 'ok', 12);
		stats.record('/about', 'ok', 700);
		stats.record('/explain', 'failed', 40);
		stats.record('button quiz:answer:abc123', 'user_error', 5);
		const metrics = new BotMetrics();
		metrics.recordCacheLookup('ask', true);
		metrics.recordCacheLookup('ask', false);
		metrics.recordCacheLookup('ask', false);
		metrics.recordModelTokens('r1', 'prompt', 120);
		metrics.recordModelTokens('r1', 'prompt', 30);
		metrics.recordModelTokens('r1', 'completion', 80);
		metrics.recordModelTokens('r1', 'reasoning', 0);
		metrics.recordError('store');
		metrics.addGauge({ name: 'reasonbot_guilds', help: 'Guilds.', read: () => 2 });
		const text = metrics.render(stats);
		const samples = parseSamples(text);

		expect(samples.get('reasonbot_interactions_total{command="/about",outcome="ok"}')).toBe(2);
		expect(samples.get('reasonbot_interactions_total{command="/explain",outcome="failed"}')).toBe(1);
		expect(samples.get('reasonbot_interactions_total{command="button quiz",outcome="user_error"}')).toBe(1);
		expect(samples.get('reasonbot_interaction_duration_seconds_bucket{command="/about",le="0.05"}')).toBe(1);
		expect(samples.get('reasonbot_interaction_duration_seconds_bucket{command="/about",le="0.5"}')).toBe(1);
		expect(samples.get('reasonbot_interaction_duration_seconds_bucket{command="/about",le="1"}')).toBe(2);
		expect(samples.get('reasonbot_interaction_duration_seconds_bucket{command="/about",le="+Inf"}')).toBe(2);
		expect(samples.get('reasonbot_interaction_duration_seconds_count{command="/about"}')).toBe(2);
		expect(samples.get('reasonbot_interaction_duration_seconds_sum{command="/about"}')).toBeCloseTo(0.712);
		expect(samples.get('reasonbot_cache_hits_total{cache="ask"}')).toBe(1);
		expect(samples.get('reasonbot_cache_misses_total{cache="ask"}')).toBe(2);
		expect(samples.get('reasonbot_model_tokens_total{model="r1",kind="prompt"}')).toBe(150);
		expect(samples.get('reasonbot_model_tokens_total{model="r1",kind="completion"}')).toBe(80);
		expect(samples.has('reasonbot_model_tokens_total{model="r1",kind="reasoning"}')).toBe(false);
		expect(samples.get('reasonbot_errors_total{source="interaction"}')).toBe(1);
		expect(samples.get('reasonbot_errors_total{source="store"}')).toBe(1);
		expect(samples.get('reasonbot_guilds')).toBe(2);
		for (const name of ['reasonbot_interactions_total', 'reasonbot_interaction_duration_seconds']) {
			expect(text).toContain(`# HELP ${name} `);
		}
		expect(text).toContain('# TYPE reasonbot_interaction_duration_seconds histogram');
		expect(text).toContain('# TYPE reasonbot_cache_hits_total counter');
		expect(text).toContain('# TYPE reasonbot_guilds gauge');
	});

	it('adds totals a feature keeps itself (the /ask usage tracker) to the cache, token and error counters', () => {
		const metrics = new BotMetrics();
		metrics.recordCacheLookup('ask', true);
		const totals = {
			cacheHits: 2,
			cacheMisses: 1,
			promptTokens: 100,
			completionTokens: 40,
			reasoningTokens: 25,
			cachedTokens: 0,
			failures: 1,
		};
		metrics.addUsageSource({ cache: 'ask', model: 'r1', read: () => totals });
		const samples = parseSamples(metrics.render(new InteractionStats()));
		expect(samples.get('reasonbot_cache_hits_total{cache="ask"}')).toBe(3);
		expect(samples.get('reasonbot_cache_misses_total{cache="ask"}')).toBe(1);
		expect(samples.get('reasonbot_model_tokens_total{model="r1",kind="prompt"}')).toBe(100);
		expect(samples.get('reasonbot_model_tokens_total{model="r1",kind="reasoning"}')).toBe(25);
		expect(samples.has('reasonbot_model_tokens_total{model="r1",kind="cached"}')).toBe(false);
		expect(samples.get('reasonbot_errors_total{source="model"}')).toBe(1);
		// Read at every scrape, never accumulated into our own counters.
		expect(parseSamples(metrics.render(new InteractionStats())).get('reasonbot_cache_hits_total{cache="ask"}')).toBe(3);
	});

	it('keeps component labels bounded: kind and prefix only, whatever the custom id holds', () => {
		expect(metricCommandName('button quiz:answer')).toBe('button quiz');
		expect(metricCommandName('select explain:stage')).toBe('select explain');
		expect(metricCommandName(`modal ${'x'.repeat(90)}:y`)).toBe(`modal ${'x'.repeat(32)}`);
		expect(metricCommandName('/quiz leaderboard')).toBe('/quiz leaderboard');
	});
});
