import type { AnswerRecord, RecordOutcome } from '../quiz/store.js';
import type { Database } from './database.js';
import type { leitnerQueries } from './queries/leitnerQueries.js';
import type { roundQueries } from './queries/roundQueries.js';
import type { scoreQueries } from './queries/scoreQueries.js';
import { bucketStripes, stripeOf } from './stripes.js';

export interface AnswerQueries {
	readonly scores: ReturnType<typeof scoreQueries>;
	readonly leitner: ReturnType<typeof leitnerQueries>;
	readonly rounds: ReturnType<typeof roundQueries>;
}

/**
 * One answer, one transaction (with the question's message id when the press brings the first one): the answer row (its primary key refuses a second answer by the same user), the score
 * and streak added in place, the topic tally, the Leitner box and the leaderboard buckets. Only the user's own rows
 * are touched, plus two bucket rows shared with users of the same stripe and points, taken last and in ascending
 * order of points so concurrent answers never deadlock.
 */
export function recordAnswer(database: Database, queries: AnswerQueries, answer: AnswerRecord): Promise<RecordOutcome> {
	const { scores, leitner, rounds } = queries;
	const correct = answer.correct ? 1 : 0;
	const key = { guildId: answer.guildId, userId: answer.userId };
	return database.transaction(async (tx): Promise<RecordOutcome> => {
		// Kept even when the answer turns out a duplicate: the message id is the round's, not the answer's.
		if (answer.messageId !== undefined) {
			await tx.run(rounds.attachMessage, {
				guildId: answer.guildId,
				roundId: answer.roundId,
				messageId: answer.messageId,
			});
		}
		const inserted = await tx.all(scores.insertAnswer, { ...key, ...answer, correct });
		if (inserted.length === 0) {
			const [previous] = await tx.all(scores.answer, { ...key, roundId: answer.roundId });
			if (!previous) throw new Error(`answer ${answer.roundId}/${answer.userId} refused but not found`);
			return {
				kind: 'duplicate',
				previous: { name: previous.name, option: previous.option, correct: previous.correct === 1, at: previous.at },
			};
		}
		const gain = answer.correct ? answer.points : 0;
		const [totals] = await tx.all(scores.addToScore, { ...key, name: answer.name, gain, correct });
		if (!totals) throw new Error('the score upsert returned no row');
		await tx.run(scores.addToTopic, { ...key, topic: answer.topic, correct });
		await tx.run(leitner.review, {
			guildId: answer.guildId,
			learner: answer.userId,
			itemId: answer.itemId,
			correct,
			at: answer.at,
		});
		const bucket = { guildId: answer.guildId, stripe: stripeOf(answer.userId, bucketStripes(database.dialect)) };
		if (totals.answered === 1) {
			await tx.run(scores.addToBucket, { ...bucket, points: totals.points, delta: 1 });
		} else if (gain > 0) {
			await tx.run(scores.moveBucket, { ...bucket, from: totals.points - gain, to: totals.points });
		}
		return { kind: 'recorded' };
	});
}
