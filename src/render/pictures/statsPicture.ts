import type { Database } from '../../db/database.js';
import { DAY_MS, historyQueries } from '../../db/queries/historyQueries.js';
import { accuracyByTopic } from '../../quiz/scores.js';
import type { UserScore } from '../../quiz/types.js';
import { pictureFilename, type Picture } from './picture.js';
import type { PictureDrawer } from './renderer.js';
import { describeStats, statsChartSpec } from './statsChart.js';

/** The stats picture's timeline: the last four weeks. */
export const STATS_WINDOW_DAYS = 28;

export interface StatsPictureRequest {
	readonly guildId: string;
	readonly userId: string;
	readonly score: UserScore;
	readonly topicTitle: (id: string) => string;
}

/** /quiz stats as a picture: drawn per request from the learner's own rows, never kept. */
export type StatsPictures = (request: StatsPictureRequest) => Promise<Picture>;

export function createStatsPictures(database: Database, renderer: PictureDrawer, now: () => Date): StatsPictures {
	const queries = historyQueries(database.builder);
	return async ({ guildId, userId, score, topicTitle }) => {
		const today = Math.floor(now().getTime() / DAY_MS);
		const since = (today - STATS_WINDOW_DAYS + 1) * DAY_MS;
		const rows = await database.all(queries.answersByDay, { guildId, userId, since });
		const input = {
			topics: accuracyByTopic(score).map((topic) => ({ ...topic, title: topicTitle(topic.topic) })),
			// Numbers on both databases (PostgreSQL's bigint and numeric are parsed as numbers: postgresDatabase.ts).
			days: rows.map((row) => ({ day: row.day * DAY_MS, answered: row.answered, correct: row.correct })),
			windowDays: STATS_WINDOW_DAYS,
			lastDay: today * DAY_MS,
		};
		const rendered = await renderer.render({ kind: 'vega-lite', spec: statsChartSpec(input, renderer.measure) });
		return { ...rendered, filename: pictureFilename('quiz-stats'), description: describeStats(input) };
	};
}
