import { describe, expect, it } from 'vitest';
import { findOtherModels } from '../../../src/qa/otherModels.js';
import { words } from '../../../src/qa/text.js';
import { loadRealQa } from './fixtures.js';

const names = (question: string): string[] => findOtherModels(words(question)).map((match) => match.name);

describe('other models: models our sources do not cover', () => {
	it.each([
		['is r1 better than gemini', ['gemini']],
		['gemini 2.0 flash vs r1', ['gemini 2.0 flash']],
		['whats gemini 2.0 flash thinkings score', ['gemini 2.0 flash thinkings']],
		['how does gpt-4 compare to r1', ['gpt 4']],
		['gpt4 or r1', ['gpt4']],
		['gpt-4.5 vs o1', ['gpt 4.5']],
		['is gpt-4o-mini cheaper than r1', ['gpt 4o mini']],
		['claude 3 opus vs r1', ['claude 3 opus']],
		['claude 3.7 sonnet or r1', ['claude 3.7 sonnet']],
		['llama 3 vs the r1 distills', ['llama 3']],
		['qwen3 vs r1', ['qwen3']],
		['mistral 7b or qwen 7b', ['mistral 7b']],
		['grok 3 vs r1 on math', ['grok 3']],
		['o4-mini or o3-mini', ['o4 mini']],
		['will there be a deepseek r2', ['deepseek r2']],
		['gemini vs grok', ['gemini', 'grok']],
		['is gemeni better', ['gemeni']],
		['claude sonnet 3.7 vs r1', ['claude sonnet 3.7']],
		['claude 3.5 haiku or r1', ['claude 3.5 haiku']],
		['is deepseek r1 lite preview the same as r1', ['deepseek r1 lite preview']],
		['v3-0324 vs r1', ['v3 0324']],
	])('GIVEN %j THEN it names %j', (question, expected) => {
		expect(names(question)).toEqual(expected);
	});

	it.each([
		'is r1 better than claude 3.5 sonnet',
		'claude-3-5-sonnet vs r1',
		'gpt-4o vs r1',
		'is r1 better than claude',
		'llama 3.1 8b distill',
		'which llama 3.3 model is the 70b distill built on',
		'llama 3 8b',
		'qwen 32b vs qwq',
		'deepseek v3 vs r1',
		'o1 mini vs o3 mini',
		'can r1 write a haiku',
	])('GIVEN %j, naming only models we cover, THEN none', (question) => {
		expect(names(question)).toEqual([]);
	});

	it('GIVEN a name of several words THEN its word positions span them all', () => {
		expect(findOtherModels(words('r1 or claude 3 opus'))).toEqual([{ name: 'claude 3 opus', start: 2, end: 5 }]);
	});

	it('GIVEN every name of every topic and benchmark in the knowledge THEN none is another model', async () => {
		const { knowledge } = await loadRealQa();
		const names = [
			...knowledge.topics.flatMap((topic) => [topic.id, topic.title, ...topic.aliases]),
			...knowledge.benchmarks.benchmarks.flatMap((benchmark) => [benchmark.id, benchmark.name, ...benchmark.aliases]),
		];
		expect(names.filter((name) => findOtherModels(words(name)).length > 0)).toEqual([]);
	});
});
