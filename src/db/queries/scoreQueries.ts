import { sql, type Kysely } from 'kysely';
import { prepare } from '../preparedQuery.js';
import type { LearnerSchema } from '../schema.js';

export interface ScoreKey {
	guildId: string;
	userId: string;
}

export interface AnswerParams extends ScoreKey {
	roundId: string;
	name: string;
	option: number;
	/** 1 right, 0 wrong. */
	correct: number;
	at: number;
}

export function scoreQueries(builder: Kysely<LearnerSchema>) {
	return {
		/** Nothing comes back when the user already answered the round: the primary key refused the row. */
		insertAnswer: prepare<AnswerParams>()((slot) =>
			builder
				.insertInto('answers')
				.values({
					guild_id: slot('guildId'),
					round_id: slot('roundId'),
					user_id: slot('userId'),
					name: slot('name'),
					option: slot('option'),
					correct: slot('correct'),
					at: slot('at'),
				})
				.onConflict((conflict) => conflict.columns(['guild_id', 'round_id', 'user_id']).doNothing())
				.returning('user_id'),
		),
		answer: prepare<ScoreKey & { roundId: string }>()((slot) =>
			builder
				.selectFrom('answers')
				.selectAll()
				.where('guild_id', '=', slot('guildId'))
				.where('round_id', '=', slot('roundId'))
				.where('user_id', '=', slot('userId')),
		),
		/** Adds one answer to the user's totals in place (`points = points + …`) and returns the new totals. */
		addToScore: prepare<ScoreKey & { name: string; gain: number; correct: number }>()((slot) =>
			builder
				.insertInto('scores')
				.values({
					guild_id: slot('guildId'),
					user_id: slot('userId'),
					name: slot('name'),
					points: slot('gain'),
					answered: 1,
					correct: slot('correct'),
					accuracy: slot('correct'),
					streak: slot('correct'),
					best_streak: slot('correct'),
				})
				.onConflict((conflict) =>
					conflict.columns(['guild_id', 'user_id']).doUpdateSet((eb) => {
						const streak = eb('scores.streak', '+', 1);
						const right = eb('excluded.correct', '=', 1);
						return {
							name: eb.ref('excluded.name'),
							points: eb('scores.points', '+', eb.ref('excluded.points')),
							answered: eb('scores.answered', '+', 1),
							correct: eb('scores.correct', '+', eb.ref('excluded.correct')),
							accuracy: sql<number>`(${eb.ref('scores.correct')} + ${eb.ref('excluded.correct')}) * 1.0 / (${eb.ref('scores.answered')} + 1)`,
							streak: eb.case().when(right).then(streak).else(0).end(),
							best_streak: eb
								.case()
								.when(eb.and([right, eb(streak, '>', eb.ref('scores.best_streak'))]))
								.then(streak)
								.else(eb.ref('scores.best_streak'))
								.end(),
						};
					}),
				)
				.returning(['points', 'answered']),
		),
		addToTopic: prepare<ScoreKey & { topic: string; correct: number }>()((slot) =>
			builder
				.insertInto('topic_tallies')
				.values({
					guild_id: slot('guildId'),
					user_id: slot('userId'),
					topic: slot('topic'),
					answered: 1,
					correct: slot('correct'),
				})
				.onConflict((conflict) =>
					conflict.columns(['guild_id', 'user_id', 'topic']).doUpdateSet((eb) => ({
						answered: eb('topic_tallies.answered', '+', 1),
						correct: eb('topic_tallies.correct', '+', eb.ref('excluded.correct')),
					})),
				),
		),
		/** Moves `delta` learners into (or, negative, out of) one bucket. */
		addToBucket: prepare<{ guildId: string; points: number; stripe: number; delta: number }>()((slot) =>
			builder
				.insertInto('score_buckets')
				.values({ guild_id: slot('guildId'), points: slot('points'), stripe: slot('stripe'), learners: slot('delta') })
				.onConflict((conflict) =>
					conflict.columns(['guild_id', 'points', 'stripe']).doUpdateSet((eb) => ({
						learners: eb('score_buckets.learners', '+', eb.ref('excluded.learners')),
					})),
				),
		),
		/**
		 * A learner's move from one bucket to a higher one, in one statement: the lower row first, so concurrent
		 * moves take the rows in ascending order of points and never deadlock.
		 */
		moveBucket: prepare<{ guildId: string; from: number; to: number; stripe: number }>()((slot) =>
			builder
				.insertInto('score_buckets')
				.values([
					{ guild_id: slot('guildId'), points: slot('from'), stripe: slot('stripe'), learners: -1 },
					{ guild_id: slot('guildId'), points: slot('to'), stripe: slot('stripe'), learners: 1 },
				])
				.onConflict((conflict) =>
					conflict.columns(['guild_id', 'points', 'stripe']).doUpdateSet((eb) => ({
						learners: eb('score_buckets.learners', '+', eb.ref('excluded.learners')),
					})),
				),
		),
		top: prepare<{ guildId: string; limit: number }>()((slot) =>
			builder
				.selectFrom('scores')
				.select(['user_id', 'name', 'points', 'answered', 'correct', 'streak', 'best_streak'])
				.where('guild_id', '=', slot('guildId'))
				// The scores_leaderboard index, column for column.
				.orderBy('points', 'desc')
				.orderBy('accuracy', 'desc')
				.orderBy('name')
				.orderBy('user_id')
				.limit(slot('limit')),
		),
		score: prepare<ScoreKey>()((slot) =>
			builder
				.selectFrom('scores')
				.select(['user_id', 'name', 'points', 'answered', 'correct', 'streak', 'best_streak'])
				.where('guild_id', '=', slot('guildId'))
				.where('user_id', '=', slot('userId')),
		),
		/** Learners in the guild, and how many of them have more than `points`. */
		standing: prepare<{ guildId: string; points: number }>()((slot) =>
			builder
				.selectFrom('score_buckets')
				.select((eb) => [
					eb.fn.coalesce(eb.fn.sum<number>('learners'), sql.lit(0)).as('players'),
					eb.fn
						.coalesce(
							eb.fn.sum<number>(eb.case().when('points', '>', slot('points')).then(eb.ref('learners')).else(0).end()),
							sql.lit(0),
						)
						.as('above'),
				])
				.where('guild_id', '=', slot('guildId')),
		),
		topics: prepare<ScoreKey>()((slot) =>
			builder
				.selectFrom('topic_tallies')
				.select(['topic', 'answered', 'correct'])
				.where('guild_id', '=', slot('guildId'))
				.where('user_id', '=', slot('userId')),
		),
	};
}
