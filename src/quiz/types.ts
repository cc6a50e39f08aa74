/** State the quiz keeps in the learner database. Times are epoch milliseconds. */

export interface RoundAnswer {
	readonly name: string;
	readonly option: number;
	readonly correct: boolean;
	readonly at: number;
}

export type RoundStatus = 'open' | 'revealed';

/** A round without its answers: what an answer press needs (its cost stays the same however many answered). */
export interface RoundInfo {
	readonly id: string;
	readonly guildId: string;
	readonly channelId: string;
	/** Set once the question message exists. */
	readonly messageId: string | null;
	readonly itemId: string;
	/** Who asked with /quiz question; null for the study channel. */
	readonly askedBy: string | null;
	readonly openedAt: number;
	readonly endsAt: number;
	readonly status: RoundStatus;
}

export interface Round extends RoundInfo {
	/** By user id. */
	readonly answers: Readonly<Record<string, RoundAnswer>>;
}

export interface TopicTally {
	readonly answered: number;
	readonly correct: number;
}

/** One learner's totals in one guild: a leaderboard line. */
export interface ScoreLine {
	readonly name: string;
	readonly points: number;
	readonly answered: number;
	readonly correct: number;
	readonly streak: number;
	readonly bestStreak: number;
}

/** A learner's totals with their accuracy by topic: what /quiz stats shows. */
export interface UserScore extends ScoreLine {
	readonly byTopic: Readonly<Record<string, TopicTally>>;
}

/** One guild's scores, by user id (the shape the keyv store kept, and the reference model in scores.ts). */
export type GuildScores = Readonly<Record<string, UserScore>>;

export interface LeitnerCard {
	/** 1 after a miss, +1 per right answer in a row (capped). */
	readonly box: number;
	readonly lastCorrect: boolean;
	readonly lastAt: number;
}

/** One user's (or the study channel's) review state in one guild. */
export interface LeitnerState {
	readonly cards: Readonly<Record<string, LeitnerCard>>;
	/** Items asked in the current pass through the bank, oldest first. */
	readonly pass: readonly string[];
}

export interface SchedulePause {
	readonly reason: string;
	readonly at: number;
}

export interface Schedule {
	readonly guildId: string;
	readonly channelId: string;
	readonly everyMs: number;
	/** Windows are counted from here: window n is due at anchorAt + n × everyMs. */
	readonly anchorAt: number;
	/** The last window claimed for posting (0 = none yet); persisted before the post so a restart cannot repeat it. */
	readonly lastWindow: number;
	readonly lastPostedAt: number | null;
	readonly paused: SchedulePause | null;
	readonly startedBy: string;
}
