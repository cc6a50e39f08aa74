import { sql, type Kysely } from 'kysely';
import { prepare } from '../preparedQuery.js';
import type { AnswersTable, LearnerSchema, RoundsTable } from '../schema.js';

/** Most due rounds one clock pass reveals; the rest wait for the next pass. */
const DUE_LIMIT = 1_000;

// A literal, not a parameter: only then may SQLite and PostgreSQL use the partial index on open rounds.
const OPEN = sql.lit<'open'>('open');

export type RoundRow = RoundsTable;
export type AnswerRow = AnswersTable;

interface RoundKey {
	guildId: string;
	roundId: string;
}

export function roundQueries(builder: Kysely<LearnerSchema>) {
	return {
		select: prepare<RoundKey>()((slot) =>
			builder
				.selectFrom('rounds')
				.selectAll()
				.where('guild_id', '=', slot('guildId'))
				.where('id', '=', slot('roundId')),
		),
		answers: prepare<RoundKey>()((slot) =>
			builder
				.selectFrom('answers')
				.selectAll()
				.where('guild_id', '=', slot('guildId'))
				.where('round_id', '=', slot('roundId'))
				.orderBy('at')
				.orderBy('user_id'),
		),
		countAnswers: prepare<RoundKey>()((slot) =>
			builder
				.selectFrom('answers')
				.select((eb) => eb.fn.countAll<number>().as('answered'))
				.where('guild_id', '=', slot('guildId'))
				.where('round_id', '=', slot('roundId')),
		),
		insert: prepare<RoundRow>()((slot) =>
			builder.insertInto('rounds').values({
				guild_id: slot('guild_id'),
				id: slot('id'),
				channel_id: slot('channel_id'),
				message_id: slot('message_id'),
				item_id: slot('item_id'),
				asked_by: slot('asked_by'),
				opened_at: slot('opened_at'),
				ends_at: slot('ends_at'),
				status: slot('status'),
			}),
		),
		/** The message id a press carries, for a round that has none yet (inside the press's own transaction). */
		attachMessage: prepare<RoundKey & { messageId: string }>()((slot) =>
			builder
				.updateTable('rounds')
				.set({ message_id: slot('messageId') })
				.where('guild_id', '=', slot('guildId'))
				.where('id', '=', slot('roundId'))
				.where('message_id', 'is', null),
		),
		/** Returns the round's answers so far, counted in the same statement (nothing when there is no such round). */
		setMessageId: prepare<RoundKey & { messageId: string }>()((slot) =>
			builder
				.updateTable('rounds')
				.set({ message_id: slot('messageId') })
				.where('guild_id', '=', slot('guildId'))
				.where('id', '=', slot('roundId'))
				.returning((eb) =>
					eb
						.selectFrom('answers')
						.select((inner) => inner.fn.countAll<number>().as('answered'))
						.whereRef('answers.guild_id', '=', 'rounds.guild_id')
						.whereRef('answers.round_id', '=', 'rounds.id')
						.as('answered'),
				),
		),
		revealIfDue: prepare<RoundKey & { now: number }>()((slot) =>
			builder
				.updateTable('rounds')
				.set({ status: 'revealed' })
				.where('guild_id', '=', slot('guildId'))
				.where('id', '=', slot('roundId'))
				.where('status', '=', 'open')
				.where('ends_at', '<=', slot('now')),
		),
		close: prepare<RoundKey>()((slot) =>
			builder
				.updateTable('rounds')
				.set({ status: 'revealed' })
				.where('guild_id', '=', slot('guildId'))
				.where('id', '=', slot('roundId')),
		),
		due: prepare<{ now: number }>()((slot) =>
			builder
				.selectFrom('rounds')
				.select(['guild_id', 'id', 'ends_at'])
				.where('status', '=', OPEN)
				.where('ends_at', '<=', slot('now'))
				.orderBy('ends_at')
				.limit(DUE_LIMIT),
		),
		nextEnd: prepare<{ now: number }>()((slot) =>
			builder
				.selectFrom('rounds')
				.select((eb) => eb.fn.min<number>('ends_at').as('ends_at'))
				.where('status', '=', OPEN)
				.where('ends_at', '>', slot('now')),
		),
	};
}
