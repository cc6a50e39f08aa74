import type { Migration } from './migration.js';

/** One learner's answers over time (the /quiz stats picture) from that learner's rows only, at any guild size. */
export const answersByLearner: Migration = {
	version: 2,
	name: 'answers by learner',
	statements: (schema) => [
		schema.createIndex('answers_by_learner').on('answers').columns(['guild_id', 'user_id', 'at']),
	],
};
