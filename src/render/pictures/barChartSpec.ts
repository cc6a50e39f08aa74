import type { BarChart, BarPanel } from './benchmarkCharts.js';
import { FONT_FAMILY, FONT_SIZE, LOGICAL_WIDTH, wrapText } from './layout.js';
import { GRID, INK, MUTED_INK, OKABE_ITO, PAPER } from './palette.js';

export type { BarPanel } from './benchmarkCharts.js';

const PADDING = 12;
/** Per bar; a lone series gets a gap between bars, grouped bars sit together with a gap between groups. */
const BAR_STEP = 17;
/** Room for the figure printed past the longest bar, and the least width the bars keep. */
const VALUE_ROOM = 44;
const MIN_PLOT = 220;

/** Text width in px at a font size: the font's own advances when the renderer has them (see fontMetrics.ts). */
export type MeasureText = (text: string, fontSize: number) => number;
const estimate: MeasureText = (text, fontSize) => text.length * fontSize * 0.55;

/**
 * A Vega-Lite spec: a horizontal bar panel per value axis (percent, rating), groups down the side, each bar labelled
 * with its figure, the series in the palette's order with a legend when there are several, the sources underneath.
 */
export function barChartSpec(chart: BarChart, measure: MeasureText = estimate): object {
	const frame = chartFrame({
		title: chart.title,
		groups: chart.panels.flatMap((panel) => panel.bars.map((entry) => entry.group)),
		measure,
	});
	const sources = wrapText(`Source: ${chart.sources.join('; ')}`, FONT_SIZE.small, LOGICAL_WIDTH - 2 * PADDING);
	return {
		...frame.top,
		vconcat: [...chart.panels.map((panel) => barPanelSpec(panel, chart.series, frame.plotWidth)), textFooter(sources)],
	};
}

/** The top-level parts every picture shares (title, font, colours) and the bar width left beside the group names. */
export function chartFrame(options: { title: string; groups: readonly string[]; measure?: MeasureText | undefined }): {
	top: object;
	plotWidth: number;
} {
	const measure = options.measure ?? estimate;
	const labelRoom = Math.max(0, ...options.groups.map((group) => measure(group, FONT_SIZE.label))) + 12;
	const plotWidth = Math.max(MIN_PLOT, Math.floor(LOGICAL_WIDTH - 2 * PADDING - labelRoom - VALUE_ROOM));
	const top = {
		$schema: 'https://vega.github.io/schema/vega-lite/v6.json',
		background: PAPER,
		padding: PADDING,
		title: {
			text: wrapText(options.title, FONT_SIZE.title, LOGICAL_WIDTH - 2 * PADDING),
			anchor: 'start',
			fontSize: FONT_SIZE.title,
			color: INK,
		},
		config: {
			font: FONT_FAMILY,
			view: { stroke: null },
			axis: {
				labelFontSize: FONT_SIZE.label,
				titleFontSize: FONT_SIZE.small,
				labelColor: INK,
				titleColor: MUTED_INK,
				gridColor: GRID,
				domainColor: MUTED_INK,
				tickColor: MUTED_INK,
			},
			legend: { labelFontSize: FONT_SIZE.label, labelColor: INK, orient: 'top', title: null, symbolType: 'square' },
			title: { color: MUTED_INK },
		},
		resolve: { scale: { x: 'independent', y: 'independent', color: 'independent' } },
	};
	return { top, plotWidth };
}

export function barPanelSpec(panel: BarPanel, series: readonly string[], width: number, axisTitle?: string): object {
	const grouped = series.length > 1;
	const max = Math.max(...panel.bars.map((entry) => entry.value), 1);
	// Percent panels share the 0-100 scale so panels compare; a rating gets room for its labels past the longest bar.
	const domain = panel.unit === 'percent' ? [0, 100] : [0, Math.ceil((max * 1.18) / 100) * 100];
	return {
		title: { text: panel.title, anchor: 'start', fontSize: FONT_SIZE.label, color: MUTED_INK },
		width,
		height: { step: grouped ? BAR_STEP : BAR_STEP + 5 },
		data: { values: panel.bars },
		encoding: {
			y: {
				field: 'group',
				type: 'nominal',
				sort: null,
				title: null,
				axis: { labelLimit: 0, ticks: false, domain: false, labelPadding: 6 },
			},
			x: {
				field: 'value',
				type: 'quantitative',
				title: axisTitle ?? null,
				scale: { domain, nice: false },
				axis: { tickCount: 5, labelFontSize: FONT_SIZE.small },
			},
			...(grouped ? { yOffset: { field: 'series', sort: series, scale: { paddingOuter: 0.25 } } } : {}),
		},
		layer: [
			{
				mark: { type: 'bar', height: { band: 0.9 } },
				encoding: {
					color: grouped
						? { field: 'series', scale: { domain: series, range: OKABE_ITO.slice(0, series.length) } }
						: { value: OKABE_ITO[0] },
				},
			},
			{
				mark: { type: 'text', align: 'left', baseline: 'middle', dx: 3, fontSize: FONT_SIZE.small, color: INK },
				encoding: { text: { field: 'label' } },
			},
		],
	};
}

/** Lines of small text under the chart (the sources): a mark-less view whose title is the lines. */
function textFooter(lines: readonly string[]): object {
	return {
		width: LOGICAL_WIDTH - 2 * PADDING,
		height: 1,
		data: { values: [{}] },
		mark: { type: 'point', opacity: 0 },
		title: { text: lines, anchor: 'start', fontSize: FONT_SIZE.small, fontWeight: 'normal', color: MUTED_INK },
	};
}
