import type { Kysely } from 'kysely';
import { prepare } from '../preparedQuery.js';
import type {
	AnswersTable,
	LeitnerCardsTable,
	LeitnerPassTable,
	LearnerSchema,
	RoundsTable,
	SchedulesTable,
	ScoresTable,
	TopicTalliesTable,
} from '../schema.js';

/** Inserts that keep a row already there: running the import twice adds nothing. */
export function importQueries(builder: Kysely<LearnerSchema>) {
	return {
		done: prepare<{ name: string }>()((slot) =>
			builder.selectFrom('data_imports').select('name').where('name', '=', slot('name')),
		),
		/** Nothing comes back when another process recorded the import first. */
		claim: prepare<{ name: string; at: number }>()((slot) =>
			builder
				.insertInto('data_imports')
				.values({ name: slot('name'), finished_at: slot('at') })
				.onConflict((conflict) => conflict.column('name').doNothing())
				.returning('name'),
		),
		round: prepare<RoundsTable>()((slot) =>
			builder
				.insertInto('rounds')
				.values({
					guild_id: slot('guild_id'),
					id: slot('id'),
					channel_id: slot('channel_id'),
					message_id: slot('message_id'),
					item_id: slot('item_id'),
					asked_by: slot('asked_by'),
					opened_at: slot('opened_at'),
					ends_at: slot('ends_at'),
					status: slot('status'),
				})
				.onConflict((conflict) => conflict.columns(['guild_id', 'id']).doNothing()),
		),
		answer: prepare<AnswersTable>()((slot) =>
			builder
				.insertInto('answers')
				.values({
					guild_id: slot('guild_id'),
					round_id: slot('round_id'),
					user_id: slot('user_id'),
					name: slot('name'),
					option: slot('option'),
					correct: slot('correct'),
					at: slot('at'),
				})
				.onConflict((conflict) => conflict.columns(['guild_id', 'round_id', 'user_id']).doNothing()),
		),
		/** Returns the row only when it was new, so the leaderboard buckets count each learner once. */
		score: prepare<ScoresTable>()((slot) =>
			builder
				.insertInto('scores')
				.values({
					guild_id: slot('guild_id'),
					user_id: slot('user_id'),
					name: slot('name'),
					points: slot('points'),
					answered: slot('answered'),
					correct: slot('correct'),
					accuracy: slot('accuracy'),
					streak: slot('streak'),
					best_streak: slot('best_streak'),
				})
				.onConflict((conflict) => conflict.columns(['guild_id', 'user_id']).doNothing())
				.returning('user_id'),
		),
		topic: prepare<TopicTalliesTable>()((slot) =>
			builder
				.insertInto('topic_tallies')
				.values({
					guild_id: slot('guild_id'),
					user_id: slot('user_id'),
					topic: slot('topic'),
					answered: slot('answered'),
					correct: slot('correct'),
				})
				.onConflict((conflict) => conflict.columns(['guild_id', 'user_id', 'topic']).doNothing()),
		),
		card: prepare<LeitnerCardsTable>()((slot) =>
			builder
				.insertInto('leitner_cards')
				.values({
					guild_id: slot('guild_id'),
					learner: slot('learner'),
					item_id: slot('item_id'),
					box: slot('box'),
					last_correct: slot('last_correct'),
					last_at: slot('last_at'),
				})
				.onConflict((conflict) => conflict.columns(['guild_id', 'learner', 'item_id']).doNothing()),
		),
		pass: prepare<LeitnerPassTable>()((slot) =>
			builder
				.insertInto('leitner_pass')
				.values({
					guild_id: slot('guild_id'),
					learner: slot('learner'),
					item_id: slot('item_id'),
					asked_at: slot('asked_at'),
				})
				.onConflict((conflict) => conflict.columns(['guild_id', 'learner', 'item_id']).doNothing()),
		),
		schedule: prepare<SchedulesTable>()((slot) =>
			builder
				.insertInto('schedules')
				.values({
					guild_id: slot('guild_id'),
					channel_id: slot('channel_id'),
					every_ms: slot('every_ms'),
					anchor_at: slot('anchor_at'),
					last_window: slot('last_window'),
					last_posted_at: slot('last_posted_at'),
					paused_reason: slot('paused_reason'),
					paused_at: slot('paused_at'),
					started_by: slot('started_by'),
				})
				.onConflict((conflict) => conflict.column('guild_id').doNothing()),
		),
	};
}
