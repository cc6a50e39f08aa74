import { randomBytes } from 'node:crypto';
import type { QuizItem } from '../knowledge/types.js';
import { POINTS, type QuizBank, type QuizFilter } from './bank.js';
import { pickItem, recordAsked, recordReview } from './leitner.js';
import { answerRound, openRound, revealRound } from './round.js';
import { createScheduleService, type ScheduleService } from './scheduleService.js';
import { applyAnswer, leaderboard, type Leaderboard } from './scores.js';
import { STUDY_CHANNEL_LEARNER, type QuizStore } from './store.js';
import type { Round, RoundAnswer, UserScore } from './types.js';

export interface Question {
	readonly round: Round;
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
}

export type AnswerResult =
	| { readonly kind: 'unknown' }
	| { readonly kind: 'invalid-option' }
	| { readonly kind: 'closed'; readonly question: Question }
	| { readonly kind: 'duplicate'; readonly question: Question; readonly previous: RoundAnswer }
	| { readonly kind: 'recorded'; readonly question: Question; readonly answer: RoundAnswer };

export interface QuizService {
	readonly bank: QuizBank;
	readonly schedules: ScheduleService;
	/** Opens a round on the next item for this learner; undefined when no item matches the filter. */
	ask(params: AskParams): Promise<Question | undefined>;
	attachMessage(guildId: string, roundId: string, messageId: string): Promise<Question | undefined>;
	/** Records one answer per user and updates scores and Leitner boxes in the same serialised step. */
	answer(params: AnswerParams): Promise<AnswerResult>;
	question(guildId: string, roundId: string): Promise<Question | undefined>;
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

	const load = async (guildId: string, roundId: string): Promise<Question | undefined> => {
		const round = await store.getRound(guildId, roundId);
		const item = round ? bank.get(round.itemId) : undefined;
		return round && item ? { round, item } : undefined;
	};

	return {
		bank,
		schedules: createScheduleService(store, now),

		ask: (params) =>
			store.withGuild(params.guildId, async () => {
				const pool = bank.filter(params).map((item) => item.id);
				const learner = params.askedBy ?? STUDY_CHANNEL_LEARNER;
				const state = await store.getLeitner(params.guildId, learner);
				const itemId = pickItem(pool, state, random);
				const item = itemId === undefined ? undefined : bank.get(itemId);
				if (!item) return undefined;
				await store.setLeitner(params.guildId, learner, recordAsked(state, item.id, bank.items.length));
				const round = openRound({
					id: randomBytes(5).toString('hex'),
					guildId: params.guildId,
					channelId: params.channelId,
					item,
					askedBy: params.askedBy,
					now: now(),
					durationMs: options.roundMs,
				});
				await store.setRound(round);
				return { round, item };
			}),

		attachMessage: (guildId, roundId, messageId) =>
			store.withGuild(guildId, async () => {
				const question = await load(guildId, roundId);
				if (!question) return undefined;
				const round = { ...question.round, messageId };
				await store.setRound(round);
				return { round, item: question.item };
			}),

		answer: (params) =>
			store.withGuild(params.guildId, async (): Promise<AnswerResult> => {
				const question = await load(params.guildId, params.roundId);
				if (!question) return { kind: 'unknown' };
				const { item } = question;
				const at = now();
				const outcome = answerRound(question.round, item, { ...params, now: at });
				if (outcome.kind === 'invalid-option') return outcome;
				if (outcome.kind === 'closed') return { kind: 'closed', question };
				if (outcome.kind === 'duplicate') return { kind: 'duplicate', question, previous: outcome.previous };
				const { correct } = outcome.answer;
				await store.setRound(outcome.round);
				const scores = await store.getScores(params.guildId);
				const scored = { ...params, topic: item.topic, correct, points: POINTS[item.difficulty] };
				await store.setScores(params.guildId, applyAnswer(scores, scored));
				const state = await store.getLeitner(params.guildId, params.userId);
				await store.setLeitner(params.guildId, params.userId, recordReview(state, item.id, correct, at));
				return { kind: 'recorded', question: { round: outcome.round, item }, answer: outcome.answer };
			}),

		question: load,

		revealIfDue: (guildId, roundId) =>
			store.withGuild(guildId, async () => {
				const question = await load(guildId, roundId);
				const revealed = question ? revealRound(question.round, now()) : undefined;
				if (!question || !revealed) return undefined;
				await store.setRound(revealed);
				return { round: revealed, item: question.item };
			}),

		discard: (guildId, roundId) =>
			store.withGuild(guildId, async () => {
				const round = await store.getRound(guildId, roundId);
				if (round) await store.setRound({ ...round, status: 'revealed' });
			}),

		leaderboard: async (guildId, userId) => leaderboard(await store.getScores(guildId), userId),
		stats: async (guildId, userId) => (await store.getScores(guildId))[userId],
	};
}
