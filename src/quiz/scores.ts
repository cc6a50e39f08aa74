import type { GuildScores, ScoreLine, TopicTally, UserScore } from './types.js';

export interface ScoredAnswer {
	readonly userId: string;
	readonly name: string;
	readonly topic: string;
	readonly correct: boolean;
	readonly points: number;
}

const EMPTY: UserScore = { name: '', points: 0, answered: 0, correct: 0, streak: 0, bestStreak: 0, byTopic: {} };

export function applyAnswer(scores: GuildScores, answer: ScoredAnswer): GuildScores {
	const before = scores[answer.userId] ?? EMPTY;
	const topic: TopicTally = before.byTopic[answer.topic] ?? { answered: 0, correct: 0 };
	const streak = answer.correct ? before.streak + 1 : 0;
	const after: UserScore = {
		name: answer.name,
		points: before.points + (answer.correct ? answer.points : 0),
		answered: before.answered + 1,
		correct: before.correct + (answer.correct ? 1 : 0),
		streak,
		bestStreak: Math.max(before.bestStreak, streak),
		byTopic: {
			...before.byTopic,
			[answer.topic]: { answered: topic.answered + 1, correct: topic.correct + (answer.correct ? 1 : 0) },
		},
	};
	return { ...scores, [answer.userId]: after };
}

export interface RankedScore {
	readonly userId: string;
	/** Competition ranking: equal points share a rank, the next rank skips ("1, 2, 2, 4"). */
	readonly rank: number;
	readonly score: ScoreLine;
}

/**
 * Everyone with at least one answer, best first; ties broken by accuracy, then name, for display order only. The
 * learner database orders by the same keys; this is the reference it is tested against.
 */
export function rankScores(scores: GuildScores): readonly RankedScore[] {
	const sorted = Object.entries(scores)
		.filter(([, score]) => score.answered > 0)
		.sort(
			([idA, a], [idB, b]) =>
				b.points - a.points ||
				b.correct / b.answered - a.correct / a.answered ||
				compareText(a.name, b.name) ||
				compareText(idA, idB),
		);
	let rank = 0;
	return sorted.map(([userId, score], index) => {
		const previous = sorted[index - 1];
		if (!previous || previous[1].points !== score.points) rank = index + 1;
		return { userId, rank, score };
	});
}

export interface Leaderboard {
	readonly top: readonly RankedScore[];
	/** The asking user's place, when they have answered anything. */
	readonly you: RankedScore | undefined;
	readonly players: number;
}

export function leaderboard(scores: GuildScores, userId: string, limit = 10): Leaderboard {
	const ranked = rankScores(scores);
	return { top: ranked.slice(0, limit), you: ranked.find((entry) => entry.userId === userId), players: ranked.length };
}

export interface TopicAccuracy {
	readonly topic: string;
	readonly answered: number;
	readonly correct: number;
}

/** Weakest topics first, so stats point at what to review. */
export function accuracyByTopic(score: UserScore): readonly TopicAccuracy[] {
	return Object.entries(score.byTopic)
		.map(([topic, tally]) => ({ topic, ...tally }))
		.sort(
			(a, b) =>
				a.correct / a.answered - b.correct / b.answered || b.answered - a.answered || compareText(a.topic, b.topic),
		);
}

/** Code-point order, as the database compares text (SQLite's BINARY, PostgreSQL's "C"), not the locale's. */
function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
