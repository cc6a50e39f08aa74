import { pino } from 'pino';
import { createLearnerStore } from '../../src/db/learnerStore.js';
import { openDatabase } from '../../src/db/openDatabase.js';
import { createSqliteFiles } from '../../src/db/sqlite/sqliteFile.js';
import { openRound } from '../../src/quiz/round.js';
import type { QuizItem } from '../../src/knowledge/types.js';

/** Seeded learners answer in rounds of this many, closed afterwards (the bot's clock leaves them alone). */
const ROUND_SIZE = 1_000;

const SEED_ITEM: QuizItem = {
	id: 'bench-seed',
	topic: 'grpo',
	difficulty: 'medium',
	kind: 'choice',
	question: 'Seeded?',
	options: ['yes', 'no'],
	answer: 0,
	explanation: 'Seeded for the bench.',
	source: { key: 'P', locator: '-', label: 'bench' },
};

/**
 * Adds learners `from` … `to - 1` to the guild through the learner store itself (one answer transaction each, as
 * the bot records them), with points spread over 0 to 45 so the leaderboard has many distinct totals.
 */
export async function seedLearners(databaseUrl: string, guildId: string, from: number, to: number): Promise<void> {
	const logger = pino({ level: 'silent' });
	const database = await openDatabase(databaseUrl, { logger, sqliteFiles: createSqliteFiles(logger) });
	const store = createLearnerStore(database);
	try {
		for (let first = from; first < to; first += ROUND_SIZE) {
			const round = openRound({
				id: `seed${String(first)}`,
				guildId,
				channelId: 'seed',
				item: SEED_ITEM,
				askedBy: null,
				now: Date.now(),
				durationMs: 1,
			});
			await store.openRound(round, { learner: 'bench-seed', bankSize: 1_000_000 });
			for (let learner = first; learner < Math.min(first + ROUND_SIZE, to); learner += 1) {
				await store.recordAnswer({
					guildId,
					roundId: round.id,
					userId: `seed-${String(learner)}`,
					name: `Learner ${String(learner)}`,
					option: learner % 5 === 0 ? 1 : 0,
					correct: learner % 5 !== 0,
					at: Date.now(),
					itemId: SEED_ITEM.id,
					topic: SEED_ITEM.topic,
					points: 1 + ((learner * 7) % 45),
				});
			}
			await store.closeRound(guildId, round.id);
		}
	} finally {
		await database.close();
	}
}
