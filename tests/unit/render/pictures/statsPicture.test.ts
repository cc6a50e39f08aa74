import { expect, it } from 'vitest';
import { prepare } from '../../../../src/db/preparedQuery.js';
import { DAY_MS } from '../../../../src/db/queries/historyQueries.js';
import type { PictureSource } from '../../../../src/render/pictures/picture.js';
import { createStatsPictures, STATS_WINDOW_DAYS } from '../../../../src/render/pictures/statsPicture.js';
import { describeEachDatabase } from '../../../helpers/learnerDatabase.js';

const TODAY = 20_424; // a day number: 2025-12-02
const at = (day: number, hour: number) => day * DAY_MS + hour * 3_600_000;

describeEachDatabase('the /quiz stats picture reads answers per day', (db) => {
	it("counts one learner's answers and right answers per UTC day within the window, nobody else's", async () => {
		const database = await db.open();
		const insert = prepare<{ user: string; round: string; correct: number; at: number }>()((slot) =>
			database.builder.insertInto('answers').values({
				guild_id: 'g1',
				round_id: slot('round'),
				user_id: slot('user'),
				name: 'someone',
				option: 0,
				correct: slot('correct'),
				at: slot('at'),
			}),
		);
		const rows = [
			{ user: 'u1', round: 'r1', correct: 1, at: at(TODAY - 2, 1) },
			{ user: 'u1', round: 'r2', correct: 0, at: at(TODAY - 2, 23) },
			{ user: 'u1', round: 'r3', correct: 1, at: at(TODAY - 2, 12) },
			{ user: 'u1', round: 'r4', correct: 1, at: at(TODAY, 8) },
			// Outside the window, and another learner: not counted.
			{ user: 'u1', round: 'r5', correct: 1, at: at(TODAY - STATS_WINDOW_DAYS, 12) },
			{ user: 'u2', round: 'r1', correct: 0, at: at(TODAY, 9) },
		];
		for (const row of rows) await database.run(insert, row);

		const sources: PictureSource[] = [];
		const renderer = {
			measure: (text: string, size: number) => text.length * size * 0.55,
			render: (source: PictureSource) => {
				sources.push(source);
				return Promise.resolve({ png: Buffer.from('png'), width: 1040, height: 600 });
			},
		};
		const draw = createStatsPictures(database, renderer, () => new Date(at(TODAY, 15)));
		const score = {
			name: 'someone',
			points: 3,
			answered: 4,
			correct: 3,
			streak: 1,
			bestStreak: 2,
			byTopic: { grpo: { answered: 4, correct: 3 } },
		};
		const picture = await draw({ guildId: 'g1', userId: 'u1', score, topicTitle: (id) => id.toUpperCase() });

		expect(picture.filename).toBe('quiz-stats.png');
		expect(picture.description).toContain('GRPO 3 of 4');
		expect(picture.description).toContain('4 answers on 2 days, 3 right');
		const spec =
			sources[0]?.kind === 'vega-lite'
				? (sources[0].spec as { vconcat: { data: { values: unknown[] } }[] })
				: undefined;
		const days = (spec?.vconcat[1]?.data.values ?? []) as { day: string; result: string; count: number }[];
		expect(days).toHaveLength(2 * STATS_WINDOW_DAYS);
		expect(days.filter((day) => day.count > 0)).toEqual([
			{ day: '11-30', result: 'Right', count: 2, total: 3 },
			{ day: '11-30', result: 'Wrong', count: 1, total: 3 },
			{ day: '12-02', result: 'Right', count: 1, total: 1 },
		]);
		expect(days.at(-1)).toMatchObject({ day: '12-02', result: 'Wrong', count: 0 });
	});
});
