import type { Keyv } from 'keyv';
import type { Logger } from 'pino';
import type { z } from 'zod';
import type { Store } from '../cache/store.js';
import type { Database, SqlSession } from './database.js';
import type { LegacyLeitner, LegacyRound, LegacySchedule, LegacyScores } from './legacyQuizData.js';
import { importQueries } from './queries/importQueries.js';
import { scoreQueries } from './queries/scoreQueries.js';
import { toScheduleRow } from './learnerStore.js';
import { bucketStripes, stripeOf } from './stripes.js';

/** The quiz state as the keyv store kept it before the learner database (one namespace each). */
export const LEGACY_NAMESPACES = {
	rounds: 'quiz-rounds',
	scores: 'quiz-scores',
	leitner: 'quiz-leitner',
	schedules: 'quiz-schedules',
} as const;

/** Recorded in data_imports once done; a later start finds it and reads nothing from keyv. */
export const KEYV_QUIZ_IMPORT = 'keyv-quiz-v1';

export interface ImportCounts {
	readonly rounds: number;
	readonly answers: number;
	readonly learners: number;
	readonly leitnerStates: number;
	readonly schedules: number;
	/** Entries that did not parse as quiz data (logged, left in keyv). */
	readonly skipped: number;
}

interface Entry<Value> {
	readonly key: string;
	readonly value: Value;
}

/**
 * The upgrade: moves the quiz data the keyv store held (rounds, scores, Leitner boxes, study schedules) into the
 * learner database, in one transaction, once per database. Undefined when it had already run. The keyv entries are
 * left where they were, so going back to the previous version finds them as they were at the upgrade.
 */
export async function importKeyvQuizData(
	store: Store,
	database: Database,
	logger: Logger,
): Promise<ImportCounts | undefined> {
	const queries = importQueries(database.builder);
	if ((await database.all(queries.done, { name: KEYV_QUIZ_IMPORT })).length > 0) return undefined;
	let skipped = 0;
	// The schemas (and zod with them) are loaded only when there is an entry to check: never on a new install.
	let schemas: Promise<LegacySchemas> | undefined;
	const read = async <Schema extends z.ZodType>(namespace: string, pick: (legacy: LegacySchemas) => Schema) => {
		const found = await entriesOf(store.namespace<unknown>(namespace));
		if (found.length === 0) return [];
		const schema = pick(await (schemas ??= import('./legacyQuizData.js')));
		const entries: Entry<z.infer<Schema>>[] = [];
		for (const { key, value } of found) {
			const parsed = schema.safeParse(value);
			if (parsed.success) entries.push({ key, value: parsed.data });
			else {
				skipped += 1;
				logger.warn({ namespace, key, problem: parsed.error.message }, 'keyv quiz entry not imported');
			}
		}
		return entries;
	};
	const rounds = await read(LEGACY_NAMESPACES.rounds, (legacy) => legacy.LegacyRound);
	const scores = await read(LEGACY_NAMESPACES.scores, (legacy) => legacy.LegacyScores);
	const leitner = await read(LEGACY_NAMESPACES.leitner, (legacy) => legacy.LegacyLeitner);
	const schedules = await read(LEGACY_NAMESPACES.schedules, (legacy) => legacy.LegacySchedule);
	const counts = await database.transaction(async (tx) => {
		// Two processes starting at once: the second waits for the first one's row here, then finds it and stops.
		if ((await tx.all(queries.claim, { name: KEYV_QUIZ_IMPORT, at: Date.now() })).length === 0) return undefined;
		return {
			rounds: rounds.length,
			answers: await importRounds(tx, queries, rounds),
			learners: await importScores(tx, database, queries, scores),
			leitnerStates: await importLeitner(tx, queries, leitner),
			schedules: await importSchedules(tx, queries, schedules),
			skipped,
		};
	});
	if (counts)
		logger.info({ ...counts, database: database.location }, 'quiz data moved from the keyv store into the database');
	return counts;
}

type Queries = ReturnType<typeof importQueries>;
type LegacySchemas = typeof import('./legacyQuizData.js');

async function importRounds(tx: SqlSession, queries: Queries, rounds: readonly Entry<z.infer<typeof LegacyRound>>[]) {
	let answers = 0;
	for (const { value: round } of rounds) {
		await tx.run(queries.round, {
			guild_id: round.guildId,
			id: round.id,
			channel_id: round.channelId,
			message_id: round.messageId,
			item_id: round.itemId,
			asked_by: round.askedBy,
			opened_at: round.openedAt,
			ends_at: round.endsAt,
			status: round.status,
		});
		for (const [userId, answer] of Object.entries(round.answers)) {
			answers += await tx.run(queries.answer, {
				guild_id: round.guildId,
				round_id: round.id,
				user_id: userId,
				name: answer.name,
				option: answer.option,
				correct: answer.correct ? 1 : 0,
				at: answer.at,
			});
		}
	}
	return answers;
}

async function importScores(
	tx: SqlSession,
	database: Database,
	queries: Queries,
	guilds: readonly Entry<z.infer<typeof LegacyScores>>[],
) {
	const { addToBucket } = scoreQueries(database.builder);
	let learners = 0;
	for (const { key: guildId, value: users } of guilds) {
		for (const [userId, score] of Object.entries(users)) {
			if (score.answered === 0) continue;
			const inserted = await tx.all(queries.score, {
				guild_id: guildId,
				user_id: userId,
				name: score.name,
				points: score.points,
				answered: score.answered,
				correct: score.correct,
				accuracy: score.correct / score.answered,
				streak: score.streak,
				best_streak: score.bestStreak,
			});
			if (inserted.length === 0) continue;
			learners += 1;
			await tx.run(addToBucket, {
				guildId,
				points: score.points,
				stripe: stripeOf(userId, bucketStripes(database.dialect)),
				delta: 1,
			});
			for (const [topic, tally] of Object.entries(score.byTopic))
				await tx.run(queries.topic, { guild_id: guildId, user_id: userId, topic, ...tally });
		}
	}
	return learners;
}

async function importLeitner(
	tx: SqlSession,
	queries: Queries,
	states: readonly Entry<z.infer<typeof LegacyLeitner>>[],
) {
	let imported = 0;
	for (const { key, value: state } of states) {
		const separator = key.indexOf(':');
		if (separator <= 0) continue;
		const guildId = key.slice(0, separator);
		const learner = key.slice(separator + 1);
		for (const [itemId, card] of Object.entries(state.cards))
			await tx.run(queries.card, {
				guild_id: guildId,
				learner,
				item_id: itemId,
				box: card.box,
				last_correct: card.lastCorrect ? 1 : 0,
				last_at: card.lastAt,
			});
		// The pass keeps its order: older than anything asked after the upgrade (those use real times).
		for (const [index, itemId] of state.pass.entries())
			await tx.run(queries.pass, { guild_id: guildId, learner, item_id: itemId, asked_at: index });
		imported += 1;
	}
	return imported;
}

async function importSchedules(
	tx: SqlSession,
	queries: Queries,
	schedules: readonly Entry<z.infer<typeof LegacySchedule>>[],
) {
	let imported = 0;
	for (const { value: schedule } of schedules) imported += await tx.run(queries.schedule, toScheduleRow(schedule));
	return imported;
}

/** Every entry of a namespace, read back by key so each value comes through keyv's own deserialising get. */
async function entriesOf(keyv: Keyv<unknown>): Promise<Entry<unknown>[]> {
	if (!keyv.iterator) return [];
	const keys: string[] = [];
	for await (const [key] of keyv.iterator(keyv.namespace)) if (typeof key === 'string') keys.push(key);
	const entries: Entry<unknown>[] = [];
	for (const key of keys) {
		const value = await keyv.get(key);
		if (value !== undefined) entries.push({ key, value });
	}
	return entries;
}
