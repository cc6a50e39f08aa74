/** Runs `action(index)` at a steady rate, never more than `maxInFlight` at once; counts what finished and failed. */
export interface Pacer {
	readonly started: number;
	readonly finished: number;
	readonly failures: number;
	/** Stops starting new actions and waits for those in flight. */
	stop(): Promise<void>;
}

export function startPacer(
	action: (index: number) => Promise<unknown>,
	options: { readonly perSecond: number; readonly maxInFlight: number },
): Pacer {
	const inFlight = new Set<Promise<void>>();
	let started = 0;
	let finished = 0;
	let failures = 0;
	const startedAt = performance.now();
	// Catch up to where the clock says we should be, so timer drift does not lower the rate.
	const tick = () => {
		const due = Math.floor(((performance.now() - startedAt) / 1000) * options.perSecond);
		while (started < due && inFlight.size < options.maxInFlight) {
			const task = action(started++).then(
				() => {
					finished++;
				},
				() => {
					failures++;
				},
			);
			inFlight.add(task);
			void task.finally(() => inFlight.delete(task));
		}
	};
	const timer = setInterval(tick, 20);
	return {
		get started() {
			return started;
		},
		get finished() {
			return finished;
		},
		get failures() {
			return failures;
		},
		async stop() {
			clearInterval(timer);
			await Promise.allSettled([...inFlight]);
		},
	};
}
