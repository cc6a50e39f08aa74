import { performance } from 'node:perf_hooks';

/** The longest the event loop went without running a 5 ms interval while `work` ran (ms). */
export async function longestStall(work: () => Promise<unknown>): Promise<number> {
	let last = performance.now();
	let longest = 0;
	const tick = () => {
		const now = performance.now();
		longest = Math.max(longest, now - last);
		last = now;
	};
	const timer = setInterval(tick, 5);
	try {
		await work();
	} finally {
		clearInterval(timer);
		tick();
	}
	return longest;
}
