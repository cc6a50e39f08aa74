import type { KnowledgeBase, Score, ScoreUnit, Topic } from '../../knowledge/types.js';
import { formatValue } from '../../qa/scores.js';

/** One bar: a model's figure in one group (a benchmark, or a model in a benchmark's own chart). */
export interface Bar {
	readonly group: string;
	readonly series: string;
	readonly value: number;
	/** As the knowledge prints it: "79.8", "2029". */
	readonly label: string;
}

/** Bars sharing one value axis: percent scores together, a rating (Codeforces) on a panel of its own. */
export interface BarPanel {
	readonly title: string;
	readonly unit: ScoreUnit;
	readonly bars: readonly Bar[];
}

export interface BarChart {
	readonly title: string;
	/** Colour legend order; one series draws every bar in the first colour with no legend. */
	readonly series: readonly string[];
	readonly panels: readonly BarPanel[];
	/** Source labels of every figure shown, in first-use order. */
	readonly sources: readonly string[];
}

/**
 * Both models' figures on every benchmark and metric both have (a group per pair; the metric named unless it is
 * pass@1), one figure per model: from a table both appear in where there is one. Undefined when they share none.
 */
export function comparisonChart(knowledge: KnowledgeBase, first: Topic, second: Topic): BarChart | undefined {
	const names = benchmarkNames(knowledge);
	const percent: Bar[] = [];
	const rating: Bar[] = [];
	const used: Score[] = [];
	for (const [key, scores] of measures(knowledge)) {
		const a = scores.filter((score) => score.model === first.id);
		const b = scores.filter((score) => score.model === second.id);
		if (a.length === 0 || b.length === 0) continue;
		const shared = a.find((score) => b.some((other) => other.source.label === score.source.label));
		const pickA = shared ?? mainFigure(a, scores);
		const pickB = b.find((score) => score.source.label === shared?.source.label) ?? mainFigure(b, scores);
		if (!pickA || !pickB) continue;
		const [benchmark = '', metric = ''] = key.split('\u0000');
		const group = groupName(names.get(benchmark) ?? benchmark, metric);
		const target = pickA.unit === 'rating' ? rating : percent;
		target.push(bar(group, first.title, pickA), bar(group, second.title, pickB));
		used.push(pickA, pickB);
	}
	const panels: BarPanel[] = [];
	if (percent.length > 0) panels.push({ title: 'Scores (%)', unit: 'percent', bars: percent });
	if (rating.length > 0) panels.push({ title: 'Rating', unit: 'rating', bars: rating });
	if (panels.length === 0) return undefined;
	return {
		title: `${first.title} vs ${second.title}: benchmark figures`,
		series: [first.title, second.title],
		panels,
		sources: sourceLabels(used),
	};
}

/**
 * Every model with a figure for the benchmarks of a benchmark topic (MMLU's topic covers MMLU, MMLU-Pro and
 * MMLU-Redux): a panel per benchmark and metric, highest first, one figure per model. Undefined for none.
 */
export function benchmarkTopicChart(knowledge: KnowledgeBase, topic: Topic): BarChart | undefined {
	const names = benchmarkNames(knowledge);
	const ours = new Set(knowledge.benchmarks.benchmarks.filter((entry) => entry.topic === topic.id).map((b) => b.id));
	const titles = new Map(knowledge.topics.map((candidate) => [candidate.id, candidate.title]));
	const panels: BarPanel[] = [];
	const used: Score[] = [];
	for (const [key, scores] of measures(knowledge)) {
		const [benchmark = '', metric = ''] = key.split('\u0000');
		if (!ours.has(benchmark)) continue;
		const figures = [...new Set(scores.map((score) => score.model))]
			.flatMap(
				(model) =>
					mainFigure(
						scores.filter((score) => score.model === model),
						scores,
					) ?? [],
			)
			.sort((x, y) => y.value - x.value);
		const unit = figures[0]?.unit ?? 'percent';
		const name = names.get(benchmark) ?? benchmark;
		panels.push({
			title: `${name} (${UNNAMED_METRICS.has(metric) && metric !== 'pass@1' ? '' : `${metric}, `}${unit === 'rating' ? 'rating' : '%'})`,
			unit,
			bars: figures.map((score) => bar(titles.get(score.model) ?? score.model, name, score)),
		});
		used.push(...figures);
	}
	if (panels.length === 0) return undefined;
	// The main measure (the one most models report, pass@1 for AIME) first; sort is stable for the rest.
	panels.sort((x, y) => y.bars.length - x.bars.length);
	return { title: `${topic.title}: every model's figure`, series: [topic.title], panels, sources: sourceLabels(used) };
}

/** The chart in words, for the attachment's description (alt text): every figure, as the knowledge gives it. */
export function describeBarChart(chart: BarChart): string {
	const panels = chart.panels.map((panel) => {
		const groups = new Map<string, string[]>();
		for (const entry of panel.bars) {
			const items = groups.get(entry.group) ?? [];
			items.push(chart.series.length > 1 ? `${entry.series} ${entry.label}` : entry.label);
			groups.set(entry.group, items);
		}
		return `${panel.title}: ${[...groups].map(([group, items]) => `${group} ${items.join(', ')}`).join('; ')}`;
	});
	return `Bar chart, ${chart.title}. ${panels.join('. ')}.`;
}

/** Scores by benchmark and metric, in the table's order. */
function measures(knowledge: KnowledgeBase): Map<string, Score[]> {
	const grouped = new Map<string, Score[]>();
	for (const score of knowledge.benchmarks.scores) {
		const key = `${score.benchmark}\u0000${score.metric}`;
		const list = grouped.get(key) ?? [];
		list.push(score);
		grouped.set(key, list);
	}
	return grouped;
}

/** A model's figure from the source table that reports this measure for the most models (the paper's main table). */
function mainFigure(own: readonly Score[], all: readonly Score[]): Score | undefined {
	const reach = (label: string) => all.filter((score) => score.source.label === label).length;
	return [...own].sort((x, y) => reach(y.source.label) - reach(x.source.label))[0];
}

function benchmarkNames(knowledge: KnowledgeBase): Map<string, string> {
	return new Map(knowledge.benchmarks.benchmarks.map((benchmark) => [benchmark.id, benchmark.name]));
}

/** The metric is named where a benchmark has several (cons@64, percentile); pass@1 and a plain score go unsaid. */
function groupName(benchmark: string, metric: string): string {
	return UNNAMED_METRICS.has(metric) ? benchmark : `${benchmark} ${metric}`;
}

const UNNAMED_METRICS = new Set(['pass@1', 'score', 'rating']);

function bar(group: string, series: string, score: Score): Bar {
	return { group, series, value: score.value, label: formatValue(score) };
}

function sourceLabels(scores: readonly Score[]): string[] {
	return [...new Set(scores.map((score) => score.source.label))];
}
