import { beforeAll, describe, expect, it } from 'vitest';
import type { QaEngine } from '../../../../src/qa/engine.js';
import { expectCovered, expectNotCovered, loadRealQa, plain } from '../fixtures.js';

let engine: QaEngine;

beforeAll(async () => {
	({ engine } = await loadRealQa());
});

describe('score: a model on a benchmark gives the table figure and its table', () => {
	it.each([
		['what did r1 score on aime', 'DeepSeek-R1 79.8 (pass@1)', 'DeepSeek-R1 paper Table 4'],
		['r1 aime score', 'DeepSeek-R1 79.8 (pass@1)', 'DeepSeek-R1 paper Table 4'],
		['how well does r1 do on aime 2024', 'DeepSeek-R1 79.8 (pass@1)', 'DeepSeek-R1 paper Table 4'],
		["what's deepseek r1's aime2024 pass@1", 'DeepSeek-R1 79.8 (pass@1)', 'DeepSeek-R1 paper Table 4'],
		['what did the 32b distill get on aime', 'DeepSeek-R1-Distill-Qwen-32B 72.6 (pass@1)', 'DeepSeek-R1 paper Table 5'],
		['qwen 32b aime', 'DeepSeek-R1-Distill-Qwen-32B 72.6 (pass@1)', 'DeepSeek-R1 paper Table 5'],
		[
			'aime score of deepseek-r1-distill-qwen-32b',
			'DeepSeek-R1-Distill-Qwen-32B 72.6 (pass@1)',
			'DeepSeek-R1 paper Table 5',
		],
		['how does gpt-4o score on aime', 'GPT-4o 9.3 (pass@1)', 'DeepSeek-R1 paper Table 4'],
		['r1 math-500 score', 'DeepSeek-R1 97.3 (pass@1)', 'DeepSeek-R1 paper Table 4'],
		['what is o1s codeforces elo', 'OpenAI o1 2061 (rating)', 'DeepSeek-R1 paper Table 4'],
		['r1 codeforces percentile', 'DeepSeek-R1 96.3 (percentile)', 'DeepSeek-R1 paper Table 4'],
	])('GIVEN %j THEN "%s" from %s', (question, figure, source) => {
		const answer = expectCovered(engine.answer(question));
		expect(answer.intent).toBe('score');
		expect(answer.direct).toBe(true);
		expect(plain(answer.text.split('\n')[0] ?? '')).toContain(figure);
		expect(answer.sources).toContain(source);
	});

	it.each([
		'r1-zero majority vote on aime',
		'what is r1 zeros cons@64 on aime',
		'r1 zero aime with majority voting',
		'r1-zero aime consensus score',
	])('GIVEN %j (majority vote) THEN the cons@64 figure, 86.7, not pass@1', (question) => {
		const answer = expectCovered(engine.answer(question));
		const lead = plain(answer.text.split('\n')[0] ?? '');
		expect(lead).toContain('DeepSeek-R1-Zero 86.7 (cons@64)');
		expect(lead).not.toContain('71.0');
		expect(answer.sources).toContain('DeepSeek-R1 paper Table 2');
	});

	it.each([
		['r1 zero aime score', '71.0 (pass@1)'],
		['how did r1-zero do on aime', '71.0 (pass@1)'],
	])('GIVEN %j (no metric asked) THEN the pass@1 figure is given: %s', (question, figure) => {
		expect(plain(expectCovered(engine.answer(question)).text)).toContain(figure);
	});

	it.each([
		['r1 mmlu pro', 'MMLU-Pro', 'DeepSeek-R1 84.0'],
		['r1 on mmlu-redux', 'MMLU-Redux', 'DeepSeek-R1 92.9'],
		['how did r1 do on mmlu', 'MMLU', 'DeepSeek-R1 90.8'],
	])('GIVEN %j THEN the figure of that table benchmark (%s), not of its siblings', (question, name, figure) => {
		const lead = plain(expectCovered(engine.answer(question)).text.split('\n')[0] ?? '');
		expect(lead).toContain(`On ${name}:`);
		expect(lead).toContain(figure);
	});
});

describe('score: two models on one benchmark say who leads', () => {
	it.each([
		['r1 vs o1 on aime', 'DeepSeek-R1 79.8 (pass@1) vs OpenAI o1 79.2 (pass@1). DeepSeek-R1 is higher.'],
		['r1 vs v3 on aime', 'DeepSeek-R1 79.8 (pass@1) vs DeepSeek-V3 39.2 (pass@1). DeepSeek-R1 is higher.'],
		[
			'r1 vs claude on swe bench',
			'DeepSeek-R1 49.2 (resolved) vs Claude-3.5-Sonnet 50.8 (resolved). Claude-3.5-Sonnet is higher.',
		],
	])('GIVEN %j THEN %j', (question, expected) => {
		expect(plain(expectCovered(engine.answer(question)).text)).toContain(expected);
	});
});

describe('score: head to head without a benchmark lists who leads where', () => {
	it.each([
		['does claude beat r1 at anything', 'Claude-3.5-Sonnet leads on SWE-bench Verified resolved (50.8 vs 49.2)'],
		['which is better r1 or o1', 'DeepSeek-R1 leads on AIME 2024 (79.8 vs 79.2)'],
		['which is better r1 or o1', 'OpenAI o1 leads on'],
		['is r1 better than v3', 'DeepSeek-R1 leads on AIME 2024 (79.8 vs 39.2)'],
		['is r1 better than v3', 'DeepSeek-V3 leads on C-SimpleQA score (68.0 vs 63.7)'],
	])('GIVEN %j THEN it says "%s"', (question, expected) => {
		const answer = expectCovered(engine.answer(question));
		expect(plain(answer.text)).toMatch(/^On the benchmarks our sources give both: /);
		expect(plain(answer.text)).toContain(expected);
	});
});

describe('score: a benchmark alone gives its table row, best first', () => {
	it.each([
		['aime 2024 scores', 'On AIME 2024 (pass@1): DeepSeek-R1 79.8 · OpenAI o1 79.2 · '],
		['who scored best on math-500', 'On MATH-500 (pass@1): DeepSeek-R1 97.3 · OpenAI o1 96.4 · '],
		['mmlu pro scores', 'On MMLU-Pro (score): DeepSeek-R1 84.0 · DeepSeek-V3 75.9'],
	])('GIVEN %j THEN it starts "%s"', (question, expected) => {
		const answer = expectCovered(engine.answer(question));
		expect(answer.intent).toBe('score');
		expect(answer.text.startsWith(expected)).toBe(true);
	});
});

describe('score: a family stands for its members', () => {
	it.each(['how do the distilled models do on aime', 'r1 distill models aime scores'])(
		'GIVEN %j THEN every distilled model has its AIME figure',
		(question) => {
			const text = plain(expectCovered(engine.answer(question)).text);
			for (const figure of [
				'DeepSeek-R1-Distill-Qwen-1.5B 28.9',
				'DeepSeek-R1-Distill-Qwen-7B 55.5',
				'DeepSeek-R1-Distill-Llama-8B 50.4',
				'DeepSeek-R1-Distill-Qwen-14B 69.7',
				'DeepSeek-R1-Distill-Qwen-32B 72.6',
				'DeepSeek-R1-Distill-Llama-70B 70.0',
			])
				expect(text).toContain(figure);
		},
	);
});

describe('score: a model with no figure in our sources is not covered', () => {
	it.each([
		['o3 aime score', 'Our sources give no AIME 2024 figure for OpenAI o3.'],
		['what did o3 get on aime', 'Our sources give no AIME 2024 figure for OpenAI o3.'],
		['how did o3 do on aime 2024', 'Our sources give no AIME 2024 figure for OpenAI o3.'],
		['o3 benchmark scores', 'Our sources give no benchmark figures for OpenAI o3.'],
		['how good is o3', 'Our sources give no benchmark figures for OpenAI o3.'],
	])('GIVEN %j THEN "%s", with o3 suggested', (question, detail) => {
		const answer = expectNotCovered(engine.answer(question));
		expect(answer.intent).toBe('score');
		expect(answer.text).toContain(detail);
		expect(answer.suggestions.map((topic) => topic.id)).toContain('openai-o3');
	});
});

describe('score: a release or a model our table does not hold is not answered with the figures we have', () => {
	it.each([
		['r1-0528 aime score', 'Our score table gives no figures for "r1 0528".'],
		['how does r1 compare to gemini on aime', 'Our sources do not cover "gemini".'],
		['is r1 better than grok on math-500', 'Our sources do not cover "grok".'],
	])('GIVEN %j THEN "%s"', (question, detail) => {
		const answer = expectNotCovered(engine.answer(question));
		expect(answer.intent).toBe('score');
		expect(answer.text).toContain(detail);
	});

	it('GIVEN two models we hold compared on a benchmark THEN still the figures', () => {
		expect(plain(expectCovered(engine.answer('r1 vs o1 on aime')).text)).toContain('DeepSeek-R1 79.8');
	});
});

describe('score: two models compared on a field (maths, coding, science…) by its benchmarks, who leads first', () => {
	it.each([
		[
			'which is better at maths, r1 or v3',
			'For maths, DeepSeek-R1 is ahead of DeepSeek-V3 on every benchmark our sources give both: AIME 2024 (79.8 vs 39.2), MATH-500 (97.3 vs 90.2).',
		],
		[
			'claude or r1 for fixing real bugs',
			'For software engineering, Claude-3.5-Sonnet is slightly ahead of DeepSeek-R1 on SWE-bench Verified resolved (50.8 vs 49.2).',
		],
		['o1 vs v3 on trivia', 'For trivia, OpenAI o1 is well ahead of DeepSeek-V3 on SimpleQA score (47.0 vs 24.9).'],
		['r1 vs o1 for school subjects', 'OpenAI o1 is slightly ahead of DeepSeek-R1 on MMLU (91.8 vs 90.8).'],
		[
			'is the 32b or the 70b distill better for programming',
			'For coding it is split: DeepSeek-R1-Distill-Qwen-32B leads on Codeforces rating (1691 vs 1633); DeepSeek-R1-Distill-Llama-70B leads on LiveCodeBench (57.5 vs 57.2).',
		],
	])('GIVEN %j THEN it starts %j', (question, lead) => {
		const answer = expectCovered(engine.answer(question));
		expect(answer.direct).toBe(true);
		expect(plain(answer.text.split('\n')[0] ?? '')).toContain(lead);
	});

	it('GIVEN a field one model has no figure on THEN the gap is said, not filled', () => {
		const text = plain(expectCovered(engine.answer('gpt-4o or o1-mini for coding')).text);
		expect(text).toContain('OpenAI o1-mini is well ahead of GPT-4o on LiveCodeBench (53.8 vs 34.2)');
		expect(text).toContain('Our sources give no Codeforces figure for GPT-4o.');
	});

	it.each([
		['is o3 better than r1 at maths', 'Our sources give no maths figure (AIME 2024 or MATH-500) for OpenAI o3.'],
		[
			'does o3-mini beat r1 at coding',
			'Our sources give no coding figure (LiveCodeBench or Codeforces) for OpenAI o3-mini.',
		],
		['o3-mini vs r1 on aime', 'Our sources give no AIME 2024 figure for OpenAI o3-mini.'],
		['how good is o3 at math', 'Our sources give no maths figure (AIME 2024 or MATH-500) for OpenAI o3.'],
	])('GIVEN %j (a model with no figure there) THEN not covered: %j, never other benchmarks', (question, detail) => {
		const answer = expectNotCovered(engine.answer(question));
		expect(answer.text).toContain(detail);
	});
});

describe('score: one model ahead on every shared benchmark says so first', () => {
	it.each([
		['is r1 better than gpt-4o', 'DeepSeek-R1 is well ahead of GPT-4o on every benchmark our sources give both:'],
		[
			'is the 14b distill better than qwq',
			'DeepSeek-R1-Distill-Qwen-14B is well ahead of QwQ-32B-Preview on the one benchmark our sources give both: AIME 2024 (69.7 vs 44.0).',
		],
	])('GIVEN %j THEN it starts %j', (question, lead) => {
		expect(plain(expectCovered(engine.answer(question)).text)).toMatch(
			new RegExp(`^${lead.replace(/[.()]/g, '\\$&')}`),
		);
	});

	it('GIVEN a model our sources say beats the other on every metric THEN that fact supports the figures', () => {
		expect(expectCovered(engine.answer('does the 14b distill beat qwq')).text).toContain('every metric');
	});
});

describe("score: a question about a benchmark's dates is answered by its dates, not its figures", () => {
	it('GIVEN "what dates do the livecodebench problems in the r1 paper cover" THEN August 2024 to January 2025', () => {
		const text = expectCovered(engine.answer('what dates do the livecodebench problems in the r1 paper cover')).text;
		expect(text).toContain('August 2024 to January 2025');
		expect(text.split('\n')[0]).not.toContain('65.9');
	});
});

describe("score: what a model's maker claims is its own stated figure, the table's after it", () => {
	it.each([
		['what did openai claim o1 got on codeforces', '89th percentile on Codeforces'],
		['openai says o1 is what percentile on codeforces', '89th percentile on Codeforces'],
	])('GIVEN %j THEN the claim leads: "%s"', (question, claim) => {
		const answer = expectCovered(engine.answer(question));
		expect(answer.intent).toBe('score');
		expect(plain(answer.text.split('\n')[0] ?? '')).toContain(claim);
		expect(plain(answer.text)).toContain('96.6 (percentile)');
	});

	it('GIVEN a claim word without a claimant the stated fact holds THEN the table answers', () => {
		const answer = expectCovered(engine.answer('what did the paper say r1 got on aime'));
		expect(plain(answer.text.split('\n')[0] ?? '')).toContain('DeepSeek-R1 79.8 (pass@1)');
	});
});

describe('score: a benchmark with two metrics', () => {
	it('GIVEN both the rating and the percentile asked THEN both are given', () => {
		const answer = plain(expectCovered(engine.answer('o1-1217 codeforces rating + percentile')).text);
		expect(answer).toContain('2061');
		expect(answer).toContain('96.6');
	});

	it('GIVEN only the percentile asked THEN only the percentile', () => {
		const answer = plain(expectCovered(engine.answer('r1 codeforces percentile')).text);
		expect(answer).toContain('96.3');
		expect(answer).not.toContain('2029');
	});
});

describe('score: an everyday word is no benchmark our sources lack', () => {
	it.each([
		['llama 8b distill vs qwen 7b distill, which one is better overall', '50.4'],
		['distilled 14b vs qwq-32b-preview, which is better, surely the 32b', 'QwQ-32B-Preview'],
	])('GIVEN %j THEN the two models compared on their figures (%s)', (question, figure) => {
		expect(expectCovered(engine.answer(question)).text).toContain(figure);
	});

	it('GIVEN "r1 humaneval score" THEN still refused, naming the benchmark as typed', () => {
		expect(expectNotCovered(engine.answer('r1 humaneval score')).text).toContain('"humaneval"');
	});
});
