import { describe, expect, it } from 'vitest';
import { accuracyByTopic, applyAnswer, leaderboard } from '../../../src/quiz/scores.js';
import type { GuildScores } from '../../../src/quiz/types.js';

function play(answers: readonly [string, boolean, number, string?][]): GuildScores {
	return answers.reduce<GuildScores>(
		(scores, [userId, correct, points, topic]) =>
			applyAnswer(scores, { userId, name: userId.toUpperCase(), topic: topic ?? 'grpo', correct, points }),
		{},
	);
}

describe('scores', () => {
	it('counts points, accuracy by topic and current and best streaks', () => {
		const scores = play([
			['ann', true, 1],
			['ann', true, 3, 'sft'],
			['ann', false, 2],
			['ann', true, 1, 'sft'],
		]);
		expect(scores['ann']).toMatchObject({ points: 5, answered: 4, correct: 3, streak: 1, bestStreak: 2 });
		const ann = scores['ann'];
		if (!ann) throw new Error('no score');
		expect(accuracyByTopic(ann)).toEqual([
			{ topic: 'grpo', answered: 2, correct: 1 },
			{ topic: 'sft', answered: 2, correct: 2 },
		]);
	});

	it('ranks by points; equal points share a rank and the next rank skips', () => {
		const scores = play([
			['ann', true, 3],
			['bo', true, 2],
			['cy', true, 2],
			['dee', true, 1],
			['eve', false, 1],
		]);
		const board = leaderboard(scores, 'dee');
		expect(board.top.map((entry) => [entry.userId, entry.rank])).toEqual([
			['ann', 1],
			['bo', 2],
			['cy', 2],
			['dee', 4],
			['eve', 5],
		]);
		expect(board.you?.rank).toBe(4);
		expect(board.players).toBe(5);
	});

	it('shows the top 10 and still gives the asking user their rank below it', () => {
		const scores = play(Array.from({ length: 12 }, (_, index) => [`u${index}`, true, 12 - index] as const));
		const board = leaderboard(scores, 'u11');
		expect(board.top).toHaveLength(10);
		expect(board.you).toMatchObject({ userId: 'u11', rank: 12 });
	});
});
