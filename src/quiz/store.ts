import type { Leaderboard } from './scores.js';
import type { LeitnerState, Round, RoundAnswer, RoundInfo, Schedule, UserScore } from './types.js';

export interface OpenRoundRef {
	readonly guildId: string;
	readonly roundId: string;
	readonly endsAt: number;
}

/** Who a Leitner state belongs to: a user id, or the study channel's shared state. */
export type Learner = string;
export const STUDY_CHANNEL_LEARNER: Learner = 'study-channel';

/** One press of an answer button, already checked against the round and the item. */
export interface AnswerRecord {
	readonly guildId: string;
	readonly roundId: string;
	readonly userId: string;
	readonly name: string;
	readonly option: number;
	readonly correct: boolean;
	readonly at: number;
	readonly itemId: string;
	readonly topic: string;
	/** What a right answer earns (by difficulty). */
	readonly points: number;
	/**
	 * The question's message id, when the press carries it and the round has none stored yet: the question's reply
	 * does not wait for its message id, so the first press stores it, in its own transaction.
	 */
	readonly messageId?: string | undefined;
}

export type RecordOutcome =
	{ readonly kind: 'recorded' } | { readonly kind: 'duplicate'; readonly previous: RoundAnswer };

/**
 * Where the quiz keeps learner data: the learner database (src/db/). No lock is needed around any of it: each
 * method is one statement or one transaction, and the database's keys settle races (one answer per user and
 * round, one claim per study window, one reveal per round).
 */
export interface QuizStore {
	/** The round with every answer, or undefined for an unknown round (or one of another guild). */
	getRound(guildId: string, roundId: string): Promise<Round | undefined>;
	/** The round without its answers (one row, whatever the number of answers). */
	getRoundInfo(guildId: string, roundId: string): Promise<RoundInfo | undefined>;
	countAnswers(guildId: string, roundId: string): Promise<number>;
	/** One user's answer to a round. */
	getAnswer(guildId: string, roundId: string, userId: string): Promise<RoundAnswer | undefined>;
	/** Saves a new round and notes its item as asked in the learner's pass, in one transaction. */
	openRound(round: Round, asked: { readonly learner: Learner; readonly bankSize: number }): Promise<void>;
	/**
	 * Stores the round's message id and says how many answers the round had at that moment (one statement: the
	 * question's reply waits for nothing else); undefined when there is no such round.
	 */
	setMessageId(guildId: string, roundId: string, messageId: string): Promise<{ readonly answered: number } | undefined>;
	/** Open → revealed once its time is up at `now`; true only for the one call that revealed it. */
	revealRound(guildId: string, roundId: string, now: number): Promise<boolean>;
	/** Ends a round at once (its message could not be posted). */
	closeRound(guildId: string, roundId: string): Promise<void>;
	/** The answer, the score and streak, the topic tally and the Leitner box: all or nothing, once per user. */
	recordAnswer(answer: AnswerRecord): Promise<RecordOutcome>;
	getLeitner(guildId: string, learner: Learner): Promise<LeitnerState>;
	leaderboard(guildId: string, userId: string, limit: number): Promise<Leaderboard>;
	stats(guildId: string, userId: string): Promise<UserScore | undefined>;
	getSchedule(guildId: string): Promise<Schedule | undefined>;
	/** Creates or replaces the guild's schedule. */
	saveSchedule(schedule: Schedule): Promise<void>;
	/** The deleted schedule, or undefined when there was none. */
	deleteSchedule(guildId: string): Promise<Schedule | undefined>;
	listSchedules(): Promise<readonly Schedule[]>;
	/**
	 * Takes `window` for posting while the guild's schedule still posts to `channelId`, is not paused and has not
	 * taken it: true for exactly one caller, in any number of processes.
	 */
	claimWindow(guildId: string, channelId: string, window: number): Promise<boolean>;
	markPosted(guildId: string, channelId: string, at: number): Promise<void>;
	pauseSchedule(guildId: string, channelId: string, reason: string, at: number): Promise<void>;
	/** Open rounds whose time is up at `now`. */
	dueRounds(now: number): Promise<readonly OpenRoundRef[]>;
	/** When the next open round ends after `now`, if any is open. */
	nextRoundEnd(now: number): Promise<number | undefined>;
}
