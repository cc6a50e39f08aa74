import { performance } from 'node:perf_hooks';
import { pino } from 'pino';
import { openStore } from '../../src/cache/openStore.js';
import { round, summarise } from './stats.js';

export interface StoreFigures {
	readonly backend: string;
	readonly setMedianMs: number;
	readonly setP95Ms: number;
	readonly getMedianMs: number;
	readonly getP95Ms: number;
}

const OPERATIONS = 2_000;

/** Sequential set then get of small JSON values through the same Keyv namespaces the bot uses. */
export async function benchStore(url: string): Promise<StoreFigures> {
	const store = await openStore(url, pino({ level: 'silent' }));
	try {
		const keyv = store.namespace<{ points: number; topic: string }>(`bench-${String(process.pid)}`);
		const sets: number[] = [];
		const gets: number[] = [];
		for (let index = 0; index < OPERATIONS; index++) {
			const started = performance.now();
			await keyv.set(`user:${String(index % 200)}`, { points: index, topic: 'cold-start-sft' });
			sets.push(performance.now() - started);
		}
		for (let index = 0; index < OPERATIONS; index++) {
			const started = performance.now();
			await keyv.get(`user:${String(index % 200)}`);
			gets.push(performance.now() - started);
		}
		const set = summarise(sets.slice(100));
		const get = summarise(gets.slice(100));
		return {
			backend: store.location,
			setMedianMs: round(set.p50, 3),
			setP95Ms: round(set.p95, 3),
			getMedianMs: round(get.p50, 3),
			getP95Ms: round(get.p95, 3),
		};
	} finally {
		await store.close();
	}
}
