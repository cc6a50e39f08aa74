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
	readonly days: readonly DayTally[];
	/** How many days `days` covers, for the panel's title. */
	readonly windowDays: number;
}

/** Topics shown: the weakest, which say what to review; the embed lists them all. */
export const STATS_TOPICS = 10;
const DAY_STEP = 22;

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
			timelineSpec(input),
		],
	};
}

/** Right and wrong answers stacked per day, the day's total on top. */
function timelineSpec(input: StatsChartInput): object {
	const label = (day: number) => new Date(day).toISOString().slice(5, 10);
	const values = input.days.flatMap((day) => [
		{ day: label(day.day), result: 'Right', count: day.correct, total: day.answered },
		{ day: label(day.day), result: 'Wrong', count: day.answered - day.correct, total: day.answered },
	]);
	const days = input.days.map((day) => label(day.day));
	return {
		title: {
			text: `Answers per day, last ${input.windowDays} days (UTC, month-day)`,
			anchor: 'start',
			fontSize: FONT_SIZE.label,
		},
		width: days.length > 0 ? { step: DAY_STEP } : LOGICAL_WIDTH - 60,
		height: 120,
		data: { values },
		encoding: {
			x: {
				field: 'day',
				type: 'ordinal',
				sort: days,
				title: null,
				axis: { labelAngle: -45, labelFontSize: FONT_SIZE.small },
			},
		},
		layer: [
			{
				mark: { type: 'bar' },
				encoding: {
					y: { field: 'count', type: 'quantitative', stack: 'zero', title: 'answers', axis: { tickMinStep: 1 } },
					color: {
						field: 'result',
						scale: { domain: ['Right', 'Wrong'], range: [OKABE_ITO[0], OKABE_ITO[1]] },
						legend: { orient: 'top', title: null },
					},
					order: { field: 'result', sort: 'ascending' },
				},
			},
			{
				transform: [{ filter: "datum.result === 'Right'" }],
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
	return `Chart of your quiz progress. Right answers by topic, weakest first: ${topics || 'none yet'}. Last ${input.windowDays} days: ${total} answers on ${input.days.length} days, ${right} right.`;
}
