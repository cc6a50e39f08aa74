import { describe, expect, it } from 'vitest';
import { describeStats, STATS_TOPICS, statsChartSpec } from '../../../../src/render/pictures/statsChart.js';

const DAY = 86_400_000;
const topics = Array.from({ length: 12 }, (_, index) => ({
	topic: `t${index}`,
	title: `Topic ${index}`,
	answered: 4,
	correct: index % 5,
}));

describe('quiz stats chart spec', () => {
	it('draws the weakest topics as percent bars labelled right/answered, and every day of the window stacked', () => {
		const input = {
			topics,
			days: [
				{ day: 3 * DAY, answered: 5, correct: 3 },
				{ day: 5 * DAY, answered: 2, correct: 2 },
			],
			windowDays: 4,
			lastDay: 5 * DAY,
		};
		const spec = statsChartSpec(input) as { vconcat: { data: { values: Record<string, unknown>[] } }[] };
		const [accuracy, timeline] = spec.vconcat;
		expect(accuracy?.data.values).toHaveLength(STATS_TOPICS);
		expect(accuracy?.data.values[1]).toMatchObject({ group: 'Topic 1', value: 25, label: '25% (1/4)' });
		// Days 2 to 5 (Jan 3 to Jan 6): the days without answers are there with none.
		expect(timeline?.data.values.filter((value) => value['result'] === 'Right')).toEqual([
			{ day: '01-03', result: 'Right', count: 0, total: 0 },
			{ day: '01-04', result: 'Right', count: 3, total: 5 },
			{ day: '01-05', result: 'Right', count: 0, total: 0 },
			{ day: '01-06', result: 'Right', count: 2, total: 2 },
		]);
		expect(
			timeline?.data.values.find((value) => value['day'] === '01-04' && value['result'] === 'Wrong'),
		).toMatchObject({
			count: 2,
		});
		expect(describeStats(input)).toContain('7 answers on 2 days, 5 right');
	});

	it('has only the timeline when no topic has answers yet', () => {
		const spec = statsChartSpec({ topics: [], days: [], windowDays: 28, lastDay: 100 * DAY }) as {
			vconcat: { data: { values: unknown[] } }[];
		};
		expect(spec.vconcat).toHaveLength(1);
		expect(spec.vconcat[0]?.data.values).toHaveLength(56);
	});
});
