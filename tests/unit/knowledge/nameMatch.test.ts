import { describe, expect, it } from 'vitest';
import { createNameMatcher } from '../../../src/knowledge/nameMatch.js';
import { nameTokens } from '../../../src/knowledge/nameTokens.js';
import type { Topic } from '../../../src/knowledge/types.js';
import { makeTopic } from '../qa/fixtures.js';

const withAliases = (id: string, title: string, aliases: string[]): Topic => ({ ...makeTopic(id, title), aliases });

const topics = [
	withAliases('r1-distill-qwen-32b', 'DeepSeek-R1-Distill-Qwen-32B', ['qwen-32b']),
	withAliases('r1-distill-qwen-1-5b', 'DeepSeek-R1-Distill-Qwen-1.5B', ['qwen-1.5b']),
	withAliases('r1-distill-llama-70b', 'DeepSeek-R1-Distill-Llama-70B', ['llama-70b']),
	withAliases('r1-distill-llama-8b', 'DeepSeek-R1-Distill-Llama-8B', ['llama-8b']),
	withAliases('openai-o1-mini', 'OpenAI o1-mini', ['o1-mini']),
	withAliases('openai-o3-mini', 'OpenAI o3-mini', ['o3-mini']),
	withAliases('distillation', 'Distillation', ['distill']),
	withAliases('distilled-models', 'Distilled R1 models', ['distills']),
	withAliases('r1-limitations', "R1's limitations", []),
	withAliases('livecodebench', 'LiveCodeBench', ['live code bench']),
];
const match = createNameMatcher(topics);

describe('nameTokens', () => {
	it.each([
		['Qwen1.5B distill', ['qwen', '1.5', 'distill']],
		['R1-Distill-Qwen-1-5B', ['r1', 'distill', 'qwen', '1.5']],
		['llama70b', ['llama', '70']],
		['the deepseek v3 base model', ['v3', 'base']],
		['GPT-4o', ['gpt', '4o']],
	])('splits "%s" into comparable words', (text, words) => {
		expect(nameTokens(text)).toEqual(words);
	});
});

describe('createNameMatcher', () => {
	it.each([
		['qwen 32b distill', 'r1-distill-qwen-32b'],
		['distilled qwen1.5b', 'r1-distill-qwen-1-5b'],
		['lama 70b', 'r1-distill-llama-70b'],
		['llama8b distil', 'r1-distill-llama-8b'],
		['mini o3', 'openai-o3-mini'],
		['the distills', 'distilled-models'],
		['limitations of r1', 'r1-limitations'],
	])('resolves "%s" by its words', (query, id) => {
		expect(match(query)?.id).toBe(id);
	});

	it.each([
		['llama', 'two models fit equally'],
		['qwen 14b', 'no name has a 14'],
		['o2 mini', 'ids must match exactly'],
		['the model', 'only filler words'],
		['pizza', 'nothing fits'],
		['deepseek coder', 'a short word is not the start of a longer one ("code")'],
	])('resolves "%s" to nothing (%s)', (query) => {
		expect(match(query)).toBeUndefined();
	});
});
