import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../../src/knowledge/types.js';
import type { QaEngine } from '../../../../src/qa/engine.js';
import { expectCovered, loadRealQa, topicOf } from '../fixtures.js';

let knowledge: KnowledgeBase;
let engine: QaEngine;

beforeAll(async () => {
	({ knowledge, engine } = await loadRealQa());
});

describe("eli5: the topic's plain line first, its summary as the next step up", () => {
	it.each([
		['explain grpo like im 5', 'grpo'],
		['eli5 distillation', 'distillation'],
		['explain the aha moment in simple terms', 'aha-moment'],
		['mixture of experts for a 5 year old', 'mixture-of-experts'],
		['what is rl in plain english', 'reinforcement-learning'],
		['cold start sft like im a beginner', 'cold-start-sft'],
	])('GIVEN %j THEN the plain line of %s', (question, id) => {
		const topic = topicOf(knowledge, id);
		const answer = expectCovered(engine.answer(question));
		expect(answer.intent).toBe('eli5');
		expect(answer.topic.id).toBe(id);
		expect(answer.text).toBe(
			[
				`**${topic.title}**, in plain words: ${topic.plain ?? ''}`,
				`- A bit more precisely: ${topic.summary} (${topic.source.label})`,
			].join('\n'),
		);
	});

	it.each([
		['dumb it down: r1 vs r1-zero', 'deepseek-r1', 'deepseek-r1-zero'],
		['eli5 the difference between sft and rl', 'sft', 'reinforcement-learning'],
		['in simple terms, grpo vs rejection sampling', 'grpo', 'rejection-sampling'],
	])('GIVEN two topics (%j) THEN both plain lines, side by side', (question, first, second) => {
		const a = topicOf(knowledge, first);
		const b = topicOf(knowledge, second);
		expect(expectCovered(engine.answer(question)).text.split('\n- ')[0]).toBe(
			`In plain words:\n**${a.title}**: ${a.plain ?? ''}\n**${b.title}**: ${b.plain ?? ''}`,
		);
	});
});

describe('eli5: two models in plain words, then how each was made', () => {
	it('GIVEN "dumb it down for me: whats the difference between r1 and r1-zero" THEN both training lines follow', () => {
		const answer = expectCovered(engine.answer('dumb it down for me: whats the difference between r1 and r1-zero'));
		expect(answer.text).toContain('- How DeepSeek-R1 was made: ');
		expect(answer.text).toContain('- How DeepSeek-R1-Zero was made: ');
		expect(answer.text.toLowerCase()).toContain('cold-start');
	});
});

describe('eli5: more asked of a named model than what it is', () => {
	it('GIVEN "eli5 why r1 is such a big deal" THEN the plain words of why it matters, not of what R1 is', () => {
		const answer = expectCovered(engine.answer('eli5 why r1 is such a big deal'));
		expect(answer.topic.id).toBe('why-it-matters');
		expect(answer.text).toContain('in plain words');
	});

	it.each([
		['explain rl like im 5', 'reinforcement-learning'],
		['grpo in simple words pls', 'grpo'],
	])('GIVEN %j (only plain words asked) THEN the named topic, %s', (question, id) => {
		expect(expectCovered(engine.answer(question)).topic.id).toBe(id);
	});
});
