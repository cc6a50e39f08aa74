import { beforeAll, describe, expect, it } from 'vitest';
import type { QaEngine } from '../../../src/qa/engine.js';
import { questionParts } from '../../../src/qa/questionParts.js';
import { expectCovered, loadRealQa } from './fixtures.js';

let engine: QaEngine;

beforeAll(async () => {
	({ engine } = await loadRealQa());
});

const partsOf = (question: string) => questionParts(question, (text) => engine.read(text));

describe('questionParts: two questions in one message', () => {
	it('GIVEN "…the 14b distill built on? and the 8b one?" THEN the first question again, of the 8B', () => {
		const parts = partsOf('what base model is the 14b distill built on? and the 8b one?');
		expect(parts).toMatchObject({ first: 'what base model is the 14b distill built on', again: true });
		expect(parts?.second).toMatch(/^what base model is the 8b built on$/);
	});

	it('GIVEN "when did o3-mini come out and where can i use it" THEN the second names what "it" is', () => {
		const parts = partsOf('when did o3-mini come out and where can i use it');
		expect(parts).toMatchObject({ first: 'when did o3-mini come out', again: false });
		expect(parts?.second).toMatch(/^where can i use it o3.mini$/);
	});

	it('GIVEN "r1 aime score, and how many parameters does it have" THEN "it" is the model, not the benchmark', () => {
		expect(partsOf('r1 aime score, and how many parameters does it have')?.second).toBe(
			'how many parameters does it have r1',
		);
	});

	it.each([
		"why is r1 only a little better than v3 on swe-bench? what's the actual reason",
		'grpo vs ppo?? whats different',
		'is the 1.5b distill better than gpt-4o at maths? true?',
		'whats the diff between what the article calls step 5 and what the paper calls it',
		'why didnt deepseek also do rl on the distilled models after the sft',
		'what is grpo',
	])('GIVEN %j THEN one question (pressed, compared or plain)', (question) => {
		expect(partsOf(question)).toBeUndefined();
	});
});

describe('questionParts: a long paste of question marks', () => {
	it('GIVEN "what? " 300 times THEN at most three split points are read (two readings each)', () => {
		let readings = 0;
		questionParts('what? '.repeat(300), (text) => {
			readings += 1;
			return engine.read(text);
		});
		expect(readings).toBeLessThanOrEqual(6);
	});
});

describe('engine: a message with two questions answers both', () => {
	it('GIVEN "r1 aime score, and how many parameters does it have" THEN 79.8 and 671B', () => {
		const { text } = expectCovered(engine.answer('r1 aime score, and how many parameters does it have'));
		expect(text).toContain('79.8');
		expect(text).toContain('671B');
	});

	it('GIVEN "what base model is the 14b distill built on? and the 8b one?" THEN Qwen2.5 and Llama-3.1', () => {
		const { text } = expectCovered(engine.answer('what base model is the 14b distill built on? and the 8b one?'));
		expect(text).toContain('Qwen2.5-14B');
		expect(text).toContain('Llama-3.1-8B');
	});

	it("GIVEN a two-part question THEN the model's prompt carries both parts' passages", () => {
		const prompt = engine
			.passages('r1 aime score, and how many parameters does it have')
			.map((passage) => passage.text)
			.join('\n');
		expect(prompt).toContain('79.8');
		expect(prompt).toContain('671B');
	});
});
