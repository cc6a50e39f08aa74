import { describe, expect, it } from 'vitest';
import { EMPTY_LEITNER, pickItem, recordAsked, recordReview } from '../../../src/quiz/leitner.js';

const first = () => 0;

describe('Leitner boxes', () => {
	it('moves a card up on a right answer and back to box 1 on a miss', () => {
		let state = recordReview(EMPTY_LEITNER, 'a', true, 1);
		state = recordReview(state, 'a', true, 2);
		expect(state.cards['a']?.box).toBe(2);
		state = recordReview(state, 'a', false, 3);
		expect(state.cards['a']).toEqual({ box: 1, lastCorrect: false, lastAt: 3 });
	});

	it('prefers a missed item, then unseen ones, over items answered right', () => {
		let state = recordReview(EMPTY_LEITNER, 'a', true, 1);
		state = recordReview(state, 'b', false, 2);
		expect(pickItem(['a', 'b', 'c'], state, first)).toBe('b');
		expect(pickItem(['a', 'c'], state, first)).toBe('c');
	});

	it('does not repeat an item within a pass through the bank, then starts a new pass', () => {
		const bank = ['a', 'b', 'c'];
		let state = EMPTY_LEITNER;
		const asked: string[] = [];
		for (let index = 0; index < 3; index += 1) {
			const next = pickItem(bank, state, Math.random);
			if (!next) throw new Error('nothing picked');
			asked.push(next);
			state = recordAsked(state, next, bank.length);
		}
		expect([...asked].sort()).toEqual(bank);
		expect(state.pass).toEqual([]);
	});

	it('starts the next pass with the items missed in the last one', () => {
		const bank = ['a', 'b', 'c'];
		let state = EMPTY_LEITNER;
		for (const id of bank) state = recordReview(recordAsked(state, id, bank.length), id, id !== 'b', 1);
		expect(pickItem(bank, state, first)).toBe('b');
	});
});
