import { beforeAll, describe, expect, it } from 'vitest';
import { NOT_COVERED_LEAD } from '../../../../src/qa/answer.js';
import { countedNoun } from '../../../../src/qa/builders/retrieved.js';
import type { QaEngine } from '../../../../src/qa/engine.js';
import { words } from '../../../../src/qa/text.js';
import { expectCovered, expectNotCovered, loadRealQa, plain } from '../fixtures.js';

let engine: QaEngine;

beforeAll(async () => {
	({ engine } = await loadRealQa());
});

const answerText = (question: string): string => plain(expectCovered(engine.answer(question)).text);

describe('when: a dated passage of the named topic', () => {
	it.each([
		['when was r1 released', '2025-01-20'],
		['release date of r1', '2025-01-20'],
		['what year did v3 come out', '2024-12-26'],
		['when did v3 launch', '2024-12-26'],
		['when did o1 come out', '2024-09-12'],
		['when was o3 released', '2025-04-16'],
		['when did o3 mini come out', '2025-01-31'],
	])('GIVEN %j THEN it gives %s', (question, date) => {
		const answer = expectCovered(engine.answer(question));
		expect(answer.intent).toBe('when');
		expect(answer.text).toContain(date);
	});
});

describe('quantity: the figure asked for', () => {
	it.each([
		['how many parameters does v3 have', '671B'],
		['how many parameters does r1 have', '671B'],
		['how many samples did rejection sampling keep', '600k'],
		['how many gpu hours did v3 take', '2.788M'],
		['how many distilled models are there', 'six'],
		['how many examples were in the cold start dataset', 'thousands'],
	])('GIVEN %j THEN it says %s', (question, figure) => {
		const answer = expectCovered(engine.answer(question));
		expect(answer.intent).toBe('quantity');
		expect(answer.text.toLowerCase()).toContain(figure.toLowerCase());
	});
});

describe('quantity: a figure of another topic is no count of the named one', () => {
	it.each(['how many samples does grpo draw for each prompt'])(
		'GIVEN %j, which our sources give no figure for, THEN "not in our sources"',
		(question) => {
			const answer = engine.answer(question);
			expect(answer.covered).toBe(false);
			expect(answer.text).not.toMatch(/pass@1|64/);
		},
	);
});

describe('quantity: the counted noun is read whole, and a thing our sources never count is not counted', () => {
	it.each([
		['how many rl steps did they run', ['rl', 'steps'], 'steps'],
		['how many people work at deepseek', ['people'], 'people'],
		['how much gpu memory does r1 need', ['gpu', 'memory'], 'memory'],
		['how many training samples total come out', ['training', 'samples'], 'samples'],
		['how much did it cost', undefined, undefined],
	])('GIVEN %j THEN the counted noun is %j (head %j)', (question, phrase, head) => {
		const counted = countedNoun(words(question));
		expect(counted?.words).toEqual(phrase);
		expect(counted?.head).toBe(head);
	});

	it.each(['how many experts does v3 have', 'how many experts does deepseek-v3 route each token to'])(
		'GIVEN %j THEN a size in billions (671B parameters) is no count of experts: not covered',
		(question) => {
			expectNotCovered(engine.answer(question));
		},
	);

	it('GIVEN a counted word the knowledge never uses THEN not covered', () => {
		expectNotCovered(engine.answer('how many employees work at deepseek'));
	});
});

describe('quantity: a "total" question leads with the total figure, not one of its parts', () => {
	it.each(['total number of samples in step 4', 'how many samples in total does step 4 produce'])(
		'GIVEN %j THEN the first figure of the lead is ~800k (600k reasoning + 200k general)',
		(question) => {
			const lead = expectCovered(engine.answer(question)).text.split('\n')[0] ?? '';
			expect(lead.match(/\d+k\b/)?.[0]).toBe('800k');
		},
	);
});

describe('cost: a vague "will it be cheaper" question', () => {
	it('GIVEN "will r1 make ai cheaper for everyone" THEN the price comparison answers', () => {
		const answer = expectCovered(engine.answer('will r1 make ai cheaper for everyone'));
		expect(answer.text).toMatch(/2x|\$/);
	});
});

describe('why: the reason, from the topic asked about', () => {
	it.each([
		['why distill r1 into small models', /72\.6|more people/],
		['why does r1 mix languages', /language/i],
		['why is r1 worse than v3 on c-simpleqa', /refuse|safety RL/],
		['why does r1 score lower on simpleqa', /refuse|safety RL/],
		['why did they drop mcts', /branches|too many/],
		['why did they add a language consistency reward', /readab|mix/],
	])('GIVEN %j THEN the answer gives the reason (%s)', (question, reason) => {
		const answer = expectCovered(engine.answer(question));
		expect(answer.intent).toBe('why');
		expect(plain(answer.text)).toMatch(reason);
	});
});

describe('how: the mechanism', () => {
	it.each([
		['how does grpo work', /group/i],
		['how does rejection sampling work', /keep|throw away/],
		['how do rule based rewards work', /fixed check|rule/i],
		['how does distillation work in practice', /teacher|fine-tun/],
		['how does mixture of experts work', /37B/],
	])('GIVEN %j THEN it explains (%s)', (question, mechanism) => {
		const answer = expectCovered(engine.answer(question));
		expect(answer.intent).toBe('how');
		expect(plain(answer.text)).toMatch(mechanism);
	});
});

describe('access: licence, cost and where, from the resource topics', () => {
	it.each([
		['what license is r1 under', 'MIT'],
		['is r1 open source', 'MIT'],
		['can i use r1 commercially', 'commercial use'],
		['what licence do the qwen distills have', 'Apache-2.0'],
	])('GIVEN the licence question %j THEN %s', (question, expected) => {
		expect(answerText(question)).toContain(expected);
	});

	it.each([
		['how much does r1 cost', '$2.19'],
		['r1 api price per million tokens', '$2.19'],
		['which is cheaper r1 or v3', '2x'],
		['r1 vs v3 price', '2x'],
	])('GIVEN the cost question %j THEN %s', (question, expected) => {
		expect(answerText(question)).toContain(expected);
	});

	it.each([
		['where can i try r1', 'chat.deepseek.com'],
		['where do i access r1', 'chat.deepseek.com'],
		['how can i use r1 online', 'chat.deepseek.com'],
		['can i run r1 locally', 'vLLM'],
		['how do i self host r1', 'vLLM'],
	])('GIVEN the where question %j THEN %s', (question, expected) => {
		expect(answerText(question)).toContain(expected);
	});
});

describe("impact: the article's closing sections", () => {
	it.each([
		['will ai replace my job', 'augment-not-replace'],
		['will reasoning models replace programmers', 'augment-not-replace'],
	])('GIVEN %j THEN %s answers', (question, id) => {
		const answer = expectCovered(engine.answer(question));
		expect(answer.intent).toBe('impact');
		expect(answer.topic.id).toBe(id);
	});
});

describe('not covered: off-topic questions', () => {
	it.each([
		'best pizza in rome',
		'whats the weather in paris tomorrow',
		'who won the world cup',
		'how do i bake sourdough bread',
		'what is the capital of france',
	])('GIVEN %j THEN "not in our sources", with /explain to try', (question) => {
		const answer = expectNotCovered(engine.answer(question));
		expect(answer.text.startsWith(NOT_COVERED_LEAD)).toBe(true);
		expect(answer.text).toContain('/explain');
	});
});

describe('not covered: on-topic questions our sources do not answer', () => {
	it.each([
		['how many parameters does o1 have', 'openai-o1'],
		['how many parameters does gpt-4o have', 'gpt-4o'],
	])('GIVEN %j THEN "not in our sources", suggesting %s', (question, id) => {
		const answer = expectNotCovered(engine.answer(question));
		expect(answer.text.startsWith(NOT_COVERED_LEAD)).toBe(true);
		expect(answer.suggestions.map((topic) => topic.id)).toContain(id);
		expect(answer.suggestions.length).toBeLessThanOrEqual(3);
	});

	it.each(['when will r2 come out', 'what is the phone number of deepseek'])(
		'GIVEN %j THEN "not in our sources"',
		(question) => {
			expect(expectNotCovered(engine.answer(question)).text.startsWith(NOT_COVERED_LEAD)).toBe(true);
		},
	);
});

describe('not covered: an attribute the named model has no passage for', () => {
	it.each([
		["r1's favourite colour", 'deepseek-r1'],
		['context length of claude', 'claude-3-5-sonnet'],
		['how big is claude', 'claude-3-5-sonnet'],
		['when was claude released', 'claude-3-5-sonnet'],
		['what is the context window of the distilled models', 'distilled-models'],
		['how many days did the r1 training take', 'deepseek-r1'],
		['how much does the o1 api cost per million tokens', 'openai-o1'],
		['which learning rate was used for grpo', 'grpo'],
		['does v3 understand photos', 'deepseek-v3'],
		['can r1 take audio input', 'deepseek-r1'],
	])('GIVEN %j THEN "not in our sources", not the summary, suggesting %s', (question, id) => {
		const answer = expectNotCovered(engine.answer(question));
		expect(answer.text.startsWith(NOT_COVERED_LEAD)).toBe(true);
		expect(answer.text).toContain('/explain');
		expect(answer.suggestions.map((topic) => topic.id)).toContain(id);
	});

	it.each([
		['whats the context length of r1', '128K'],
		['how big is v3', '671B'],
		['explain grpo in more detail', 'GRPO'],
		['how many parameters does the smallest distill have', '1.5B'],
		['how expensive is the r1 api', '$2.19'],
		['what is the lc win rate of r1 on alpacaeval', '87.6'],
	])('GIVEN %j, which the topic does hold, THEN it is answered (%s)', (question, expected) => {
		expect(answerText(question)).toContain(expected);
	});
});

describe('when: a timeline of several releases', () => {
	it.each(['whats the timeline from o1 to r1, dates pls', 'in what order did o1, v3 and r1 come out'])(
		'GIVEN %j THEN the dates in order, o1 before R1',
		(question) => {
			const text = answerText(question);
			expect(text).toContain('2024-09-12');
			expect(text).toContain('2025-01-20');
			expect(text.indexOf('2024-09-12')).toBeLessThan(text.indexOf('2025-01-20'));
		},
	);
});

describe("a topic whose title names the asked model answers for it, not the model's summary", () => {
	it('GIVEN a prompting question naming R1 THEN the prompting advice leads', () => {
		const answer = expectCovered(
			engine.answer('im using r1 to check my calc homework, how should i word the prompt for math problems'),
		);
		expect(answer.topic.id).toBe('prompting-r1');
		expect(plain(answer.text)).toContain('\\boxed{}');
	});
});

describe('retrieved: what our sources leave open is said so', () => {
	it.each([
		[
			'why did they retrain v3-base from scratch in step 4 instead of continuing from the rl checkpoint',
			'Our sources do not say why DeepSeek-V3-Base is fine-tuned again from scratch',
		],
		['whats the technical reason r1 is worse than v3 at json output', 'Our sources do not say why R1 is worse than V3'],
	])('GIVEN %j THEN "%s"', (question, detail) => {
		expect(expectNotCovered(engine.answer(question)).text).toContain(detail);
	});

	it('GIVEN what is stated of the same step ("which checkpoint gets fine-tuned in step 4") THEN answered', () => {
		expect(
			expectCovered(engine.answer('in the 4th step which model actually gets fine tuned, the rl checkpoint?')).text,
		).toContain('V3-Base');
	});

	it('GIVEN an open reason THEN the model prompt carries it, so a model is told it is not stated', () => {
		const passages = engine.passages(
			'why did they retrain v3-base from scratch in step 4 instead of the rl checkpoint',
		);
		expect(passages.some((passage) => passage.kind === 'unstated')).toBe(true);
	});

	it('GIVEN an open question THEN its words count as known to no topic ("how many parameters does o1 have")', () => {
		expect(engine.answer('how many parameters does o1 have, does the paper compare sizes?').covered).toBe(false);
	});
});

describe('retrieved: an open question need not rank first, but must hold what is asked', () => {
	it.each([
		['why does openai hide o1s chain of thought when r1 just shows it?', 'why OpenAI hides the raw reasoning tokens'],
		['why did deepseek choose the mit license instead of something stricter', 'why DeepSeek chose the MIT licence'],
		['why did deepseek put r1 out for free, whats their business angle', "why DeepSeek gave R1's weights away"],
	])('GIVEN %j THEN "%s"', (question, detail) => {
		expect(expectNotCovered(engine.answer(question)).text).toContain(`Our sources do not say ${detail}`);
	});
});

describe('cost: a price is about the model asked about first', () => {
	it('GIVEN "how much does the o1 api cost per million tokens compared to r1?" THEN not R1\'s prices as if they were o1\'s', () => {
		expectNotCovered(engine.answer('how much does the o1 api cost per million tokens compared to r1?'));
	});

	it('GIVEN "how much does the r1 api cost per million tokens compared to o1?" THEN R1\'s prices', () => {
		expect(
			expectCovered(engine.answer('how much does the r1 api cost per million tokens compared to o1?')).text,
		).toContain('$2.19');
	});
});
