import { describe, expect, it } from 'vitest';
import { askedDomains, DOMAINS } from '../../../src/qa/domains.js';
import { words } from '../../../src/qa/text.js';
import { loadRealQa } from './fixtures.js';

const labels = (question: string): string[] => askedDomains(words(question)).map((domain) => domain.label);

describe('askedDomains: the field a question names, for its benchmarks', () => {
	it.each([
		['qwen 7b or llama 8b for my math homework', ['maths']],
		['which is better at coding', ['coding']],
		['is r1 good for competitive programming', ['coding']],
		['r1 or o1 for hard science questions', ['hard science']],
		['is r1 much better than v3 for software engineering', ['software engineering']],
		['which one fixes real bugs in github issues', ['software engineering']],
		['for trivia type questions', ['trivia']],
		['for general knowledge questions', ['trivia']],
		['knowledge of school subjects', ['knowledge across school subjects']],
		['maths and coding', ['maths', 'coding']],
		['is r1 better than v3', []],
	])('GIVEN %j THEN %j', (question, expected) => {
		expect(labels(question)).toEqual(expected);
	});

	it('GIVEN a domain THEN the benchmark ids of the score table', () => {
		expect(askedDomains(['math'])[0]?.benchmarks).toEqual(['aime-2024', 'math-500']);
		expect(askedDomains(['science'])[0]?.benchmarks).toEqual(['gpqa-diamond']);
	});
});

describe('DOMAINS: every benchmark id is in the score table', () => {
	it('GIVEN the real knowledge THEN each domain names benchmarks it holds, with figures', async () => {
		const { knowledge } = await loadRealQa();
		const held = new Set(knowledge.benchmarks.scores.map((score) => score.benchmark));
		for (const domain of DOMAINS) for (const id of domain.benchmarks) expect(held).toContain(id);
	});
});
