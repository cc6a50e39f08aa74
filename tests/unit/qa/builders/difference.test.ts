import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase, ModelAspect } from '../../../../src/knowledge/types.js';
import type { QaEngine } from '../../../../src/qa/engine.js';
import { expectCovered, expectNotCovered, loadRealQa, plain, supportingLines, topicOf } from '../fixtures.js';

let knowledge: KnowledgeBase;
let engine: QaEngine;

beforeAll(async () => {
	({ knowledge, engine } = await loadRealQa());
});

const attribute = (id: string, aspect: ModelAspect): string => {
	const text = topicOf(knowledge, id).attributes?.[aspect]?.text;
	if (text === undefined) throw new Error(`${id} has no ${aspect}`);
	return text;
};

describe('difference: two models side by side, from their comparison attributes', () => {
	it.each([
		['r1 vs v3', 'deepseek-r1', 'deepseek-v3'],
		['whats the difference between r1 and r1-zero', 'deepseek-r1', 'deepseek-r1-zero'],
		['how does r1 differ from v3', 'deepseek-r1', 'deepseek-v3'],
		['how is v3 different from v3 base', 'deepseek-v3', 'deepseek-v3-base'],
	])('GIVEN %j THEN what each one is leads, then how each was trained', (question, first, second) => {
		const answer = expectCovered(engine.answer(question));
		expect(answer.intent).toBe('difference');
		const [firstWhat, secondWhat] = answer.text.split('\n');
		const { title: firstTitle } = topicOf(knowledge, first);
		const { title: secondTitle } = topicOf(knowledge, second);
		expect(firstWhat).toBe(`**${firstTitle}**: ${attribute(first, 'whatItIs')}`);
		expect(secondWhat).toBe(`**${secondTitle}**: ${attribute(second, 'whatItIs')}`);
		const support = supportingLines(answer.text);
		expect(support[0]).toContain(`**${firstTitle}**: ${attribute(first, 'training')}`);
		expect(support[1]).toContain(`**${secondTitle}**: ${attribute(second, 'training')}`);
	});

	it.each<[string, ModelAspect]>([
		['r1 vs v3 size', 'baseAndSize'],
		['how do r1 and v3 differ in size', 'baseAndSize'],
		['r1 vs v3 parameters', 'baseAndSize'],
		['r1 vs v3 availability', 'availability'],
		['r1 vs v3 strengths', 'strengths'],
		['r1 vs v3 cost', 'cost'],
		['which is cheaper, r1 or v3', 'cost'],
		['is r1 bigger than v3', 'baseAndSize'],
	])("GIVEN %j THEN both models' %s attribute", (question, aspect) => {
		const support = supportingLines(expectCovered(engine.answer(question)).text);
		expect(support[0]).toContain(attribute('deepseek-r1', aspect));
		expect(support[1]).toContain(attribute('deepseek-v3', aspect));
	});

	it('GIVEN no aspect and one model without a training attribute THEN an aspect both have is compared', () => {
		const support = supportingLines(expectCovered(engine.answer('whats the diff between o1 and o1 mini')).text);
		expect(support[0]).toContain(attribute('openai-o1', 'benchmarks'));
		expect(support[1]).toContain(attribute('openai-o1-mini', 'benchmarks'));
	});

	it('GIVEN an aspect one model has no attribute for THEN "not stated in our sources" for it', () => {
		const support = supportingLines(expectCovered(engine.answer('r1 vs o3 training')).text);
		expect(support[0]).toContain(attribute('deepseek-r1', 'training'));
		expect(support[1]).toMatch(/^- OpenAI o3, training: not stated in our sources\./);
	});
});

describe('difference: two concepts side by side, from their summaries', () => {
	it.each([
		['difference between sft and rl', 'sft', 'reinforcement-learning'],
		['grpo vs rejection sampling', 'grpo', 'rejection-sampling'],
		['how is distillation different from rl', 'distillation', 'reinforcement-learning'],
	])('GIVEN %j THEN each summary, in the order named', (question, first, second) => {
		const answer = expectCovered(engine.answer(question));
		const [firstLine, secondLine] = answer.text.split('\n');
		expect(firstLine).toBe(`**${topicOf(knowledge, first).title}**: ${topicOf(knowledge, first).summary}`);
		expect(secondLine).toBe(`**${topicOf(knowledge, second).title}**: ${topicOf(knowledge, second).summary}`);
		expect(answer.sources).toEqual(
			expect.arrayContaining([topicOf(knowledge, first).source.label, topicOf(knowledge, second).source.label]),
		);
	});
});

describe('difference: how short a difference is asked for is no subject', () => {
	it.each(['r1 vs v3, main diff in 1 line', 'whats the main difference between r1 and v3'])(
		'GIVEN %j THEN both models are described',
		(question) => {
			const text = plain(expectCovered(engine.answer(question)).text);
			expect(text).toContain('DeepSeek-R1');
			expect(text).toContain('general-purpose');
		},
	);
});

describe('difference: words the knowledge never uses are not what is compared', () => {
	it('GIVEN "r1 vs v3 whats the actual difference, exam is tomorrow and im panicking" THEN both models described', () => {
		const text = plain(
			expectCovered(engine.answer("r1 vs v3 what's the actual difference, exam is tomorrow and im panicking")).text,
		);
		expect(text).toContain('reasoning');
		expect(text).toContain('general-purpose');
	});
});

describe('difference: what each model is good or bad at, and why pick one over the other', () => {
	it.each([
		'what is r1 worse at than v3',
		'why would i ever pick v3 over r1 for my discord bot',
		"I'm writing about r1's weak spots. Where does the paper admit it is worse than V3?",
	])('GIVEN %j THEN the strengths in words (JSON, function calling), not only benchmark figures', (question) => {
		const answer = expectCovered(engine.answer(question));
		expect(answer.text).toContain('JSON');
	});

	it('GIVEN "which is better at maths, r1 or o1" THEN still the figures', () => {
		expect(expectCovered(engine.answer('which is better at maths, r1 or o1')).text).toContain('79.8 vs 79.2');
	});
});

describe('difference: a comparison our sources cannot make is refused', () => {
	it.each([
		['how much better is o3 than o1 on benchmarks', 'Our sources give no benchmark figures for OpenAI o3.'],
		[
			'o3-mini vs o1-mini, how much better is o3-mini on benchmarks?',
			'Our sources give no benchmark figures for OpenAI o3-mini.',
		],
		['what architectural changes does o3 have compared to o1?', "Our sources do not state OpenAI o3's training."],
	])('GIVEN %j THEN "%s"', (question, detail) => {
		expect(expectNotCovered(engine.answer(question)).text).toContain(detail);
	});

	it('GIVEN a size word that picks the models ("do the big distills beat o1-mini") THEN still compared', () => {
		expect(expectCovered(engine.answer('do the big distills actually beat o1-mini')).text).toContain('o1-mini');
	});
});

describe('difference: two distills trained alike are told apart by their figures', () => {
	it.each([
		['qwen 7b distill vs llama 8b distill', '55.5'],
		['compare qwen 7b and llama 8b', '50.4'],
		['distill qwen 1.5b vs distill qwen 14b how big is the gap', '69.7 vs 28.9'],
		['what do you gain going from the 1.5b qwen distill to the 7b one', '55.5 vs 28.9'],
	])('GIVEN %j THEN %j', (question, figure) => {
		expect(expectCovered(engine.answer(question)).text).toContain(figure);
	});
});

describe('difference: words that say how the answer is wanted, or about output quality', () => {
	it('GIVEN "explain r1 vs r1-zero for my notes" THEN both models side by side, with how each was trained', () => {
		const { text } = expectCovered(engine.answer('explain r1 vs r1-zero for my notes'));
		expect(text).toContain('**DeepSeek-R1**');
		expect(text).toContain('**DeepSeek-R1-Zero**');
		expect(text).toMatch(/cold-start/i);
	});

	it('GIVEN "how do r1-zero and r1 differ in output quality?" THEN their strengths: readability and language mixing', () => {
		const { text } = expectCovered(engine.answer('how do r1-zero and r1 differ in output quality?'));
		expect(text).toMatch(/readability/i);
		expect(text).toMatch(/language mixing/i);
	});
});

describe('difference: an aspect named by a topic of its own', () => {
	it('GIVEN "r1 vs v3 api price per million output tokens?" (the pricing topic named) THEN both prices', () => {
		const { text } = expectCovered(engine.answer('r1 vs v3 api price per million output tokens?'));
		expect(text).toContain('$2.19');
		expect(text).toContain('$1.10');
	});

	it('GIVEN "o3 mini vs o3 release dates??" (the timeline named) THEN both release dates', () => {
		const { text } = expectCovered(engine.answer('o3 mini vs o3 release dates??'));
		expect(text).toContain('2025-01-31');
		expect(text).toContain('2025-04-16');
	});
});

describe('difference: one side named, the other only mentioned by our sources', () => {
	it('GIVEN "grpo vs ppo?? whats different" THEN GRPO and what it drops (the critic), not another topic', () => {
		const answer = expectCovered(engine.answer('grpo vs ppo?? whats different'));
		expect(answer.topic.id).toBe('grpo');
		expect(answer.text).toMatch(/critic/);
	});
});
