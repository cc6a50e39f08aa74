export interface LatencySummary {
	readonly count: number;
	readonly p50: number;
	readonly p95: number;
	readonly p99: number;
	readonly mean: number;
}

/** Nearest-rank percentiles in milliseconds, rounded to 0.01 ms. */
export function summarise(samples: readonly number[]): LatencySummary {
	const sorted = [...samples].sort((a, b) => a - b);
	const at = (fraction: number) =>
		sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
	return {
		count: sorted.length,
		p50: round(at(0.5)),
		p95: round(at(0.95)),
		p99: round(at(0.99)),
		mean: round(mean(sorted)),
	};
}

export function round(value: number, digits = 2): number {
	const factor = 10 ** digits;
	return Math.round(value * factor) / factor;
}

export function median(values: readonly number[]): number {
	return summarise(values).p50;
}

export function mean(values: readonly number[]): number {
	return values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
}
