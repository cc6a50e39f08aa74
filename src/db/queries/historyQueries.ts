import { sql, type Kysely } from 'kysely';
import { prepare } from '../preparedQuery.js';
import type { LearnerSchema } from '../schema.js';

export const DAY_MS = 86_400_000;

export interface HistoryKey {
	guildId: string;
	userId: string;
	/** Epoch ms: answers from then on. */
	since: number;
}

/** A learner's answers per UTC day, for the /quiz stats picture (read off the answer path, once per request). */
export function historyQueries(builder: Kysely<LearnerSchema>) {
	return {
		/**
		 * Day number (epoch ms / DAY_MS, whole days: integer division on both databases), answers and right answers.
		 * Read through `answers_by_learner` (migration 2): this learner's rows since `since`, whatever the guild's size.
		 */
		answersByDay: prepare<HistoryKey>()((slot) =>
			builder
				.selectFrom('answers')
				.select((eb) => [
					sql<number>`${eb.ref('at')} / ${sql.raw(String(DAY_MS))}`.as('day'),
					eb.fn.countAll<number>().as('answered'),
					eb.fn.sum<number>('correct').as('correct'),
				])
				.where('guild_id', '=', slot('guildId'))
				.where('user_id', '=', slot('userId'))
				.where('at', '>=', slot('since'))
				.groupBy('day')
				.orderBy('day'),
		),
	};
}
