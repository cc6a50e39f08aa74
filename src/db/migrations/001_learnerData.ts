import { sql } from 'kysely';
import type { Migration } from './migration.js';

/** Rounds and answers, scores and their leaderboard buckets, topic tallies, Leitner boxes, study schedules. */
export const learnerData: Migration = {
	version: 1,
	name: 'learner data',
	statements: (schema) => [
		schema
			.createTable('rounds')
			.addColumn('guild_id', 'text', (column) => column.notNull())
			.addColumn('id', 'text', (column) => column.notNull())
			.addColumn('channel_id', 'text', (column) => column.notNull())
			.addColumn('message_id', 'text')
			.addColumn('item_id', 'text', (column) => column.notNull())
			.addColumn('asked_by', 'text')
			.addColumn('opened_at', 'bigint', (column) => column.notNull())
			.addColumn('ends_at', 'bigint', (column) => column.notNull())
			.addColumn('status', 'text', (column) => column.notNull())
			.addPrimaryKeyConstraint('rounds_pk', ['guild_id', 'id']),
		// The clock's "what is due, what is next" without walking every round ever asked.
		schema.createIndex('rounds_open_by_end').on('rounds').column('ends_at').where(sql.ref('status'), '=', 'open'),
		schema
			.createTable('answers')
			.addColumn('guild_id', 'text', (column) => column.notNull())
			.addColumn('round_id', 'text', (column) => column.notNull())
			.addColumn('user_id', 'text', (column) => column.notNull())
			.addColumn('name', 'text', (column) => column.notNull())
			.addColumn('option', 'integer', (column) => column.notNull())
			.addColumn('correct', 'integer', (column) => column.notNull())
			.addColumn('at', 'bigint', (column) => column.notNull())
			.addPrimaryKeyConstraint('answers_pk', ['guild_id', 'round_id', 'user_id']),
		schema
			.createTable('scores')
			.addColumn('guild_id', 'text', (column) => column.notNull())
			.addColumn('user_id', 'text', (column) => column.notNull())
			.addColumn('name', 'text', (column) => column.notNull())
			.addColumn('points', 'integer', (column) => column.notNull())
			.addColumn('answered', 'integer', (column) => column.notNull())
			.addColumn('correct', 'integer', (column) => column.notNull())
			.addColumn('accuracy', 'double precision', (column) => column.notNull())
			.addColumn('streak', 'integer', (column) => column.notNull())
			.addColumn('best_streak', 'integer', (column) => column.notNull())
			.addPrimaryKeyConstraint('scores_pk', ['guild_id', 'user_id']),
		// The leaderboard's order exactly, so the top 10 is read from the front of the index, ties included.
		schema
			.createIndex('scores_leaderboard')
			.on('scores')
			.columns(['guild_id', 'points desc', 'accuracy desc', 'name', 'user_id']),
		schema
			.createTable('score_buckets')
			.addColumn('guild_id', 'text', (column) => column.notNull())
			.addColumn('points', 'integer', (column) => column.notNull())
			.addColumn('stripe', 'integer', (column) => column.notNull())
			.addColumn('learners', 'integer', (column) => column.notNull())
			.addPrimaryKeyConstraint('score_buckets_pk', ['guild_id', 'points', 'stripe']),
		schema
			.createTable('topic_tallies')
			.addColumn('guild_id', 'text', (column) => column.notNull())
			.addColumn('user_id', 'text', (column) => column.notNull())
			.addColumn('topic', 'text', (column) => column.notNull())
			.addColumn('answered', 'integer', (column) => column.notNull())
			.addColumn('correct', 'integer', (column) => column.notNull())
			.addPrimaryKeyConstraint('topic_tallies_pk', ['guild_id', 'user_id', 'topic']),
		schema
			.createTable('leitner_cards')
			.addColumn('guild_id', 'text', (column) => column.notNull())
			.addColumn('learner', 'text', (column) => column.notNull())
			.addColumn('item_id', 'text', (column) => column.notNull())
			.addColumn('box', 'integer', (column) => column.notNull())
			.addColumn('last_correct', 'integer', (column) => column.notNull())
			.addColumn('last_at', 'bigint', (column) => column.notNull())
			.addPrimaryKeyConstraint('leitner_cards_pk', ['guild_id', 'learner', 'item_id']),
		schema
			.createTable('leitner_pass')
			.addColumn('guild_id', 'text', (column) => column.notNull())
			.addColumn('learner', 'text', (column) => column.notNull())
			.addColumn('item_id', 'text', (column) => column.notNull())
			.addColumn('asked_at', 'bigint', (column) => column.notNull())
			.addPrimaryKeyConstraint('leitner_pass_pk', ['guild_id', 'learner', 'item_id']),
		schema
			.createTable('schedules')
			.addColumn('guild_id', 'text', (column) => column.primaryKey())
			.addColumn('channel_id', 'text', (column) => column.notNull())
			.addColumn('every_ms', 'bigint', (column) => column.notNull())
			.addColumn('anchor_at', 'bigint', (column) => column.notNull())
			.addColumn('last_window', 'bigint', (column) => column.notNull())
			.addColumn('last_posted_at', 'bigint')
			.addColumn('paused_reason', 'text')
			.addColumn('paused_at', 'bigint')
			.addColumn('started_by', 'text', (column) => column.notNull()),
		schema
			.createTable('data_imports')
			.addColumn('name', 'text', (column) => column.primaryKey())
			.addColumn('finished_at', 'bigint', (column) => column.notNull()),
		schema
			.createTable('health_probe')
			.addColumn('id', 'integer', (column) => column.primaryKey())
			.addColumn('written_at', 'bigint', (column) => column.notNull()),
	],
};
