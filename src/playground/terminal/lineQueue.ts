import type { Interface } from 'node:readline';

export interface LineQueue {
	/** The next line typed or piped in; undefined once input has ended. */
	next(): Promise<string | undefined>;
}

/** One reader for both the command loop and modal prompts, so piped input feeds modal fields in order. */
export function lineQueue(lines: Interface): LineQueue {
	const buffered: string[] = [];
	const waiting: ((line: string | undefined) => void)[] = [];
	let ended = false;
	lines.on('line', (line) => {
		const waiter = waiting.shift();
		if (waiter) waiter(line);
		else buffered.push(line);
	});
	lines.once('close', () => {
		ended = true;
		for (const waiter of waiting.splice(0)) waiter(undefined);
	});
	return {
		next() {
			const line = buffered.shift();
			if (line !== undefined) return Promise.resolve(line);
			if (ended) return Promise.resolve(undefined);
			return new Promise((resolve) => waiting.push(resolve));
		},
	};
}
