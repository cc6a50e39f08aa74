import { describe, expect, it } from 'vitest';
import type { QaAnswer } from '../../../../src/qa/answer.js';
import type { EvalQuestion } from '../../../../src/qa/evaluation/evalSet.js';
import { containsAll, isCorrect, normaliseForGrading, unknownFigures } from '../../../../src/qa/evaluation/grade.js';
import { makeTopic } from '../fixtures.js';

const item = (expect: EvalQuestion['expect']): EvalQuestion => ({
	q: 'q',
	intent: 'score',
	topic: 'deepseek-r1',
	expect,
});
const topic = makeTopic('deepseek-r1', 'DeepSeek-R1');
const covered = (text: string): QaAnswer => ({
	covered: true,
	intent: 'score',
	text,
	topic,
	sources: [],
	direct: true,
});
const notCovered = (text: string): QaAnswer => ({ covered: false, intent: 'score', text, suggestions: [] });

describe('normaliseForGrading', () => {
	it.each([
		['**DeepSeek-R1** 79.8', 'deepseek-r1 79.8'],
		['`deepseek-reasoner` _and_ ~~x~~', 'deepseek-reasoner and x'],
		['Café  Naïve\n\tText', 'cafe naive text'],
	])('GIVEN %j THEN %j', (text, expected) => {
		expect(normaliseForGrading(text)).toBe(expected);
	});
});

describe('containsAll: every phrase, any of its a|b alternatives', () => {
	it.each([
		['On AIME 2024: **DeepSeek-R1** 79.8 (pass@1).', ['79.8']],
		['On AIME 2024: **DeepSeek-R1** 79.8 (pass@1).', ['deepseek-r1 79.8', 'aime 2024']],
		['R1 uses `<think>` tags', ['<think>']],
		['Trained with **Reinforcement** learning', ['reinforcement learning']],
		['It was fine-tuned first', ['supervised|sft|fine-tun']],
		['It used SFT first', ['supervised|sft|fine-tun']],
		['About 2x V3 per token', ['2x|twice', 'v3']],
		['line one\nline two', ['one line two']],
	])('GIVEN %j THEN it contains %j', (text, phrases) => {
		expect(containsAll(text, phrases)).toBe(true);
	});

	it.each([
		['On AIME 2024: DeepSeek-R1 79.8', ['79.8', 'math-500']],
		['It used RL only', ['supervised|sft|fine-tun']],
		['About 6.5x cheaper', ['2x|twice']],
		['deepseek r1', ['deepseek-r1']],
	])('GIVEN %j THEN it lacks one of %j', (text, phrases) => {
		expect(containsAll(text, phrases)).toBe(false);
	});

	it.each([
		['R1 79.8', [' 79.8 |x']],
		['R1 79.8', ['x| 79.8']],
	])('GIVEN an alternative with spaces around it (%j, %j) THEN they are trimmed', (text, phrases) => {
		expect(containsAll(text, phrases)).toBe(true);
	});
});

describe('isCorrect', () => {
	it('GIVEN "not-covered" expected and not covered THEN correct', () => {
		expect(isCorrect(item('not-covered'), notCovered('Not stated in our sources.'))).toBe(true);
	});

	it('GIVEN "not-covered" expected but an answer given THEN wrong, whatever it says', () => {
		expect(isCorrect(item('not-covered'), covered('Not stated in our sources.'))).toBe(false);
	});

	it('GIVEN phrases expected and a covered answer holding them THEN correct', () => {
		expect(isCorrect(item(['79.8', 'pass@1|pass 1']), covered('**DeepSeek-R1** 79.8 (pass@1)'))).toBe(true);
	});

	it('GIVEN phrases expected and a covered answer missing one THEN wrong', () => {
		expect(isCorrect(item(['79.8', 'cons@64']), covered('**DeepSeek-R1** 79.8 (pass@1)'))).toBe(false);
	});

	it('GIVEN phrases expected and "not in our sources" that happens to contain them THEN wrong', () => {
		expect(isCorrect(item(['79.8']), notCovered('Not stated in our sources; maybe 79.8?'))).toBe(false);
	});
});

describe('unknownFigures: figures the knowledge does not hold', () => {
	const knowledge = 'R1 scores 79.8 pass@1 on AIME 2024 and 97.3 on MATH-500; 800,000 samples; $2.19 output.';

	it.each([
		['R1 scores 79.8 on AIME 2024.', []],
		['97.3 on MATH-500, $2.19 output', []],
		['R1 scores 81.2 on AIME 2024.', ['81.2']],
		['About 800,000 samples, not 900,000', ['900,000']],
		['79.8, 79.8 and 12.5, 12.5', ['12.5']],
		['No figures here.', []],
	])('GIVEN %j THEN %j', (answer, expected) => {
		expect(unknownFigures(answer, knowledge)).toEqual(expected);
	});
});
