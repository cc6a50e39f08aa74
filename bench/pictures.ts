/**
 * `npx tsx bench/pictures.ts`: the pictures' replies through the emulator (first, cold, and memoised), /quiz stats'
 * per-request picture, and plain /compare (no press) measured before and after pictures were drawn, in one bot
 * process; then the renderer on its own (first render, memo hit, PNG bytes). Writes bench/PICTURES.md.
 */
import { writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { loadConfig } from '../src/app/config.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { startOfflineStack } from '../src/playground/offlineStack.js';
import { createKnowledgePictures } from '../src/render/pictures/knowledgePictures.js';
import { barChartSpec } from '../src/render/pictures/barChartSpec.js';
import { comparisonChart } from '../src/render/pictures/benchmarkCharts.js';
import { createPngDrawer } from '../src/render/pictures/drawPng.js';
import type { PictureSource } from '../src/render/pictures/picture.js';
import { pipelineDiagramSvg, pipelineParts } from '../src/render/pictures/pipelineDiagram.js';
import { createPictureRenderer } from '../src/render/pictures/renderer.js';
import { createRenderWorker } from '../src/render/pictures/renderWorker.js';
import { longestStall } from '../tests/helpers/eventLoop.js';
import { median } from './lib/stats.js';
import { pictureWorkloads } from './pictureWorkloads.js';
import { combine, timeBatch, type WorkloadResult } from './lib/workload.js';
import type { Workload } from './workloads.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const COMPARE_RUNS = Number(process.env['BENCH_COUNT'] ?? 1_000);

const stack = await startOfflineStack({
	config: loadConfig({ CACHE_URL: 'memory://', DATABASE_URL: 'sqlite://:memory:', LOG_LEVEL: 'warn' }),
	logger: pino({ level: 'warn' }),
	emulator: { replyTimeoutMs: 30_000 },
});
const users = Array.from({ length: 64 }, (_, index) => stack.emulator.user(`learner${index}`));
const userFor = (index: number) => users[index % users.length] ?? stack.emulator.user('learner');
const plainCompare: Workload = {
	name: '/compare (no press)',
	run: async (index) => {
		await userFor(index).slash('compare', { first: 'r1', second: 'v3' });
	},
	runs: COMPARE_RUNS,
};

const rows: string[] = [];
const row = (name: string, result: WorkloadResult, extra = '') =>
	rows.push(
		`| ${name} | ${result.concurrency} | ${result.p50} | ${result.p95} | ${result.perSecond} | ${result.failures} | ${extra} |`,
	);
async function measure(workload: Workload, label = workload.name): Promise<void> {
	for (const concurrency of workload.concurrencies ?? [1, 16]) {
		stack.emulator.reset();
		const count = workload.runs ?? 200;
		await workload.beforeBatch?.(count);
		const result = combine([await timeBatch(workload.run, { count, concurrency })], concurrency);
		const figures = workload.figures ? await workload.figures() : {};
		row(
			label,
			result,
			Object.entries(figures)
				.map(([key, value]) => `${key} ${value}`)
				.join(', '),
		);
	}
}

try {
	await measure(plainCompare, '/compare (no press), before any picture');
	for (const workload of pictureWorkloads(userFor)) {
		await workload.prepare?.();
		await measure(workload);
	}
	await measure(plainCompare, '/compare (no press), after the pictures');
} finally {
	await stack.stop();
}

// The renderer alone, in this process (its first call loads Vega and resvg, as the bot's first picture does).
const knowledge = await loadKnowledge(`${ROOT}knowledge/knowledge.json`);
const topic = (id: string) => {
	const found = knowledge.topics.find((candidate) => candidate.id === id);
	if (!found) throw new Error(`no topic ${id}`);
	return found;
};
const must = <T>(value: Promise<T> | undefined): Promise<T> => value ?? Promise.reject(new Error('no picture'));
const renderer = createPictureRenderer();
const pictures = createKnowledgePictures(knowledge, renderer);
const renderRows: string[] = [];
const time = async (name: string, draw: () => Promise<{ png: Buffer; width: number; height: number }>) => {
	let started = performance.now();
	const picture = await draw();
	const firstMs = performance.now() - started;
	started = performance.now();
	await draw();
	const memoMs = performance.now() - started;
	renderRows.push(
		`| ${name} | ${firstMs.toFixed(0)} | ${(memoMs * 1000).toFixed(0)} | ${picture.width}×${picture.height} | ${(picture.png.length / 1024).toFixed(1)} |`,
	);
};
await time('comparison R1 vs o1 (first: loads Vega + resvg)', () =>
	must(pictures.comparison(topic('deepseek-r1'), topic('openai-o1'))),
);
await time('comparison R1 vs V3', () => must(pictures.comparison(topic('deepseek-r1'), topic('deepseek-v3'))));
await time('benchmark AIME 2024', () => must(pictures.benchmark(topic('aime-2024'))));
await time('benchmark other benchmarks (10 panels)', () => must(pictures.benchmark(topic('other-benchmarks'))));
await time('pipeline', () => pictures.pipeline());
await time('pipeline, stage 3 highlighted', () => pictures.pipeline(topic('reasoning-rl')));

await renderer.close();

// The event loop while a warm picture renders: drawn in this thread (as before the worker) and through the worker.
const STALL_RUNS = 5;
const chart = comparisonChart(knowledge, topic('deepseek-r1'), topic('deepseek-v3'));
if (!chart) throw new Error('no R1 vs V3 chart');
const stallSources: [string, PictureSource][] = [
	['comparison R1 vs V3 (Vega-Lite)', { kind: 'vega-lite', spec: barChartSpec(chart, renderer.measure) }],
	['pipeline (SVG)', { kind: 'svg', svg: pipelineDiagramSvg(pipelineParts(knowledge), undefined, renderer.measure) }],
];
const inThread = createPngDrawer();
const worker = createRenderWorker();
const stallRows: string[] = [];
for (const [name, source] of stallSources) {
	for (const [where, draw] of [
		['in the thread', inThread],
		['through the worker', (picture: PictureSource) => worker.render(picture)],
	] as const) {
		await draw(source);
		const stalls: number[] = [];
		const renders: number[] = [];
		for (let run = 0; run < STALL_RUNS; run += 1) {
			const started = performance.now();
			stalls.push(await longestStall(() => draw(source)));
			renders.push(performance.now() - started);
		}
		stallRows.push(
			`| ${name} | ${where} | ${median(renders).toFixed(0)} | ${median(stalls).toFixed(1)} | ${Math.max(...stalls).toFixed(1)} |`,
		);
	}
}
await worker.close();

const report = `# Pictures bench

Run ${new Date().toISOString()} with \`npx tsx bench/pictures.ts\` (one bot process, the emulator over loopback, Node ${process.version}). Latency in ms from the emulator's dispatch to the final reply; for /quiz stats, to the edit that adds the picture. "first reply ms": the first reply of that picture (cold: Vega and resvg load on first use); "PNG bytes": its size.

| Workload | c | p50 | p95 | per s | failures | figures |
| --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

Renderer alone (this process, through its worker thread): first render, then the memoised reply (µs), pixel size and PNG size.

| Picture | first ms | memo µs | pixels | KB |
| --- | --- | --- | --- | --- |
${renderRows.join('\n')}

The event loop while one warm picture renders (${STALL_RUNS} runs each): render ms (median) and the longest gap between
ticks of a 5 ms interval (median and max), drawn in the bot's thread as before the worker, and through the worker.

| Picture | drawn | render ms | longest gap ms (median) | (max) |
| --- | --- | --- | --- | --- |
${stallRows.join('\n')}
`;
await writeFile(`${ROOT}bench/PICTURES.md`, report);
console.log(report);
