import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../src/knowledge/types.js';
import { sameModelMessage, unknownModelMessage, unknownTopicMessage } from '../../../src/render/notFound.js';
import { renderTopicChoices } from '../../../src/render/topicChoices.js';
import { loadRealKnowledge, topic } from './knowledge.js';

let knowledge: KnowledgeBase;

beforeAll(async () => {
	knowledge = await loadRealKnowledge();
});

describe('renderTopicChoices', () => {
	it('gives at most 25 choices, names within 100 characters, ids as values', () => {
		const choices = renderTopicChoices(knowledge.topics, { pipeline: true });
		expect(choices).toHaveLength(25);
		expect(choices[0]).toEqual({ name: 'Training pipeline · all stages in order', value: 'pipeline' });
		expect(choices[1]).toEqual({ name: 'Step 1: R1-Zero learns by pure RL · training stage 1', value: 'r1-zero-rl' });
		for (const choice of choices) {
			expect(choice.name.length).toBeLessThanOrEqual(100);
			expect(choice.value.length).toBeLessThanOrEqual(100);
		}
	});

	it('truncates a long title and drops a topic whose id would not fit as a value', () => {
		const base = topic(knowledge, 'grpo');
		const choices = renderTopicChoices([
			{ ...base, title: 'T'.repeat(150) },
			{ ...base, id: 'x'.repeat(101) },
		]);
		expect(choices).toHaveLength(1);
		expect(choices[0]?.name).toMatch(/^T+…$/);
		expect(choices[0]?.name.length).toBe(100);
	});
});

describe('not-found messages', () => {
	it('names the typed text and up to three suggestions, escaping Markdown', () => {
		const suggestions = [topic(knowledge, 'grpo'), topic(knowledge, 'sft'), topic(knowledge, 'rejection-sampling')];
		expect(unknownTopicMessage('*bold* guess', suggestions)).toBe(
			"No topic '\\*bold\\* guess'. Did you mean **GRPO (Group Relative Policy Optimization)**, " +
				`**${suggestions[1]?.title ?? ''}** or **${suggestions[2]?.title ?? ''}**?`,
		);
		expect(unknownTopicMessage('zzz', [])).toMatch(/^No topic 'zzz'\. Try `pipeline`/);
		expect(unknownModelMessage('gpt', [topic(knowledge, 'deepseek-r1')])).toBe(
			"No model 'gpt'. Did you mean **DeepSeek-R1**?",
		);
		expect(sameModelMessage(topic(knowledge, 'deepseek-r1'), [topic(knowledge, 'deepseek-v3')])).toBe(
			'Both choices are **DeepSeek-R1**: pick two different models, e.g. **DeepSeek-R1** and **DeepSeek-V3**.',
		);
	});
});
