import type { InteractionStats } from '../core/stats.js';
import { formatMetrics, type MetricFamily } from './exposition.js';

export type TokenKind = 'prompt' | 'completion' | 'reasoning' | 'cached';

/** Where an error was counted: handler failures come from the interaction stats, the rest through `recordError`. */
export type ErrorSource = 'discord_client' | 'store' | 'model' | 'scheduler' | 'process';

/** Totals a feature already keeps (the /ask usage tracker), read at scrape time instead of counted twice. */
export interface UsageTotalsSource {
	readonly cache: string;
	readonly model: string;
	read(): {
		readonly cacheHits: number;
		readonly cacheMisses: number;
		readonly promptTokens: number;
		readonly completionTokens: number;
		readonly reasoningTokens: number;
		readonly cachedTokens: number;
		readonly failures: number;
	};
}

/** Reads a number at scrape time (e.g. guilds in cache); sampled only when /metrics is requested. */
export interface GaugeSource {
	readonly name: string;
	readonly help: string;
	read(): number;
}

/**
 * Process-wide counters features report to, exported by /metrics. Handlers reach it as `ctx.metrics`:
 * - `recordCacheLookup('ask', hit)` after every answer-cache lookup (quiz or other caches: their own name);
 * - `recordModelTokens(model, 'prompt' | 'completion' | 'reasoning' | 'cached', count)` after every model call;
 * - `recordError(source)` for failures outside an interaction (an interaction's failure is already counted).
 * Everything is in memory and per process: with shards, scrape each process.
 */
export class BotMetrics {
	readonly #cache = new Map<string, { hits: number; misses: number }>();
	readonly #tokens = new Map<string, Map<TokenKind, number>>();
	readonly #errors = new Map<ErrorSource, number>();
	readonly #gauges: GaugeSource[] = [];
	readonly #usage: UsageTotalsSource[] = [];

	recordCacheLookup(cache: string, hit: boolean): void {
		const counts = this.#cache.get(cache) ?? { hits: 0, misses: 0 };
		if (hit) counts.hits += 1;
		else counts.misses += 1;
		this.#cache.set(cache, counts);
	}

	recordModelTokens(model: string, kind: TokenKind, count: number): void {
		if (!Number.isFinite(count) || count <= 0) return;
		const byKind = this.#tokens.get(model) ?? new Map<TokenKind, number>();
		byKind.set(kind, (byKind.get(kind) ?? 0) + count);
		this.#tokens.set(model, byKind);
	}

	recordError(source: ErrorSource): void {
		this.#errors.set(source, (this.#errors.get(source) ?? 0) + 1);
	}

	addGauge(gauge: GaugeSource): void {
		this.#gauges.push(gauge);
	}

	addUsageSource(source: UsageTotalsSource): void {
		this.#usage.push(source);
	}

	/** Prometheus text for these counters plus the interaction stats (counts by outcome and latency). */
	render(stats: InteractionStats): string {
		return formatMetrics(this.families(stats));
	}

	families(stats: InteractionStats): MetricFamily[] {
		const cache = new Map([...this.#cache].map(([name, counts]) => [name, { ...counts }]));
		const tokens = new Map([...this.#tokens].map(([model, byKind]) => [model, new Map(byKind)]));
		const errors = new Map(this.#errors);
		for (const source of this.#usage) {
			const totals = source.read();
			const counts = cache.get(source.cache) ?? { hits: 0, misses: 0 };
			cache.set(source.cache, { hits: counts.hits + totals.cacheHits, misses: counts.misses + totals.cacheMisses });
			const byKind = tokens.get(source.model) ?? new Map<TokenKind, number>();
			const add = (kind: TokenKind, count: number) => {
				if (count > 0) byKind.set(kind, (byKind.get(kind) ?? 0) + count);
			};
			add('prompt', totals.promptTokens);
			add('completion', totals.completionTokens);
			add('reasoning', totals.reasoningTokens);
			add('cached', totals.cachedTokens);
			if (byKind.size > 0) tokens.set(source.model, byKind);
			if (totals.failures > 0) errors.set('model', (errors.get('model') ?? 0) + totals.failures);
		}
		return [
			{
				name: 'reasonbot_interactions_total',
				help: 'Interactions handled, by command and outcome.',
				type: 'counter',
				samples: stats.byCommandAndOutcome().map(({ command, outcome, count }) => ({
					labels: { command, outcome },
					value: count,
				})),
			},
			{
				name: 'reasonbot_interaction_duration_seconds',
				help: 'Time from receiving an interaction to its handler finishing, by command.',
				type: 'histogram',
				samples: stats.latencies().map(({ command, histogram }) => ({ labels: { command }, value: histogram })),
			},
			{
				name: 'reasonbot_cache_hits_total',
				help: 'Cache lookups that found an entry, by cache.',
				type: 'counter',
				samples: [...cache].map(([name, counts]) => ({ labels: { cache: name }, value: counts.hits })),
			},
			{
				name: 'reasonbot_cache_misses_total',
				help: 'Cache lookups that found nothing, by cache.',
				type: 'counter',
				samples: [...cache].map(([name, counts]) => ({ labels: { cache: name }, value: counts.misses })),
			},
			{
				name: 'reasonbot_model_tokens_total',
				help: 'Tokens reported by the model provider, by model and kind.',
				type: 'counter',
				samples: [...tokens].flatMap(([model, byKind]) =>
					[...byKind].map(([kind, value]) => ({ labels: { model, kind }, value })),
				),
			},
			{
				name: 'reasonbot_errors_total',
				help: 'Errors: failed interactions (source "interaction") and failures outside interactions.',
				type: 'counter',
				samples: [
					{ labels: { source: 'interaction' }, value: stats.count('failed') },
					...[...errors].map(([source, value]) => ({ labels: { source }, value })),
				],
			},
			...this.#gauges.map((gauge): MetricFamily => ({
				name: gauge.name,
				help: gauge.help,
				type: 'gauge',
				samples: [{ labels: {}, value: gauge.read() }],
			})),
		];
	}
}
