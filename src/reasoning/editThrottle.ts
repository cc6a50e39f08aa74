/**
 * Coalesces "something changed" into at most one edit per interval (Discord allows about 5 edits per 5 s per
 * channel), with a tick so a silent think still shows its clock moving. `finish` stops it after the last edit.
 */
export interface EditThrottle {
	/** Something changed: edit soon (now, if the last edit is old enough). */
	poke(): void;
	/** Stops ticking and waits for an edit still running. */
	finish(): Promise<void>;
}

export function createEditThrottle(options: {
	readonly intervalMs: number;
	readonly edit: () => Promise<void>;
	readonly onError: (error: unknown) => void;
	readonly now?: () => number;
}): EditThrottle {
	const now = options.now ?? Date.now;
	let lastEditAt = Number.NEGATIVE_INFINITY;
	let running: Promise<void> | undefined;
	let stopped = false;

	const tryEdit = (): void => {
		if (stopped || running || now() - lastEditAt < options.intervalMs) return;
		lastEditAt = now();
		running = options
			.edit()
			.catch(options.onError)
			.finally(() => {
				running = undefined;
			});
	};
	const timer = setInterval(() => {
		tryEdit();
	}, options.intervalMs);

	return {
		poke() {
			tryEdit();
		},
		async finish() {
			stopped = true;
			clearInterval(timer);
			await running;
		},
	};
}
