import { performance } from 'node:perf_hooks';
import { listComponents, type EmulatorUser, type Reply } from '../src/emulator/index.js';
import type { Workload } from './workloads.js';

/** Each picture reply uploads ~60-90 KB: fewer runs than the text workloads' 2,000. */
const RUNS = 200;

/** The first press of a workload (cold: loads Vega and resvg, renders) and the picture's size, for the report. */
interface FirstPicture {
	ms: number;
	bytes: number;
}

/**
 * Pictures, as people meet them: the /compare chart press and /explain's pictured replies (memoised after the first,
 * timed in `prepare`), and /quiz stats whose picture is drawn per request. Usable in bench/run.ts's workload list;
 * bench/pictures.ts runs them on their own.
 */
export function pictureWorkloads(userFor: (index: number) => EmulatorUser): Workload[] {
	const first: Record<string, FirstPicture> = {};
	const timeFirst = async (name: string, act: () => Promise<Reply | undefined>) => {
		const started = performance.now();
		const reply = await act();
		first[name] = { ms: performance.now() - started, bytes: reply?.message?.attachments[0]?.size ?? 0 };
		if (first[name].bytes === 0) throw new Error(`${name}: no picture attached`);
	};
	// Named by picture: bench/run.ts gathers every workload's figures into one table.
	const figures = (name: string) => () =>
		Promise.resolve({
			[`${name} first reply ms`]: Math.round(first[name]?.ms ?? 0),
			[`${name} PNG bytes`]: first[name]?.bytes ?? 0,
		});
	let compare: Reply | undefined;
	const compareReply = (): Reply => {
		if (!compare) throw new Error('prepare first');
		return compare;
	};
	const chartId = 'compare:chart:deepseek-r1:deepseek-v3';
	return [
		{
			name: '/compare 📊 Chart press (memoised after the first)',
			// The emulator forgets messages between batches: each batch presses on a fresh /compare reply.
			beforeBatch: async () => {
				compare = await userFor(0).slash('compare', { first: 'r1', second: 'v3' });
			},
			prepare: async () => {
				compare = await userFor(0).slash('compare', { first: 'r1', second: 'v3' });
				if (!listComponents(compare).some((component) => component.customId === chartId)) {
					throw new Error('no Chart button on /compare');
				}
				await timeFirst('chart', () => userFor(0).click(compareReply(), chartId, { timeoutMs: 30_000 }));
			},
			run: async (index) => {
				const reply = await userFor(index).click(compareReply(), chartId);
				if (reply.message?.attachments.length !== 1) throw new Error('chart without its picture');
			},
			figures: figures('chart'),
			runs: RUNS,
		},
		{
			name: '/explain pipeline (with its diagram)',
			prepare: () =>
				timeFirst('pipeline', () => userFor(0).slash('explain', { topic: 'pipeline' }, { timeoutMs: 30_000 })),
			run: async (index) => {
				await userFor(index).slash('explain', { topic: 'pipeline' });
			},
			figures: figures('pipeline'),
			runs: RUNS,
		},
		{
			name: '/explain AIME 2024 (with its chart)',
			prepare: () =>
				timeFirst('aime', () => userFor(0).slash('explain', { topic: 'aime 2024' }, { timeoutMs: 30_000 })),
			run: async (index) => {
				await userFor(index).slash('explain', { topic: 'aime 2024' });
			},
			figures: figures('aime'),
			runs: RUNS,
		},
		{
			name: '/quiz stats to its picture (drawn per request, after the text)',
			prepare: async () => {
				// Stats need answers: one per user of the pool's first few.
				for (let index = 0; index < 8; index += 1) {
					const user = userFor(index);
					const question = await user.slash('quiz question');
					const option = listComponents(question).find((component) => component.customId?.startsWith('quiz:answer:'));
					if (option?.customId) await user.click(question, option.customId);
				}
			},
			run: async (index) => {
				await userFor(index % 8)
					.startSlash('quiz stats')
					.waitFor((handle) => (handle.original?.attachments.length ?? 0) > 0, 30_000);
			},
			concurrencies: [1, 8],
			runs: RUNS / 4,
		},
	];
}
