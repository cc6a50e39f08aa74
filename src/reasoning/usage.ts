import type { Logger } from 'pino';
import type { TokenUsage } from './types.js';

export interface UsageTotals {
	readonly calls: number;
	readonly failures: number;
	readonly promptTokens: number;
	readonly completionTokens: number;
	readonly reasoningTokens: number;
	readonly cachedTokens: number;
	readonly cacheHits: number;
	readonly cacheMisses: number;
}

/** Model usage since start: one log line per call, totals for /about. */
export class UsageTracker {
	#totals: UsageTotals = {
		calls: 0,
		failures: 0,
		promptTokens: 0,
		completionTokens: 0,
		reasoningTokens: 0,
		cachedTokens: 0,
		cacheHits: 0,
		cacheMisses: 0,
	};

	constructor(private readonly logger: Logger) {}

	recordCall(call: {
		readonly model: string;
		readonly usage: TokenUsage | undefined;
		readonly latencyMs: number;
	}): void {
		const usage = call.usage ?? { promptTokens: 0, completionTokens: 0, reasoningTokens: 0, cachedTokens: 0 };
		const t = this.#totals;
		this.#totals = {
			...t,
			calls: t.calls + 1,
			promptTokens: t.promptTokens + usage.promptTokens,
			completionTokens: t.completionTokens + usage.completionTokens,
			reasoningTokens: t.reasoningTokens + usage.reasoningTokens,
			cachedTokens: t.cachedTokens + usage.cachedTokens,
		};
		this.logger.info(
			{ model: call.model, ...usage, latencyMs: call.latencyMs, usageReported: call.usage !== undefined },
			'model call',
		);
	}

	recordFailure(model: string, latencyMs: number, err: unknown): void {
		this.#totals = { ...this.#totals, calls: this.#totals.calls + 1, failures: this.#totals.failures + 1 };
		this.logger.warn({ model, latencyMs, err }, 'model call failed');
	}

	recordCacheLookup(hit: boolean): void {
		const t = this.#totals;
		this.#totals = hit ? { ...t, cacheHits: t.cacheHits + 1 } : { ...t, cacheMisses: t.cacheMisses + 1 };
	}

	get totals(): UsageTotals {
		return this.#totals;
	}
}
