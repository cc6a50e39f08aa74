import { Histogram, type HistogramSnapshot } from '../metrics/histogram.js';

export type InteractionOutcome = 'ok' | 'user_error' | 'failed' | 'refused';

/** Counters and latencies since the process started, shown by /about and exported by /metrics. */
export class InteractionStats {
	readonly #byOutcome = new Map<InteractionOutcome, number>();
	readonly #byCommand = new Map<string, number>();
	/** Keyed by metric name then outcome; names are bounded (see `metricCommandName`). */
	readonly #byMetricName = new Map<string, Map<InteractionOutcome, number>>();
	readonly #latency = new Map<string, Histogram>();

	record(command: string, outcome: InteractionOutcome, durationMs?: number): void {
		this.#byOutcome.set(outcome, (this.#byOutcome.get(outcome) ?? 0) + 1);
		this.#byCommand.set(command, (this.#byCommand.get(command) ?? 0) + 1);
		const name = metricCommandName(command);
		const outcomes = this.#byMetricName.get(name) ?? new Map<InteractionOutcome, number>();
		outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
		this.#byMetricName.set(name, outcomes);
		if (durationMs !== undefined) {
			const histogram = this.#latency.get(name) ?? new Histogram();
			histogram.observe(durationMs / 1000);
			this.#latency.set(name, histogram);
		}
	}

	get total(): number {
		let sum = 0;
		for (const count of this.#byOutcome.values()) sum += count;
		return sum;
	}

	count(outcome: InteractionOutcome): number {
		return this.#byOutcome.get(outcome) ?? 0;
	}

	/** Most used commands first. */
	topCommands(limit: number): readonly { readonly command: string; readonly count: number }[] {
		return [...this.#byCommand]
			.map(([command, count]) => ({ command, count }))
			.sort((a, b) => b.count - a.count || byCodePoint(a.command, b.command))
			.slice(0, limit);
	}

	/** Counts by bounded command name and outcome, for /metrics. */
	byCommandAndOutcome(): readonly {
		readonly command: string;
		readonly outcome: InteractionOutcome;
		readonly count: number;
	}[] {
		return [...this.#byMetricName].flatMap(([command, outcomes]) =>
			[...outcomes].map(([outcome, count]) => ({ command, outcome, count })),
		);
	}

	/** Latency in seconds by bounded command name, for /metrics. */
	latencies(): readonly { readonly command: string; readonly histogram: HistogramSnapshot }[] {
		return [...this.#latency].map(([command, histogram]) => ({ command, histogram: histogram.snapshot() }));
	}
}

/**
 * Component labels carry custom-id arguments (`button quiz:answer:…`); metrics keep the kind and the prefix only,
 * so the number of series stays bounded whatever ids users send.
 */
export function metricCommandName(label: string): string {
	const match = /^(button|select|modal) ([^:\s]*)/.exec(label);
	if (match) return `${match[1] ?? ''} ${(match[2] ?? '').slice(0, 32)}`;
	return label.slice(0, 64);
}

/** Command names are ASCII: code-point order is theirs, with no locale (ICU's collation data) loaded for it. */
function byCodePoint(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
