import type { TopicTally } from '../../quiz/types.js';
import type { BarPanel, MeasureText } from './barChartSpec.js';
import { barPanelSpec, chartFrame } from './barChartSpec.js';
import { FONT_SIZE, LOGICAL_WIDTH } from './layout.js';
import { INK, OKABE_ITO } from './palette.js';

/** One UTC day of a learner's answers. */
export interface DayTally {
	/** Epoch ms of the day's start (UTC). */
	readonly day: number;
	readonly answered: number;
	readonly correct: number;
}

export interface StatsChartInput {
	/** Weakest first (see accuracyByTopic), with titles. */
	readonly topics: readonly (TopicTally & { readonly title: string })[];
	/** Days with answers, oldest first (others count as none). */
	readonly days: readonly DayTally[];
	/** The window: this many days up to and including `lastDay` (epoch ms of its start, UTC). */
	readonly windowDays: number;
	readonly lastDay: number;
}

/** Topics shown: the weakest, which say what to review; the embed lists them all. */
export const STATS_TOPICS = 10;
const DAY_MS = 86_400_000;
/** Every 7th day is labelled: 28 rotated dates do not fit the width. */
const LABEL_EVERY = 7;

/** Accuracy by topic (weakest first, each bar "62% (5/8)") over the learner's right and wrong answers per day. */
export function statsChartSpec(input: StatsChartInput, measure?: MeasureText): object {
	const topics = input.topics.slice(0, STATS_TOPICS);
	const panel: BarPanel = {
		title:
			topics.length < input.topics.length ? `Accuracy by topic, weakest ${topics.length} (%)` : 'Accuracy by topic (%)',
		unit: 'percent',
		bars: topics.map((topic) => {
			const percent = topic.answered === 0 ? 0 : Math.round((topic.correct / topic.answered) * 100);
			return {
				group: topic.title,
				series: 'Accuracy',
				value: percent,
				label: `${percent}% (${topic.correct}/${topic.answered})`,
			};
		}),
	};
	const frame = chartFrame({ title: 'Your quiz progress', groups: panel.bars.map((bar) => bar.group), measure });
	return {
		...frame.top,
		vconcat: [
			...(panel.bars.length > 0 ? [barPanelSpec(panel, ['Accuracy'], frame.plotWidth, 'Share right')] : []),
			timelineSpec(input, frame.plotWidth + 120),
		],
	};
}

/** Right and wrong answers stacked for every day of the window (a day off shows as a gap), totals on top. */
function timelineSpec(input: StatsChartInput, width: number): object {
	const label = (day: number) => new Date(day).toISOString().slice(5, 10);
	const byDay = new Map(input.days.map((day) => [day.day, day]));
	const window = Array.from({ length: input.windowDays }, (_, index) => {
		const day = input.lastDay - (input.windowDays - 1 - index) * DAY_MS;
		return byDay.get(day) ?? { day, answered: 0, correct: 0 };
	});
	const values = window.flatMap((day) => [
		{ day: label(day.day), result: 'Right', count: day.correct, total: day.answered },
		{ day: label(day.day), result: 'Wrong', count: day.answered - day.correct, total: day.answered },
	]);
	const days = window.map((day) => label(day.day));
	const most = Math.max(1, ...window.map((day) => day.answered));
	return {
		title: {
			text: `Answers per day, last ${input.windowDays} days (UTC, month-day)`,
			anchor: 'start',
			fontSize: FONT_SIZE.label,
		},
		width: Math.min(width, LOGICAL_WIDTH - 60),
		height: 120,
		data: { values },
		encoding: {
			x: {
				field: 'day',
				type: 'ordinal',
				sort: days,
				title: null,
				axis: {
					labelAngle: 0,
					labelFontSize: FONT_SIZE.small,
					values: days.filter((_, index) => (days.length - 1 - index) % LABEL_EVERY === 0),
				},
			},
		},
		layer: [
			{
				mark: { type: 'bar' },
				encoding: {
					y: {
						field: 'count',
						type: 'quantitative',
						stack: 'zero',
						title: 'answers',
						// Room above the tallest bar for its total.
						scale: { domain: [0, Math.ceil(most * 1.25)] },
						axis: { tickMinStep: 1 },
					},
					color: {
						field: 'result',
						scale: { domain: ['Right', 'Wrong'], range: [OKABE_ITO[0], OKABE_ITO[1]] },
						legend: { orient: 'top', title: null },
					},
					order: { field: 'result', sort: 'ascending' },
				},
			},
			{
				transform: [{ filter: "datum.result === 'Right' && datum.total > 0" }],
				mark: { type: 'text', dy: -6, fontSize: FONT_SIZE.small, color: INK, baseline: 'bottom' },
				encoding: { y: { field: 'total', type: 'quantitative' }, text: { field: 'total' } },
			},
		],
	};
}

export function describeStats(input: StatsChartInput): string {
	const topics = input.topics
		.slice(0, STATS_TOPICS)
		.map((topic) => `${topic.title} ${topic.correct} of ${topic.answered}`)
		.join('; ');
	const total = input.days.reduce((sum, day) => sum + day.answered, 0);
	const right = input.days.reduce((sum, day) => sum + day.correct, 0);
	const active = input.days.filter((day) => day.answered > 0).length;
	return `Chart of your quiz progress. Right answers by topic, weakest first: ${topics || 'none yet'}. Last ${input.windowDays} days: ${total} answers on ${active} days, ${right} right.`;
}
