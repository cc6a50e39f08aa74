import { LRUCache } from 'lru-cache';
import type { KnowledgeBase, Topic } from '../../knowledge/types.js';
import { barChartSpec } from './barChartSpec.js';
import { benchmarkTopicChart, comparisonChart, describeBarChart, type BarChart } from './benchmarkCharts.js';
import { pictureFilename, type Picture, type PicturePlan } from './picture.js';
import { describePipeline, pipelineDiagramSvg, pipelineParts } from './pipelineDiagram.js';
import type { PictureDrawer } from './renderer.js';

/** Pictures drawn from the knowledge alone: each is rendered once per knowledge version and kept. */
export interface KnowledgePictures {
	/** Undefined when the two models share no benchmark figure (then /compare shows no Chart button). */
	comparison(first: Topic, second: Topic): Promise<Picture> | undefined;
	/** Every model's figures for a benchmark topic; undefined for a topic the score table does not cover. */
	benchmark(topic: Topic): Promise<Picture> | undefined;
	/** The training pipeline, with one stage highlighted when it is opened from that stage's card. */
	pipeline(highlight?: Topic): Promise<Picture>;
	/** Whether the pair has a chart, without rendering it (cheap: the chart data is a pass over the score table). */
	hasComparison(first: Topic, second: Topic): boolean;
	/** The picture if it was already rendered (a reply can then go out at once, without deferring). */
	ready(picture: Promise<Picture>): Picture | undefined;
}

/** Model pairs are many (n²); the pipeline and benchmark pictures are few. ~70 KB each. */
const KEPT_PICTURES = 96;

export function createKnowledgePictures(knowledge: KnowledgeBase, renderer: PictureDrawer): KnowledgePictures {
	const pictures = new LRUCache<string, Promise<Picture>>({ max: KEPT_PICTURES });
	const charts = new LRUCache<string, { chart: BarChart | undefined }>({ max: KEPT_PICTURES * 4 });
	const settled = new WeakMap<Promise<Picture>, Picture>();
	const memo = (key: string, plan: () => PicturePlan): Promise<Picture> => {
		// The version in the key: a reloaded knowledge file never gets the old file's pictures.
		const full = `${knowledge.version}\n${key}`;
		const cached = pictures.get(full);
		if (cached) return cached;
		const { source, filename, description } = plan();
		const rendering = renderer.render(source).then((rendered) => {
			const picture: Picture = { ...rendered, filename, description };
			settled.set(rendering, picture);
			return picture;
		});
		// A failed render is not kept: the next request tries again.
		rendering.catch(() => pictures.delete(full));
		pictures.set(full, rendering);
		return rendering;
	};
	// The chart data (a pass over the score table) is kept too, so a memoised reply does no work at all.
	const cachedChart = (key: string, build: () => BarChart | undefined) => {
		let entry = charts.get(key);
		if (!entry) {
			entry = { chart: build() };
			charts.set(key, entry);
		}
		return entry.chart;
	};
	const pairChart = (first: Topic, second: Topic) =>
		cachedChart(`compare\n${first.id}\n${second.id}`, () => comparisonChart(knowledge, first, second));
	const chartPlan = (chart: BarChart, ...name: string[]): PicturePlan => ({
		source: { kind: 'vega-lite', spec: barChartSpec(chart, renderer.measure) },
		filename: pictureFilename(...name),
		description: describeBarChart(chart),
	});
	return {
		comparison(first, second) {
			const chart = pairChart(first, second);
			if (!chart) return undefined;
			return memo(`compare\n${first.id}\n${second.id}`, () => chartPlan(chart, 'compare', first.id, second.id));
		},
		benchmark(topic) {
			const chart = cachedChart(`benchmark\n${topic.id}`, () => benchmarkTopicChart(knowledge, topic));
			if (!chart) return undefined;
			return memo(`benchmark\n${topic.id}`, () => chartPlan(chart, 'benchmark', topic.id));
		},
		pipeline(highlight) {
			return memo(`pipeline\n${highlight?.id ?? ''}`, () => {
				const parts = pipelineParts(knowledge);
				return {
					source: { kind: 'svg', svg: pipelineDiagramSvg(parts, highlight?.id, renderer.measure) },
					filename: pictureFilename('pipeline', ...(highlight ? [highlight.id] : [])),
					description: describePipeline(parts, highlight),
				};
			});
		},
		hasComparison: (first, second) => pairChart(first, second) !== undefined,
		ready: (picture) => settled.get(picture),
	};
}
