import { describe, expect, it } from 'vitest';
import { answerRound, openRound, revealRound, tallyRound } from '../../../src/quiz/round.js';
import { item } from './items.js';

const question = item('q1');
const round = openRound({
	id: 'r1',
	guildId: 'g',
	channelId: 'c',
	item: question,
	askedBy: 'u0',
	now: 1000,
	durationMs: 60_000,
});

describe('round state machine', () => {
	it('records one answer per user and marks whether it was right', () => {
		const first = answerRound(round, question, { userId: 'u1', name: 'Ann', option: 0, now: 2000 });
		if (first.kind !== 'recorded') throw new Error(first.kind);
		expect(first.answer).toEqual({ name: 'Ann', option: 0, correct: true, at: 2000 });
		const second = answerRound(first.round, question, { userId: 'u1', name: 'Ann', option: 1, now: 3000 });
		expect(second).toEqual({ kind: 'duplicate', previous: first.answer });
	});

	it('refuses answers after the end time and options that do not exist', () => {
		expect(answerRound(round, question, { userId: 'u1', name: 'Ann', option: 0, now: 61_000 }).kind).toBe('closed');
		expect(answerRound(round, question, { userId: 'u1', name: 'Ann', option: 4, now: 2000 }).kind).toBe(
			'invalid-option',
		);
	});

	it('reveals only once the time is up, and only once', () => {
		expect(revealRound(round, 60_999)).toBeUndefined();
		const revealed = revealRound(round, 61_000);
		expect(revealed?.status).toBe('revealed');
		expect(revealed && revealRound(revealed, 70_000)).toBeUndefined();
		expect(revealed && answerRound(revealed, question, { userId: 'u2', name: 'Bo', option: 0, now: 2000 }).kind).toBe(
			'closed',
		);
	});

	it('tallies answers and lists who was right in answer order', () => {
		let current = round;
		for (const [userId, name, option, at] of [
			['u2', 'Bo', 0, 3000],
			['u1', 'Ann', 0, 2000],
			['u3', 'Cy', 2, 2500],
		] as const) {
			const outcome = answerRound(current, question, { userId, name, option, now: at });
			if (outcome.kind === 'recorded') current = outcome.round;
		}
		expect(tallyRound(current)).toEqual({ answered: 3, correct: 2, correctNames: ['Ann', 'Bo'] });
	});
});
