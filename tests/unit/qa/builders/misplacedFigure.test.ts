import { beforeAll, describe, expect, it } from 'vitest';
import type { QaEngine } from '../../../../src/qa/engine.js';
import { expectCovered, expectNotCovered, loadRealQa } from '../fixtures.js';

let engine: QaEngine;

beforeAll(async () => {
	({ engine } = await loadRealQa());
});

describe('a claimed score our table gives to another benchmark or model', () => {
	it.each(['r1 scored 97.3 on aime', 'saw a tweet saying r1 got 97.3 on aime 2024, legit?'])(
		'GIVEN %j THEN no: 79.8 on AIME 2024, and 97.3 is its MATH-500 score',
		(question) => {
			expect(expectCovered(engine.answer(question)).text).toBe(
				'No: DeepSeek-R1 scores 79.8 (pass@1) on AIME 2024; 97.3 is its MATH-500 score.',
			);
		},
	);

	it('GIVEN "is it true r1 scored 90 on aime" (a figure nobody has) THEN no, with the figure our table gives', () => {
		expect(expectCovered(engine.answer('is it true r1 scored 90 on aime')).text).toMatch(/^No: .*79\.8/);
	});

	it('GIVEN "o3 got 79.2 on aime 2024 right" THEN no o3 figure, and whose 79.2 is', () => {
		expect(expectCovered(engine.answer('o3 got 79.2 on aime 2024 right')).text).toBe(
			"Our sources give no AIME 2024 figure for OpenAI o3; 79.2 is OpenAI o1's AIME 2024 score.",
		);
	});

	it('GIVEN "o3 got 96.7 on aime 2024 right" (nobody\'s figure) THEN not covered', () => {
		expectNotCovered(engine.answer('o3 got 96.7 on aime 2024 right'));
	});

	it('GIVEN "r1 got 79.8 on aime right?" (the right figure) THEN no correction', () => {
		expect(engine.answer('r1 got 79.8 on aime right?').text).not.toMatch(/^No:/);
	});
});
