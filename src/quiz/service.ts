import { randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { QuizItem } from '../knowledge/types.js';
import { POINTS, type QuizBank, type QuizFilter } from './bank.js';
import { pickItem } from './leitner.js';
import { createLeitnerCache } from './leitnerCache.js';
import { isOpen, isValidOption, openRound } from './round.js';
import { createScheduleService, type ScheduleService } from './scheduleService.js';
import type { Leaderboard } from './scores.js';
import { STUDY_CHANNEL_LEARNER, type QuizStore } from './store.js';
import type { Round, RoundAnswer, RoundInfo, UserScore } from './types.js';

const LEADERBOARD_SIZE = 10;
/** Rounds whose details presses find in memory (a study group's open rounds fit many times over). */
const ROUNDS_IN_MEMORY = 2_000;

export interface Question {
	readonly round: Round;
	readonly item: QuizItem;
}

/** A question without its answers list: what an answer press returns. */
export interface QuestionInfo {
	readonly round: RoundInfo;
	readonly item: QuizItem;
}

export interface AskParams extends QuizFilter {
	readonly guildId: string;
	readonly channelId: string;
	/** The asking user; null for the study channel. */
	readonly askedBy: string | null;
}

export interface AnswerParams {
	readonly guildId: string;
	readonly roundId: string;
	readonly userId: string;
	readonly name: string;
	readonly option: number;
	/** The question's message id as the press saw it: stored with the first press when the round has none yet. */
	readonly messageId?: string | undefined;
}

export type AnswerResult =
	| { readonly kind: 'unknown' }
	| { readonly kind: 'invalid-option' }
	| { readonly kind: 'closed'; readonly question: QuestionInfo }
	| { readonly kind: 'duplicate'; readonly question: QuestionInfo; readonly previous: RoundAnswer }
	| { readonly kind: 'recorded'; readonly question: QuestionInfo; readonly answer: RoundAnswer };

export interface QuizService {
	readonly bank: QuizBank;
	readonly schedules: ScheduleService;
	/** Opens a round on the next item for this learner; undefined when no item matches the filter. */
	ask(params: AskParams): Promise<Question | undefined>;
	/**
	 * Stores the question's message id (when no press brought it first). True when the message already lags behind
	 * its round (presses, or the end of the round, came before the id was stored, so nothing could edit it): it needs
	 * an edit now.
	 */
	attachMessage(guildId: string, roundId: string, messageId: string): Promise<boolean>;
	/** Records one answer per user with its score, topic tally and Leitner box, in one transaction. */
	answer(params: AnswerParams): Promise<AnswerResult>;
	question(guildId: string, roundId: string): Promise<Question | undefined>;
	/** The round's details if this process has them in memory (it opened the round, or a press loaded it). */
	knownRound(guildId: string, roundId: string): RoundInfo | undefined;
	/** Reveals the round if its time is up; undefined when it was not due or already revealed. */
	revealIfDue(guildId: string, roundId: string): Promise<Question | undefined>;
	/** Ends a round whose message could not be posted. */
	discard(guildId: string, roundId: string): Promise<void>;
	leaderboard(guildId: string, userId: string): Promise<Leaderboard>;
	stats(guildId: string, userId: string): Promise<UserScore | undefined>;
}

export interface QuizServiceOptions {
	readonly store: QuizStore;
	readonly bank: QuizBank;
	readonly roundMs: number;
	readonly now: () => number;
	readonly random?: () => number;
}

export function createQuizService(options: QuizServiceOptions): QuizService {
	const { store, bank, now } = options;
	const random = options.random ?? Math.random;
	// What a press needs of its round never goes stale: the end time is fixed, and the status turns "revealed" only
	// at that end (which the press checks itself) or when the message could not be posted (so it has no buttons).
	// Every press after the first skips a query.
	const rounds = new LRUCache<string, RoundInfo>({ max: ROUNDS_IN_MEMORY });
	const leitner = createLeitnerCache();
	const roundInfo = async (guildId: string, roundId: string) => {
		const key = `${guildId}:${roundId}`;
		const cached = rounds.get(key);
		if (cached) return cached;
		const round = await store.getRoundInfo(guildId, roundId);
		if (round) rounds.set(key, round);
		return round;
	};

	// The bank never changes while the bot runs: each filter's item ids are worked out once.
	const pools = new Map<string, readonly string[]>();
	const poolOf = (filter: QuizFilter) => {
		const key = `${filter.topic ?? ''}\n${filter.difficulty ?? ''}`;
		let pool = pools.get(key);
		if (!pool) {
			pool = bank.filter(filter).map((item) => item.id);
			pools.set(key, pool);
		}
		return pool;
	};

	const load = async (guildId: string, roundId: string): Promise<Question | undefined> => {
		const round = await store.getRound(guildId, roundId);
		const item = round ? bank.get(round.itemId) : undefined;
		return round && item ? { round, item } : undefined;
	};

	return {
		bank,
		schedules: createScheduleService(store, now),

		async ask(params) {
			const pool = poolOf(params);
			const learner = params.askedBy ?? STUDY_CHANNEL_LEARNER;
			const state = await leitner.get(params.guildId, learner, () => store.getLeitner(params.guildId, learner));
			const itemId = pickItem(pool, state, random, leitner.askedSet(params.guildId, learner));
			const item = itemId === undefined ? undefined : bank.get(itemId);
			if (!item) return undefined;
			const round = openRound({
				id: randomBytes(5).toString('hex'),
				guildId: params.guildId,
				channelId: params.channelId,
				item,
				askedBy: params.askedBy,
				now: now(),
				durationMs: options.roundMs,
			});
			await store.openRound(round, { learner, bankSize: bank.items.length });
			leitner.asked(round.guildId, learner, item.id, bank.items.length);
			rounds.set(`${round.guildId}:${round.id}`, round);
			return { round, item };
		},

		async attachMessage(guildId, roundId, messageId) {
			const attached = await store.setMessageId(guildId, roundId, messageId);
			if (!attached) return false;
			const round = await roundInfo(guildId, roundId);
			if (round?.messageId === null) rounds.set(`${guildId}:${roundId}`, { ...round, messageId });
			// A reveal after this point edits the message itself; one before it found no message to edit.
			if (round && now() >= round.endsAt) return true;
			return attached.answered > 0;
		},

		async answer(params) {
			const round = await roundInfo(params.guildId, params.roundId);
			const item = round ? bank.get(round.itemId) : undefined;
			if (!round || !item) return { kind: 'unknown' };
			if (!isValidOption(item, params.option)) return { kind: 'invalid-option' };
			const question = { round, item };
			const at = now();
			if (!isOpen(round, at)) {
				// Said before "finished", as the round's own rules do: a late second press still hears what it chose.
				const previous = await store.getAnswer(params.guildId, params.roundId, params.userId);
				return previous ? { kind: 'duplicate', question, previous } : { kind: 'closed', question };
			}
			const answer: RoundAnswer = {
				name: params.name,
				option: params.option,
				correct: params.option === item.answer,
				at,
			};
			// The first press to reach a round without its message id stores it (the question never waited for it).
			const messageId = round.messageId === null ? params.messageId : undefined;
			const outcome = await store.recordAnswer({
				...params,
				...answer,
				itemId: item.id,
				topic: item.topic,
				points: POINTS[item.difficulty],
				messageId,
			});
			if (messageId !== undefined) rounds.set(`${params.guildId}:${params.roundId}`, { ...round, messageId });
			if (outcome.kind === 'duplicate') return { kind: 'duplicate', question, previous: outcome.previous };
			leitner.reviewed(params.guildId, params.userId, item.id, answer.correct, at);
			return { kind: 'recorded', question, answer };
		},

		question: load,
		knownRound: (guildId, roundId) => rounds.get(`${guildId}:${roundId}`),

		async revealIfDue(guildId, roundId) {
			if (!(await store.revealRound(guildId, roundId, now()))) return undefined;
			return load(guildId, roundId);
		},

		async discard(guildId, roundId) {
			rounds.delete(`${guildId}:${roundId}`);
			await store.closeRound(guildId, roundId);
		},
		leaderboard: (guildId, userId) => store.leaderboard(guildId, userId, LEADERBOARD_SIZE),
		stats: (guildId, userId) => store.stats(guildId, userId),
	};
}
