import { describe, expect, it } from 'vitest';
import { questionStart, withoutLeadingContext } from '../../../src/qa/opening.js';
import { words } from '../../../src/qa/text.js';

describe('withoutLeadingContext: why the student asks, before what', () => {
	it.each([
		['im studying for my exam tomorrow, is r1 on perplexity', ' is r1 on perplexity'],
		['for my homework assignment: should i give r1 examples', ' should i give r1 examples'],
		['so, what is grpo', ' what is grpo'],
	])('GIVEN %j THEN the question is %j', (text, question) => {
		expect(withoutLeadingContext(text)).toBe(question);
	});

	it.each([
		'r1 vs v3, which is better',
		'in the last rl stage, how do they reward',
		'like im 5, what is grpo',
		'in simple terms, what is grpo',
		'what, like, is grpo',
		'is the 1.5b better',
		'for my homework',
	])('GIVEN %j, whose first clause names or asks something, THEN it is kept whole', (text) => {
		expect(withoutLeadingContext(text)).toBe(text);
	});
});

describe('questionStart: past openers and request frames', () => {
	it.each([
		['hey bot quick q is r1 open', 4],
		['ok so what is grpo', 2],
		['can you tell me whats next after step 2', 4],
		['ok can you tell me how grpo works', 5],
		['do you know why r1 mixes languages', 3],
	])('GIVEN %j THEN it starts at word %i', (question, start) => {
		expect(questionStart(words(question))).toBe(start);
	});

	it.each([
		['can you tell me about grpo', 0],
		['what is grpo', 0],
		['ok thanks', 0],
	])('GIVEN %j (no question after a frame, or only openers) THEN it starts at word %i', (question, start) => {
		expect(questionStart(words(question))).toBe(start);
	});
});
