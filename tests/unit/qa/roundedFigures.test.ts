import { describe, expect, it } from 'vitest';
import { createRoundedFigures } from '../../../src/qa/roundedFigures.js';

const figures = createRoundedFigures(['5.576m', '671b', '685b', '79.8', '6.5x', '2024', 'the']);

describe('roundedFigures: a figure a student rounds stands for the one our sources state', () => {
	it.each([
		['5.6m', ['5.576m']],
		['5.5m', ['5.576m']],
		['6x', ['6.5x']],
	])('GIVEN %j THEN %j', (typed, known) => {
		expect(figures.near(typed)).toEqual(known);
	});

	it.each(['671b', '80', '2025', '5.576m', 'model'])(
		'GIVEN %j (exact, unrounded, a year or no figure) THEN none',
		(typed) => {
			expect(figures.near(typed)).toEqual([]);
		},
	);
});
