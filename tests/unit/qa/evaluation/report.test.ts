import { describe, expect, it } from 'vitest';
import type { EvalQuestion } from '../../../../src/qa/evaluation/evalSet.js';
import type { EvalReport, IntentFigures } from '../../../../src/qa/evaluation/evaluate.js';
import { checkFloors, formatReport, parseFloors } from '../../../../src/qa/evaluation/report.js';

const figures = (questions: number, correct: number, answerable: number, recalled: number): IntentFigures => ({
	questions,
	correct,
	answerable,
	recalled,
	notCovered: questions - answerable,
});

const item: EvalQuestion = { q: 'r1 math', intent: 'score', topic: 'deepseek-r1', expect: ['97.3', 'pass@1'] };

const report = (overall: IntentFigures, unknown = 0): EvalReport => ({
	overall,
	byIntent: new Map([
		['score', overall],
		['why', figures(0, 0, 0, 0)],
	]),
	failures: [{ item, answer: 'R1 99.9\n- more', recalled: false }],
	unknownFigures: Array.from({ length: unknown }, () => ({ item, figures: ['99.9'] })),
});

describe('parseFloors', () => {
	it('GIVEN the committed shape THEN the floors', () => {
		expect(parseFloors('{"accuracy":0.8,"recall":0.9,"maxUnknownFigures":0}')).toEqual({
			accuracy: 0.8,
			recall: 0.9,
			maxUnknownFigures: 0,
		});
	});

	it.each(['{"accuracy":1.2,"recall":0.9,"maxUnknownFigures":0}', '{"accuracy":0.8,"recall":0.9}', 'not json'])(
		'GIVEN %j THEN it throws',
		(json) => {
			expect(() => parseFloors(json)).toThrow();
		},
	);
});

describe('checkFloors', () => {
	const floors = { accuracy: 0.8, recall: 0.9, maxUnknownFigures: 0 };

	it('GIVEN figures at the floors THEN nothing is missed', () => {
		expect(checkFloors(report(figures(10, 8, 10, 9)), floors)).toEqual([]);
	});

	it('GIVEN accuracy, recall and figures below the floors THEN one line each', () => {
		expect(checkFloors(report(figures(10, 7, 10, 8), 2), floors)).toEqual([
			'accuracy 70.0% is below the floor 80.0%',
			'prompt recall 80.0% is below the floor 90.0%',
			'2 answers show figures the knowledge does not hold',
		]);
	});

	it('GIVEN no answerable question THEN recall counts as full', () => {
		expect(checkFloors(report(figures(2, 2, 0, 0)), floors)).toEqual([]);
	});
});

describe('formatReport', () => {
	it('GIVEN a report THEN a row per intent that has questions, then overall', () => {
		const text = formatReport('questions', report(figures(10, 8, 8, 7), 1), { failures: false });
		const lines = text.split('\n');
		expect(lines[0]).toBe('questions: 10 questions');
		expect(lines.some((line) => line.startsWith('score ') && line.includes('80.0%') && line.includes('87.5%'))).toBe(
			true,
		);
		expect(lines.some((line) => line.startsWith('why '))).toBe(false);
		expect(lines.at(-1)).toBe('figures not in the knowledge: 1');
		expect(text).not.toContain('r1 math');
	});

	it('GIVEN failures asked for THEN each failure with what was expected and the answer on one line', () => {
		const text = formatReport('questions', report(figures(10, 8, 8, 7), 1), { failures: true });
		expect(text).toContain('✗ [score → deepseek-r1] r1 math');
		expect(text).toContain('  expected: 97.3 + pass@1 (not in prompt)');
		expect(text).toContain('  answer: R1 99.9 ⏎ - more');
		expect(text).toContain('? figures 99.9 in the answer to: r1 math');
	});
});
