import type { Kysely } from 'kysely';
import { TOP_BOX } from '../../quiz/leitner.js';
import { prepare } from '../preparedQuery.js';
import type { LearnerSchema } from '../schema.js';

interface LearnerKey {
	guildId: string;
	learner: string;
}

export function leitnerQueries(builder: Kysely<LearnerSchema>) {
	return {
		cards: prepare<LearnerKey>()((slot) =>
			builder
				.selectFrom('leitner_cards')
				.select(['item_id', 'box', 'last_correct', 'last_at'])
				.where('guild_id', '=', slot('guildId'))
				.where('learner', '=', slot('learner')),
		),
		pass: prepare<LearnerKey>()((slot) =>
			builder
				.selectFrom('leitner_pass')
				.select('item_id')
				.where('guild_id', '=', slot('guildId'))
				.where('learner', '=', slot('learner'))
				.orderBy('asked_at')
				.orderBy('item_id'),
		),
		/** A right answer moves the card up a box (at most the top one); a miss sends it back to box 1. */
		review: prepare<LearnerKey & { itemId: string; correct: number; at: number }>()((slot) =>
			builder
				.insertInto('leitner_cards')
				.values({
					guild_id: slot('guildId'),
					learner: slot('learner'),
					item_id: slot('itemId'),
					box: 1,
					last_correct: slot('correct'),
					last_at: slot('at'),
				})
				.onConflict((conflict) =>
					conflict.columns(['guild_id', 'learner', 'item_id']).doUpdateSet((eb) => ({
						box: eb
							.case()
							.when('excluded.last_correct', '=', 1)
							.then(
								eb
									.case()
									.when('leitner_cards.box', '>=', TOP_BOX)
									.then(TOP_BOX)
									.else(eb('leitner_cards.box', '+', 1))
									.end(),
							)
							.else(1)
							.end(),
						last_correct: eb.ref('excluded.last_correct'),
						last_at: eb.ref('excluded.last_at'),
					})),
				),
		),
		markAsked: prepare<LearnerKey & { itemId: string; at: number }>()((slot) =>
			builder
				.insertInto('leitner_pass')
				.values({ guild_id: slot('guildId'), learner: slot('learner'), item_id: slot('itemId'), asked_at: slot('at') })
				.onConflict((conflict) => conflict.columns(['guild_id', 'learner', 'item_id']).doNothing()),
		),
		passSize: prepare<LearnerKey>()((slot) =>
			builder
				.selectFrom('leitner_pass')
				.select((eb) => eb.fn.countAll<number>().as('asked'))
				.where('guild_id', '=', slot('guildId'))
				.where('learner', '=', slot('learner')),
		),
		clearPass: prepare<LearnerKey>()((slot) =>
			builder.deleteFrom('leitner_pass').where('guild_id', '=', slot('guildId')).where('learner', '=', slot('learner')),
		),
	};
}
