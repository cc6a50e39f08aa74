import { describe, expect, it } from 'vitest';
import { expandShorthand } from '../../../src/qa/shorthand.js';
import { words } from '../../../src/qa/text.js';

const expanded = (question: string): string => expandShorthand(words(question)).join(' ');

describe('shorthand: chat shorthand written out', () => {
	it.each([
		['hw many tokens did they use', 'how many tokens did they use'],
		['y does r1 mix languages', 'why does r1 mix languages'],
		['wat is grpo', 'what is grpo'],
		['r the distills open', 'are the distills open'],
		['can u run it on ur laptop', 'can you run it on your laptop'],
		['what does it mean for ppl', 'what does it mean for people'],
		['r1-zero thru rl', 'r1 zero through rl'],
		['r1 w no sft', 'r1 with no sft'],
		['r1 w/o sft', 'r1 without sft'],
		['diff b/w r1 and v3', 'difference between r1 and v3'],
		['is it cheaper bc of moe', 'is it cheaper because of moe'],
		['idk what grpo is', 'i dont know what grpo is'],
		['whats the diff between r1 and v3', 'whats the difference between r1 and v3'],
		['what happens b4 rl', 'what happens before rl'],
		['best temp for r1', 'best temperature for r1'],
		['can you help with my hw', 'can you help with my homework'],
		['wen did r1 come out', 'when did r1 come out'],
		['deep seek r1 v.s. open ai o1', 'deepseek r1 vs openai o1'],
		['explain it lik im 5', 'explain it like im 5'],
		['can i load r1 with hf transformers', 'can i load r1 with hugging face transformers'],
		['how many paramters dose v3 have', 'how many paramters does v3 have'],
		['params of v3', 'parameters of v3'],
		['what does rejection sampling mean in this context', 'what does rejection sampling mean in'],
	])('GIVEN %j THEN it reads %j', (question, reading) => {
		expect(expanded(question)).toBe(reading);
	});

	it.each([
		['the r 1 paper', 'the r 1 paper'],
		['what is the y axis of the aime chart', 'what is the y axis of the aime chart'],
		['grpo vs ppo', 'grpo vs ppo'],
		['is a high dose of rl bad', 'is a high dose of rl bad'],
	])('GIVEN %j, where the letters mean something else, THEN it stays as typed', (question, reading) => {
		expect(expanded(question)).toBe(reading);
	});
});
