import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase, Score, Topic } from '../../../../src/knowledge/types.js';
import { barChartSpec } from '../../../../src/render/pictures/barChartSpec.js';
import {
	benchmarkTopicChart,
	comparisonChart,
	describeBarChart,
} from '../../../../src/render/pictures/benchmarkCharts.js';
import { loadRealKnowledge, topic as topicOf } from '../knowledge.js';

let knowledge: KnowledgeBase;
beforeAll(async () => {
	knowledge = await loadRealKnowledge();
});

const topic = (id: string): Topic => topicOf(knowledge, id);
const scoresOf = (model: string) => knowledge.benchmarks.scores.filter((score) => score.model === model);
const measure = (score: Score) => `${score.benchmark}|${score.metric}`;

describe('comparison chart (from the score table)', () => {
	it('has a pair of bars for every benchmark and metric both models have, and no other', () => {
		const [first, second] = [topic('deepseek-r1'), topic('openai-o1')];
		const chart = comparisonChart(knowledge, first, second);
		const theirs = new Set(scoresOf('openai-o1').map(measure));
		const shared = new Set(
			scoresOf('deepseek-r1')
				.map(measure)
				.filter((key) => theirs.has(key)),
		);
		const bars = chart?.panels.flatMap((panel) => panel.bars) ?? [];
		expect(shared.size).toBeGreaterThan(3);
		expect(bars).toHaveLength(2 * shared.size);
		expect(chart?.series).toEqual(['DeepSeek-R1', 'OpenAI o1']);
		expect(new Set(bars.map((bar) => bar.series))).toEqual(new Set(['DeepSeek-R1', 'OpenAI o1']));
		const names = new Map(knowledge.benchmarks.benchmarks.map((benchmark) => [benchmark.id, benchmark.name]));
		// Every group starts with a benchmark's name and holds one bar per model.
		for (const group of new Set(bars.map((bar) => bar.group))) {
			expect([...names.values()].some((name) => group.startsWith(name))).toBe(true);
			expect(bars.filter((bar) => bar.group === group).map((bar) => bar.series)).toEqual(['DeepSeek-R1', 'OpenAI o1']);
		}
	});

	it('takes each value from the table as printed, with the rating on its own panel', () => {
		const chart = comparisonChart(knowledge, topic('deepseek-r1'), topic('openai-o1'));
		const percent = chart?.panels.find((panel) => panel.unit === 'percent');
		const rating = chart?.panels.find((panel) => panel.unit === 'rating');
		const aime = (model: string) =>
			knowledge.benchmarks.scores.find(
				(score) => score.model === model && score.benchmark === 'aime-2024' && score.metric === 'pass@1',
			);
		const aimeBars = percent?.bars.filter((bar) => bar.group === 'AIME 2024');
		expect(aimeBars?.map((bar) => bar.value)).toEqual([aime('deepseek-r1')?.value, aime('openai-o1')?.value]);
		expect(aimeBars?.[0]?.label).toBe(aime('deepseek-r1')?.value.toFixed(1));
		const codeforces = knowledge.benchmarks.scores.filter((score) => score.unit === 'rating');
		expect(rating?.bars.map((bar) => bar.value)).toEqual(
			['deepseek-r1', 'openai-o1'].map((model) => codeforces.find((score) => score.model === model)?.value),
		);
		expect(rating?.bars.every((bar) => /^\d+$/.test(bar.label))).toBe(true);
		expect(percent?.bars.every((bar) => bar.value >= 0 && bar.value <= 100)).toBe(true);
		expect(chart?.sources.length).toBeGreaterThan(0);
		expect(describeBarChart(chart!)).toContain(`DeepSeek-R1 ${aime('deepseek-r1')?.value.toFixed(1)}`);
	});

	it('prefers a table both models are in when a model has the same measure from several sources', () => {
		// R1-Zero's and o1-0912's AIME figures are both in the paper's Table 2.
		const chart = comparisonChart(knowledge, topic('deepseek-r1-zero'), topic('openai-o1-0912'));
		const groups = chart?.panels.flatMap((panel) => panel.bars.map((bar) => bar.group));
		expect(groups).toEqual(expect.arrayContaining(['AIME 2024', 'AIME 2024 cons@64']));
		expect(chart?.sources.every((source) => /Table 2/.test(source))).toBe(true);
	});

	it('is undefined for two models with no figure in common', () => {
		const noFigures = knowledge.topics.find((model) => model.kind === 'model' && scoresOf(model.id).length === 0);
		expect(noFigures).toBeDefined();
		expect(comparisonChart(knowledge, topic('deepseek-r1'), noFigures!)).toBeUndefined();
	});
});

describe('benchmark topic chart', () => {
	it('shows every model with an AIME 2024 figure, one bar each, highest first', () => {
		const chart = benchmarkTopicChart(knowledge, topic('aime-2024'));
		const expected = new Set(
			knowledge.benchmarks.scores
				.filter((score) => score.benchmark === 'aime-2024' && score.metric === 'pass@1')
				.map((score) => topic(score.model).title),
		);
		const main = chart?.panels[0];
		expect(main?.title).toMatch(/pass@1/);
		expect(new Set(main?.bars.map((bar) => bar.group))).toEqual(expected);
		expect(main?.bars).toHaveLength(expected.size);
		const values = main?.bars.map((bar) => bar.value) ?? [];
		expect(values).toEqual([...values].sort((a, b) => b - a));
		for (const bar of main?.bars ?? []) {
			const figures = knowledge.benchmarks.scores.filter(
				(score) =>
					score.benchmark === 'aime-2024' && score.metric === 'pass@1' && topic(score.model).title === bar.group,
			);
			expect(figures.map((score) => score.value)).toContain(bar.value);
		}
		for (const id of ['deepseek-r1', 'deepseek-r1-zero', 'deepseek-v3', 'openai-o1', 'r1-distill-qwen-1-5b']) {
			expect(main?.bars.map((bar) => bar.group)).toContain(topic(id).title);
		}
	});

	it('is undefined for a topic that is not in the score table', () => {
		expect(benchmarkTopicChart(knowledge, topic('grpo'))).toBeUndefined();
	});
});

describe('bar chart spec', () => {
	it('is Vega-Lite with a 0-100 axis for percent panels, the figures as labels and the sources in the footer', () => {
		const chart = comparisonChart(knowledge, topic('deepseek-r1'), topic('deepseek-v3'))!;
		const spec = barChartSpec(chart) as {
			vconcat: {
				data: { values: unknown[] };
				encoding: { x: { scale: { domain: number[] } } };
				title: { text: unknown };
			}[];
		};
		const panels = spec.vconcat.slice(0, chart.panels.length);
		expect(panels[0]?.encoding.x.scale.domain).toEqual([0, 100]);
		expect(panels[0]?.data.values).toEqual(chart.panels[0]?.bars);
		expect(JSON.stringify(spec.vconcat.at(-1)?.title.text)).toContain(chart.sources[0] ?? 'none');
		expect(JSON.stringify(spec)).toContain('#0072B2');
	});
});
