/** Upper bounds in seconds: interactions answer in well under a second, model calls take up to minutes. */
export const LATENCY_BUCKETS_SECONDS: readonly number[] = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120];

export interface HistogramSnapshot {
	readonly buckets: readonly { readonly le: number; readonly count: number }[];
	readonly sum: number;
	readonly count: number;
}

/** A Prometheus-style histogram: one counter per bucket, made cumulative when read. */
export class Histogram {
	readonly #bounds: readonly number[];
	readonly #counts: number[];
	#sum = 0;
	#count = 0;

	constructor(bounds: readonly number[] = LATENCY_BUCKETS_SECONDS) {
		this.#bounds = [...bounds].sort((a, b) => a - b);
		this.#counts = this.#bounds.map(() => 0);
	}

	observe(value: number): void {
		const index = this.#bounds.findIndex((bound) => value <= bound);
		if (index >= 0) this.#counts[index] = (this.#counts[index] ?? 0) + 1;
		this.#sum += value;
		this.#count += 1;
	}

	/** Buckets are cumulative (each counts every observation ≤ its bound); +Inf is `count`. */
	snapshot(): HistogramSnapshot {
		let running = 0;
		const buckets = this.#bounds.map((le, index) => {
			running += this.#counts[index] ?? 0;
			return { le, count: running };
		});
		return { buckets, sum: this.#sum, count: this.#count };
	}
}
