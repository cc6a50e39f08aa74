import { beforeAll, describe, expect, it } from 'vitest';
import type { QaEngine } from '../../../src/qa/engine.js';
import {
	readIntent,
	type AccessKind,
	type Intent,
	type OrderDirection,
	type StagePosition,
} from '../../../src/qa/intent.js';
import { loadRealQa } from './fixtures.js';

let engine: QaEngine;

beforeAll(async () => {
	({ engine } = await loadRealQa());
});

const intentOf = (question: string): Intent => engine.read(question).intent.intent;

describe('intent: definition', () => {
	it.each([
		'what is grpo',
		'whats the aha moment',
		'define distillation',
		'what does cold start mean',
		'r1-zero??',
		'tell me about mixture of experts',
		'explain rejection sampling',
	])('GIVEN %j THEN definition', (question) => {
		expect(intentOf(question)).toBe('definition');
	});
});

describe('intent: eli5', () => {
	it.each([
		'explain grpo like im 5',
		'eli5 distillation',
		'explain the aha moment in simple terms',
		'mixture of experts for a 5 year old',
		'what is rl in plain english',
		'dumb it down: r1 vs r1-zero',
		'grpo in a nutshell',
		'explain cold start without the jargon',
		'explain r1-zero simply',
		'can you explain grpo really simply',
		'distillation, simply put',
		'im not a tech person, what is grpo',
		'explain distillation for my mom',
		'new to all this, whats a reasoning model',
		'total beginner here: what does sft mean',
		'what is rejection sampling, without the technical terms',
	])('GIVEN %j THEN eli5', (question) => {
		expect(intentOf(question)).toBe('eli5');
	});
});

describe('intent: difference', () => {
	it.each([
		'r1 vs v3',
		'whats the difference between r1 and r1-zero',
		'how is sft different from rl',
		'compare qwen 7b and llama 8b',
		'r1 or o1 which one',
		'how does r1 differ from v3',
		'is r1 better than v3',
		'grpo versus rejection sampling',
	])('GIVEN %j THEN difference', (question) => {
		expect(intentOf(question)).toBe('difference');
	});
});

describe('intent: score', () => {
	it.each([
		'what did r1 score on aime',
		'r1 aime score',
		'how well does r1 do on math-500',
		'codeforces rating of r1',
		'how good is r1 at coding benchmarks',
		'r1 results on gpqa',
		'aime 2024 scores',
		'how did the 32b distill perform',
	])('GIVEN %j THEN score', (question) => {
		expect(intentOf(question)).toBe('score');
	});
});

describe('intent: quantity', () => {
	it.each([
		'how many parameters does v3 have',
		'how big is r1',
		'how many samples in the cold start data',
		'how many tokens is the context length',
		'how long are r1 answers',
		'what size is the smallest distill',
	])('GIVEN %j THEN quantity', (question) => {
		expect(intentOf(question)).toBe('quantity');
	});
});

describe('intent: when', () => {
	it.each([
		'when was r1 released',
		'what year did v3 come out',
		'when did o1 come out',
		'release date of r1',
		'when was the r1 paper published',
		'when was o3 announced',
		'ok and when exactly did deepseek put out v3',
		'the r1 paper came out when',
	])('GIVEN %j THEN when', (question) => {
		expect(intentOf(question)).toBe('when');
	});

	it.each([
		'who grades the outputs in the rejection sampling step when a rule cannot check them',
		'what temperature should r1 run at when writing code',
		'does r1 think longer when the problem is hard',
		'what does grpo compare against when there is no critic',
	])('GIVEN a mid-sentence "when" that opens a condition (%j) THEN not when', (question) => {
		expect(intentOf(question)).not.toBe('when');
	});
});

describe('intent: order, with its direction', () => {
	it.each<[string, OrderDirection]>([
		['what comes after cold start', 'next'],
		['what happens after the cold start step', 'next'],
		['whats the next stage after reasoning rl', 'next'],
		['what step follows rejection sampling sft', 'next'],
		['what comes before step 3', 'previous'],
		['which stage is before rejection sampling sft', 'previous'],
		['what did they do before the cold start', 'previous'],
		['what is the first step of the pipeline', 'first'],
		['which stage comes first', 'first'],
		['what is the last stage', 'last'],
		['whats the final step in training', 'last'],
		['list the training stages', 'list'],
		['what are the steps of r1 training in order', 'list'],
		['walk me through the pipeline', 'list'],
		['how many stages are there', 'list'],
	])('GIVEN %j THEN order, %s', (question, direction) => {
		const { intent } = engine.read(question);
		expect(intent.intent).toBe('order');
		expect(intent.direction).toBe(direction);
	});

	it.each([
		'in stage 2 why do they use cold start data',
		'does the final stage also use rule based rewards',
		'what format do the cold start answers follow',
	])('GIVEN a stage named but a why, a yes/no or a thing in it asked (%j) THEN not order', (question) => {
		expect(intentOf(question)).not.toBe('order');
	});

	it.each<[string, StagePosition]>([
		['whats the third step', { from: 'start', offset: 2, among: undefined, skipsBonus: false }],
		['in the fifth stage what happens', { from: 'start', offset: 4, among: undefined, skipsBonus: false }],
		['what is the second to last step', { from: 'end', offset: 1, among: undefined, skipsBonus: false }],
		['whats the one before the last step', { from: 'end', offset: 1, among: undefined, skipsBonus: false }],
		[
			'whats the last step if you dont count the bonus one',
			{ from: 'end', offset: 0, among: undefined, skipsBonus: true },
		],
		['in the last rl stage how do they reward helpfulness', { from: 'end', offset: 0, among: 'rl', skipsBonus: false }],
	])('GIVEN a stage named by its place (%j) THEN order at that place', (question, position) => {
		const { intent } = engine.read(question);
		expect(intent).toMatchObject({ intent: 'order', direction: 'at', position });
	});

	it.each<[string, OrderDirection]>([
		['what comes after the second step', 'next'],
		['what happens before the fourth stage', 'previous'],
		['the step right before the final boss step, what is it', 'previous'],
	])('GIVEN a neighbour of a placed stage (%j) THEN order, %s', (question, direction) => {
		expect(engine.read(question).intent).toMatchObject({ intent: 'order', direction });
	});

	it('GIVEN "next to last" THEN a place, not the next step', () => {
		expect(engine.read('whats the next to last stage').intent).toMatchObject({ intent: 'order', direction: 'at' });
	});
});

describe('intent: why', () => {
	it.each([
		'why did they use grpo',
		'why distill r1 into small models',
		'whats the point of the cold start',
		'why does r1 mix languages',
		'how come r1-zero had poor readability',
		'what was the reason for the language consistency reward',
		'whats the main goal of the reasoning rl stage',
		'the final rl stage, what is its aim',
		'the cold start step, what is it for',
		'the last rl round, whats it for',
	])('GIVEN %j THEN why', (question) => {
		expect(intentOf(question)).toBe('why');
	});

	it.each([
		'why is r1 worse than v3 on c-simpleqa',
		'why does r1 score lower on simpleqa',
		'why is r1 better on aime than v3',
	])('GIVEN a why about a score (%j) THEN why, not score', (question) => {
		expect(intentOf(question)).toBe('why');
	});
});

describe('intent: how', () => {
	it.each([
		'how does grpo work',
		'how does rejection sampling work',
		'how do rule based rewards work',
		'how did they train r1',
		'how does distillation work in practice',
		'how they built the small versions of r1',
		'how u train a model like r1-zero',
	])('GIVEN %j THEN how', (question) => {
		expect(intentOf(question)).toBe('how');
	});
});

describe('intent: why a model matters is its impact; how to set it up is how', () => {
	it.each(['why does r1 matter', 'why is r1 a big deal', 'why is it a big deal that they made distilled versions'])(
		'GIVEN %j THEN impact',
		(question) => {
			expect(intentOf(question)).toBe('impact');
		},
	);

	it('GIVEN why a stage matters ("why is the cold start important") THEN why: a reason', () => {
		expect(intentOf('why is the cold start important')).toBe('why');
	});

	it.each([
		'best temp for r1?',
		'what settings should i use',
		'what temperature should i use with r1',
		'should i use a system prompt with r1',
		'should i give r1 few shot examples',
	])('GIVEN %j THEN how (usage), not a quantity', (question) => {
		expect(intentOf(question)).toBe('how');
	});
});

describe('intent: more ways students say it', () => {
	it.each<[string, Intent]>([
		['whats sft, explained simple', 'eli5'],
		['can u explain the aha moment like im 12', 'eli5'],
		['swe bench verified explained for a hs student', 'eli5'],
		['how do i explain r1s training to teenagers in a simple way', 'eli5'],
		['what was actually wrong with r1-zero that they needed the extra steps after it', 'why'],
		['did r1 have any effect on deepseek v3 itself', 'impact'],
		['whats the takeaway of the results for a normal person', 'impact'],
		['how might r1 change school', 'impact'],
		['does perplexity have r1', 'access'],
		['where does grpo come from, did they invent it for r1', 'definition'],
		['ok but where does the 6.5x number even come from', 'why'],
		['first o1 then what, list the openai reasoning releases in order', 'when'],
	])('GIVEN %j THEN %s', (question, intent) => {
		expect(intentOf(question)).toBe(intent);
	});

	it.each([
		'who judges the answers in step 4 when theres no simple rule',
		'what learning rate did they use for grpo when training r1',
	])('GIVEN "when" opening a condition (%j) THEN not when', (question) => {
		expect(intentOf(question)).not.toBe('when');
	});

	it('GIVEN "does r1 have a context window" THEN not access: r1 is no place that offers r1', () => {
		expect(intentOf('does r1 have a long context window')).not.toBe('access');
	});
});

describe('intent: access, by kind', () => {
	it.each<[string, AccessKind]>([
		['what license is r1 under', 'licence'],
		['is r1 open source', 'licence'],
		['can i use r1 commercially', 'licence'],
		['is r1 mit licensed', 'licence'],
		['are the weights open', 'licence'],
		['is the r1 weight public', 'licence'],
		['how much does r1 cost', 'cost'],
		['r1 api price per million tokens', 'cost'],
		['how expensive is the r1 api', 'cost'],
		['is r1 free', 'cost'],
		['where can i try r1', 'where'],
		['can i run r1 locally', 'where'],
		['how do i download r1', 'where'],
		['can i run r1 on my laptop', 'where'],
		['where do i access r1', 'where'],
		['is r1 on perplexity', 'where'],
		['are the distills up on hugging face', 'where'],
		['can i get deepseek r1 on azure', 'where'],
		['can i call r1 with the openai sdk', 'where'],
		['is the deepseek api a drop-in for the openai sdk?', 'where'],
		['could we use v3 via some cloud', 'where'],
	])('GIVEN %j THEN access, %s', (question, access) => {
		const { intent } = engine.read(question);
		expect(intent.intent).toBe('access');
		expect(intent.access).toBe(access);
	});
});

describe('intent: factcheck', () => {
	it.each([
		'is the article right that r1 is 6.5x more expensive than v3',
		'is it true that r1 was trained on top of r1-zero',
		'the article says r1 costs 6.5x v3, is that correct',
		'fact check: r1 zero used no sft',
		'did the author get the aha moment right',
		'is it a myth that r1 was cheap to train',
		'the article says r1 was trained on top of r1-zero',
		'does the article really say r1 is 6.5x more expensive',
		'is r1 on poe or did the article make that up',
		'the blog says r1 beats o1 at everything, true',
		'is r1 trained on top of r1-zero or not, the article makes it sound like it',
	])('GIVEN a claim put up to be checked (%j) THEN factcheck', (question) => {
		expect(intentOf(question)).toBe('factcheck');
	});

	it.each([
		['v3 livecodebench score? the article doesnt mention it', 'score'],
		['wait how many stages does the paper actually give r1 vs what the article says', 'order'],
		['will ai replace us, what does the guy who wrote the article think', 'impact'],
	])('GIVEN the article named but no claim of it checked (%j) THEN %s', (question, intent) => {
		expect(intentOf(question)).toBe(intent);
	});

	it.each([
		['r1 shows its thinking but o1 hides it, true', 'definition'],
		['r1 cost about 6 million dollars to train, right', 'access'],
		['v3 is 6.5 times cheaper than r1, is that correct', 'difference'],
		['is it true that r1 is a bigger model than r1-zero', 'difference'],
		['fact check: r1 costs more than v3 per token', 'access'],
	])(
		"GIVEN the student's own claim with a tag (%j) THEN factcheck, and without the tag it asks %s",
		(question, asked) => {
			const reading = engine.read(question).intent;
			expect(reading.intent).toBe('factcheck');
			expect(reading.ownClaim?.intent).toBe(asked);
		},
	);

	it.each(['which one is right', 'is r1 open source or not', 'what is true'])(
		'GIVEN a question that asks (%j) THEN no own claim',
		(question) => {
			expect(engine.read(question).intent.ownClaim).toBeUndefined();
		},
	);

	it('GIVEN "what does the article say … could do for cities" THEN not factcheck: it asks what the article says', () => {
		expect(intentOf('what does the article say these models could do for cities')).not.toBe('factcheck');
	});
});

describe('intent: impact', () => {
	it.each([
		'will ai replace my job',
		'what does r1 mean for society',
		'is this a big deal for the future',
		'what does this mean for me',
		'should i care about reasoning models',
		'will reasoning models replace programmers',
		'how will this change my daily life',
		'can reasoning models like r1 speed up medical breakthroughs',
		'will models like o1 help doctors',
	])('GIVEN %j THEN impact', (question) => {
		expect(intentOf(question)).toBe('impact');
	});
});

describe('intent: two of a kind decide a comparison', () => {
	it.each([
		['was grpo new in the r1 paper or did it exist before', 'difference'],
		['is grpo from the r1 paper or older', 'difference'],
		['did r1 use sft or only rl', 'difference'],
	])('GIVEN "or" between topics of different kinds (%j) THEN not %s', (question, intent) => {
		expect(intentOf(question)).not.toBe(intent);
	});

	it.each([
		['r1 or v3', ['model', 'model'] as const],
		['qwen 7b or llama 8b', ['model', 'model'] as const],
		['sft or rl', ['concept', 'concept'] as const],
	])('GIVEN %j naming two %j THEN difference', (text, namedKinds) => {
		expect(readIntent({ text, namedKinds, namesBenchmark: false }).intent).toBe('difference');
	});

	it('GIVEN "or" between a concept and a model THEN not difference', () => {
		expect(
			readIntent({ text: 'grpo or r1 which came first', namedKinds: ['concept', 'model'], namesBenchmark: false })
				.intent,
		).not.toBe('difference');
	});
});

describe('readIntent: what the rules see', () => {
	it('GIVEN a named benchmark and a model THEN score even without a score word', () => {
		expect(readIntent({ text: 'r1 aime', namedKinds: ['model', 'benchmark'], namesBenchmark: true }).intent).toBe(
			'score',
		);
	});

	it('GIVEN a stage word but no stage named THEN still order', () => {
		const reading = readIntent({ text: 'what is the next stage', namedKinds: [], namesBenchmark: false });
		expect(reading).toEqual({ intent: 'order', direction: 'next', access: undefined });
	});

	it('GIVEN a next-word without any stage THEN not order', () => {
		expect(readIntent({ text: 'what came next for deepseek', namedKinds: [], namesBenchmark: false }).intent).not.toBe(
			'order',
		);
	});

	it('GIVEN nothing but a name THEN definition, with no direction or access', () => {
		expect(readIntent({ text: 'grpo', namedKinds: ['concept'], namesBenchmark: false })).toEqual({
			intent: 'definition',
			direction: undefined,
			access: undefined,
		});
	});
});

describe('intent: two models compared on one aspect', () => {
	it.each(['whats the diff between grpo and ppo', 'diff between sft and rl?'])(
		'GIVEN the short "diff" (%j) THEN difference',
		(question) => {
			expect(intentOf(question)).toBe('difference');
		},
	);

	it.each(['r1 vs o1 cost', 'which is cheaper, r1 or v3', 'is r1 cheaper than o1', 'is v3 bigger than r1'])(
		'GIVEN %j THEN difference, not the aspect on its own',
		(question) => {
			expect(intentOf(question)).toBe('difference');
		},
	);

	it('GIVEN one model and a cost word THEN access, cost', () => {
		expect(engine.read('how expensive is the r1 api').intent).toMatchObject({ intent: 'access', access: 'cost' });
	});
});

describe('intent: a thing counted is a quantity only when not asked yes or no', () => {
	it.each(['how many tokens does r1 write', 'tokens per answer for r1', 'number of distilled models'])(
		'GIVEN %j THEN quantity',
		(question) => {
			expect(intentOf(question)).toBe('quantity');
		},
	);

	it('GIVEN "does o1 show its reasoning tokens" THEN not quantity', () => {
		expect(intentOf('does o1 show its reasoning tokens')).not.toBe('quantity');
	});

	it('GIVEN two models and "like r1 does" THEN difference', () => {
		expect(intentOf('does openai show o1s reasoning tokens like r1 does')).toBe('difference');
	});
});

describe('intent: two stages compared are a difference, even with "order" in the question', () => {
	it('GIVEN "cold start sft vs the rejection sampling sft, whats different besides the order" THEN difference', () => {
		expect(intentOf('cold start sft vs the rejection sampling sft, whats different besides the order')).toBe(
			'difference',
		);
	});

	it('GIVEN two models vs on a benchmark THEN still score', () => {
		expect(intentOf('r1 zero vs o1-0912 on aime')).toBe('score');
	});
});

describe('intent: "on par with" is no place', () => {
	it('GIVEN "is r1 on par with o1" THEN not access', () => {
		expect(intentOf('is r1 on par with o1')).not.toBe('access');
	});
});

describe('intent: words that look like another intent', () => {
	it.each<[string, Intent]>([
		['max tokens r1 was allowed to generate in the benchmark runs?', 'quantity'],
		["how did they grade samples that can't be checked by a rule?", 'how'],
		['how is the cold start data different from the step 4 data', 'difference'],
		['am i allowed to distill r1', 'access'],
		['why did MCTS not work for r1? pls explain gently im new to this', 'why'],
		['how is pass@1 calculated in the r1 paper', 'how'],
		['how did they run swe-bench verified for r1', 'how'],
		['how does codeforces rating work in the r1 paper', 'how'],
		['how does the r1 paper keep livecodebench from being contaminated?', 'how'],
		['is the 32b distill or the 70b distill better for code at work', 'difference'],
		['how well did r1 do on aime', 'score'],
	])('GIVEN %j THEN %s', (question, intent) => {
		expect(intentOf(question)).toBe(intent);
	});
});

describe('intent: things counted on a benchmark are a count, points are a score', () => {
	it.each([
		['how many codeforces contests were used to rate r1', 'quantity'],
		['how many rl steps did they run on qwen-32b-base for the aime comparison', 'quantity'],
		['how many points did r1 get on aime', 'score'],
		['r1 aime score', 'score'],
	] as const)('GIVEN %j THEN %s', (question, intent) => {
		expect(intentOf(question)).toBe(intent);
	});
});

describe('intent: a why about how a model is used asks why', () => {
	it.each([
		['why does deepseek say dont use a system prompt with r1', 'why'],
		['how should i prompt r1, system prompt or not', 'how'],
	] as const)('GIVEN %j THEN %s', (question, intent) => {
		expect(intentOf(question)).toBe(intent);
	});
});
