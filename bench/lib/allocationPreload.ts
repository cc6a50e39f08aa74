import { writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * A preload for a bot (`node --import <file>`): V8's sampling heap profiler with objects collected by either GC
 * counted too, so it measures what the bot allocates, not what stays. Each SIGUSR2 appends the bytes sampled since
 * the previous one to ALLOCATION_LOG as a JSON line and starts counting afresh. Kept as text, written out for each
 * run: the bots run compiled JavaScript with plain node, and the build does not compile bench/lib.
 */
const SOURCE = `
import { appendFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';

const log = process.env.ALLOCATION_LOG;
if (log) {
	const session = new Session();
	session.connect();
	const start = () =>
		session.post('HeapProfiler.startSampling', {
			samplingInterval: 8192,
			includeObjectsCollectedByMajorGC: true,
			includeObjectsCollectedByMinorGC: true,
		});
	const total = (node) => node.children.reduce((sum, child) => sum + total(child), node.selfSize);
	let since = performance.now();
	await session.post('HeapProfiler.enable');
	await start();
	process.on('SIGUSR2', () => {
		void (async () => {
			const { profile } = await session.post('HeapProfiler.stopSampling');
			await start();
			const now = performance.now();
			appendFileSync(log, JSON.stringify({ bytes: total(profile.head), ms: now - since }) + '\\n');
			since = now;
		})();
	});
}
`;

/** Writes the preload into `directory` and returns its path. */
export async function writeAllocationPreload(directory: string): Promise<string> {
	const file = path.join(directory, 'allocationPreload.mjs');
	await writeFile(file, SOURCE);
	return file;
}
