import { describe, expect, it } from 'vitest';
import { renderProgress } from '../../../src/render/askProgress.js';
import { countOf, withThousands } from '../../../src/render/countOf.js';
import { renderLeaderboard } from '../../../src/render/quizBoards.js';

describe('countOf', () => {
	it('puts the noun in the singular for one and the plural otherwise, with thousands separators', () => {
		expect(countOf(1, 'reasoning token')).toBe('1 reasoning token');
		expect(countOf(0, 'reasoning token')).toBe('0 reasoning tokens');
		expect(countOf(1234, 'reasoning token')).toBe('1,234 reasoning tokens');
		expect(countOf(1, 'miss', 'misses')).toBe('1 miss');
		expect(countOf(2, 'miss', 'misses')).toBe('2 misses');
	});

	it("writes counts as toLocaleString('en-US') does, without loading the locale", () => {
		const counts = [0, 7, 999, 1000, 12_345, 999_999, 1_000_000, 1_234_567_890, -4321, 12.5, 1234.25];
		for (const count of counts) expect(withThousands(count)).toBe(count.toLocaleString('en-US'));
	});
});

describe('singular and plural in what users read', () => {
	it('says "1 pt" and "2 pts" on the leaderboard', () => {
		const line = (userId: string, rank: number, points: number) => ({
			userId,
			rank,
			score: { name: userId, points, answered: 1, correct: 1, streak: 1, bestStreak: 1 },
		});
		const board = { top: [line('ann', 1, 2), line('bo', 2, 1)], you: line('bo', 2, 1), players: 2 };
		const embed = renderLeaderboard(board, 'bo').embeds[0]?.toJSON();
		expect(embed?.description).toContain('ann · 2 pts ·');
		expect(embed?.description).toContain('bo · 1 pt ·');
		expect(JSON.stringify(embed)).toContain('with 1 pt.');
	});

	it('says "1 reasoning token" while a model thinks', () => {
		expect(renderProgress({ elapsedMs: 1000, reasoningTokens: 1, answerSoFar: '' })).toMatch(/ · 1 reasoning token$/);
	});
});
