import { beforeAll, describe, expect, it } from 'vitest';
import type { QaEngine } from '../../../../src/qa/engine.js';
import { expectCovered, expectNotCovered, loadRealQa } from '../fixtures.js';

let engine: QaEngine;

beforeAll(async () => {
	({ engine } = await loadRealQa());
});

describe('byIntent: a model our sources do not cover is refused, whatever is asked of it', () => {
	it.each([
		['is claude 3 opus better than r1', 'claude 3 opus'],
		['what did gpt 4 score on math-500', 'gpt 4'],
		['when was mistral 7b released', 'mistral 7b'],
		['how many parameters does llama 3 have', 'llama 3'],
		['is gemini smarter than o1 at coding', 'gemini'],
	])('GIVEN %j THEN "not stated in our sources" naming "%s"', (question, model) => {
		const answer = expectNotCovered(engine.answer(question));
		expect(answer.text).toContain(`Our sources do not cover "${model}".`);
	});

	it('GIVEN a named model we do cover THEN still an answer from our sources', () => {
		expect(expectCovered(engine.answer('is r1 better than gpt 4o')).text).toContain('GPT-4o');
	});
});

describe('byIntent: an impact question that echoes a closing section title is answered from that section', () => {
	it.each(['what does r1 mean for people like me', 'what does all this mean for regular people'])(
		'GIVEN %j THEN "What This Means for You" answers, not a section that only shares "people"',
		(question) => {
			const answer = expectCovered(engine.answer(question));
			expect(answer.topic.id).toBe('what-it-means-for-you');
		},
	);
});

describe('byIntent: a quantity stated in words answers "how many"', () => {
	it.each([
		['how many tokens does r1-zero think for by the end of rl', 'several thousand'],
		['how many examples were in the cold start data', 'thousands'],
	])('GIVEN %j THEN the answer states "%s"', (question, amount) => {
		const answer = expectCovered(engine.answer(question));
		expect(answer.intent).toBe('quantity');
		expect(answer.text.toLowerCase()).toContain(amount);
	});
});

describe('byIntent: an impact question about a model is answered from the closing sections', () => {
	it.each(['why is everyone hyping r1, what did it actually prove', 'why is r1 hyped so much'])(
		'GIVEN %j THEN the section on why it matters answers, not what R1 is',
		(question) => {
			const answer = expectCovered(engine.answer(question));
			expect(answer.topic.id).toBe('why-it-matters');
		},
	);

	it('GIVEN a model asked about something our sources never name ("impact of r1 on nvidia stock") THEN refused', () => {
		expectNotCovered(engine.answer('impact of r1 on nvidia stock'));
	});
});

describe('byIntent: a count of parameters named inside a topic name', () => {
	it.each(['active params per token for v3?', 'params of v3'])('GIVEN %j THEN the count is given', (question) => {
		expect(expectCovered(engine.answer(question)).text).toMatch(/37B|671B/);
	});

	it('GIVEN "what makes a model count as a reasoning model" THEN a definition, not a count', () => {
		const answer = expectCovered(engine.answer('what makes a model count as a "reasoning model"'));
		expect(answer.intent).toBe('definition');
		expect(answer.topic.id).toBe('reasoning-model');
	});
});

describe('byIntent: where to try it', () => {
	it.each([
		['r1 on aws bedrock?', 'bedrock'],
		['deepseek iphone app?', 'iphone'],
		['can i get deepseek r1 on azure', 'azure'],
		['we only have AWS at work. can i use r1 via AWS?', 'aws'],
	])('GIVEN %j, a place our sources never name, THEN refused naming "%s"', (question, place) => {
		expect(expectNotCovered(engine.answer(question)).text).toContain(`Our sources do not mention "${place}".`);
	});

	it.each(['can i run r1 on my macbook', 'how i run r1 on my laptop, only 16gb ram'])(
		'GIVEN %j, a machine of ones own, THEN what runs locally answers',
		(question) => {
			const answer = expectCovered(engine.answer(question));
			expect(answer.topic.id).toBe('run-locally');
			expect(answer.text).toContain('distilled models');
		},
	);

	it('GIVEN a typo of a place our sources do name ("hugginface") THEN still answered', () => {
		expect(expectCovered(engine.answer('does hugginface transformers support full r1')).text).toContain('Hugging Face');
	});
});

describe('byIntent: where data came from is how it was collected', () => {
	it.each(['where did the cold start examples come from, how collected', 'how was the cold start data collected'])(
		'GIVEN %j THEN the line on collecting it supports the summary',
		(question) => {
			const answer = expectCovered(engine.answer(question));
			expect(answer.intent).toBe('how');
			expect(answer.text).toMatch(/few-shot prompting/);
		},
	);
});

describe("byIntent: one model's licence", () => {
	it.each([
		['what licence does the llama 70b distill have', 'Llama 3.3 licence'],
		['is qwen 7b distill open source', 'Apache-2.0'],
	])('GIVEN %j THEN its own availability line answers (%s)', (question, licence) => {
		const answer = expectCovered(engine.answer(question));
		expect(answer.text.split('\n')[0]).toContain(licence);
	});

	it('GIVEN a licence named ("what does mit licensing mean for companies") THEN the licence terms answer', () => {
		expect(
			expectCovered(engine.answer('what does mit licensing mean for companies wanting to build on r1')).text,
		).toMatch(/commercial/);
	});
});

describe('byIntent: details our sources do not give, and names they do', () => {
	it('GIVEN a knowledge cutoff asked THEN refused', () => {
		expectNotCovered(engine.answer('what is the knowledge cutoff date of r1'));
	});

	it('GIVEN "a long-context benchmark" THEN FRAMES, by its alias', () => {
		expect(expectCovered(engine.answer('is there a long-context benchmark score for r1 vs v3?')).text).toContain(
			'82.5',
		);
	});
});

describe('byIntent: how to prompt a model', () => {
	it('GIVEN "how should i phrase maths questions to r1" THEN the prompting advice, not the maths scores', () => {
		const answer = expectCovered(engine.answer('how should I phrase maths questions to R1 to get the best results?'));
		expect(answer.topic.id).toBe('prompting-r1');
		expect(answer.text).toContain('boxed');
	});
});

describe('byIntent: why a method is cheaper', () => {
	it('GIVEN "why is grpo cheaper than the usual rl setup" THEN the critic it drops, not the price list', () => {
		const answer = expectCovered(engine.answer('why is grpo cheaper to train with than the usual rl setup'));
		expect(answer.topic.id).toBe('grpo');
		expect(answer.text).toContain('critic');
	});
});

describe('byIntent: a claim put up first ("is it true that …") is answered as what it claims', () => {
	it('GIVEN "is it true that r1 is a bigger model than r1-zero" THEN both sizes', () => {
		const answer = expectCovered(engine.answer('is it true that r1 is a bigger model than r1-zero?'));
		expect(answer.text).toContain('671B');
	});
});

describe('byIntent: readings of other word orders and tags', () => {
	it.each([
		['leetcode style problems, how the reward is computed', 'rule-based-rewards', 'test cases'],
		['o1 shows you its reasoning tokens same like r1?', 'openai-o1', 'hid'],
		[
			'article lists 5 training steps plus a bonus. is that how the paper counts them?',
			'distillation-stage',
			'four stages',
		],
		['r1 licence commercial?', 'deepseek-r1', 'MIT'],
		['is the 14b distill worth it over the 7b one', 'r1-distill-qwen-14b', '69.7 vs 55.5'],
		['r1-zero aime 71 but 86.7 with cons@64, why so different', 'aime-2024', 'majority'],
		['why is the 14b distill considered so impressive', 'r1-distill-qwen-14b', 'QwQ'],
	])('GIVEN %j THEN answered from %s with %j', (question, topic, phrase) => {
		const answer = expectCovered(engine.answer(question));
		expect(answer.topic.id).toBe(topic);
		expect(answer.text).toContain(phrase);
	});
});

describe('byIntent: how to make R1 do something is its prompting advice', () => {
	it('GIVEN "r1 skips the thinking, how do i force it to think" THEN the advice to start the reply with <think>', () => {
		const answer = expectCovered(
			engine.answer('r1 sometimes skips the thinking completely and just answers, how do i force it to think'),
		);
		expect(answer.topic.id).toBe('prompting-r1');
		expect(answer.text).toContain('<think>');
	});

	it.each(['best valorant crosshair settings for a new streamer?', 'what reasoning effort settings does o3-mini have'])(
		'GIVEN %j (settings of something else) THEN not answered with R1 advice',
		(question) => {
			const answer = engine.answer(question);
			expect(answer.covered && answer.topic.id === 'prompting-r1').toBe(false);
		},
	);
});

describe('byIntent: a name of letters and digits our sources never use', () => {
	it.each([
		['r1 gets 95% on gsm8k, can you confirm for my article', 'gsm8k'],
		['is r1 better than v3 on mmlu2', 'mmlu2'],
	])('GIVEN %j THEN refused naming "%s"', (question, name) => {
		expect(expectNotCovered(engine.answer(question)).text).toContain(`Our sources do not mention "${name}".`);
	});

	it.each(['eli5 grpo', 'eli5 rejection sampling'])('GIVEN %j THEN "eli5" is no such name', (question) => {
		expect(expectCovered(engine.answer(question)).intent).toBe('eli5');
	});
});

describe('byIntent: a greeting inside a question is what it asks about', () => {
	it('GIVEN "does r1 write a whole chain of thought if u just say hello to it" THEN the no-CoT greeting fact', () => {
		expect(
			expectCovered(engine.answer('does r1 write a whole chain of thought if u just say hello to it')).text,
		).toContain('hello');
	});

	it('GIVEN "hi bot, what is grpo" THEN the opening greeting is still skipped', () => {
		expect(expectCovered(engine.answer('hi bot, what is grpo')).topic.id).toBe('grpo');
	});
});

describe('byIntent: markets, and names one letter longer than ours', () => {
	it.each([
		"What did R1's release do to Nvidia's share price?",
		"did r1's launch tank nvidia's stock?",
		'what does r1 mean for googles business',
		'did deepseek make openai cut their prices',
	])("GIVEN %j THEN our sources say nothing about markets or companies' business", (question) => {
		expect(expectNotCovered(engine.answer(question)).text).toContain(
			"Our sources say nothing about markets or companies' business.",
		);
	});

	it('GIVEN "can i use r1 for my business" THEN its licence, not a refusal', () => {
		expect(expectCovered(engine.answer('can i use r1 for my business')).text).toMatch(/MIT/);
	});

	it('GIVEN "is r1 on ollama" THEN "ollama" is not read as Llama, and refused by name', () => {
		expect(expectNotCovered(engine.answer('is r1 on ollama')).text).toContain('"ollama"');
	});
});

describe("byIntent: a model's licence with what the licence allows", () => {
	it('GIVEN "can i use the llama 8b distill for commercial stuff, what licence" THEN its Llama 3.1 licence', () => {
		const answer = expectCovered(
			engine.answer('can i use the llama 8b distill for commercial stuff, what licence is it under'),
		);
		expect(answer.text).toContain('Llama 3.1');
		expect(answer.text).toMatch(/commercial/i);
	});

	it('GIVEN "r1 licence commercial?" THEN MIT and commercial use', () => {
		const { text } = expectCovered(engine.answer('r1 licence commercial?'));
		expect(text).toContain('MIT');
		expect(text).toMatch(/commercial/i);
	});
});

describe('byIntent: a question that insists on the reason gets one, or "not in our sources"', () => {
	it.each([
		"why is r1 only a little better than v3 on swe-bench, what's the actual reason",
		'why was the launch discount for v3 ended on 2025-02-08, whats the actual reason',
	])('GIVEN %j (our sources state what happened, not why) THEN not covered, saying so', (question) => {
		expect(expectNotCovered(engine.answer(question)).text).toContain('not the reason behind it');
	});

	it.each([
		['why does grpo not need a critic? whats the actual reason', /critic/i],
		['why did r1-zero avoid a neural reward model, whats the real reason', /reward hacking/i],
	])('GIVEN %j (the reason is stated) THEN it is answered', (question, reason) => {
		expect(expectCovered(engine.answer(question)).text).toMatch(reason);
	});

	it('GIVEN "what attention mechanism does deepseek v3 use" THEN "mechanism" names a thing, not a reason asked', () => {
		expect(expectCovered(engine.answer('what attention mechanism does deepseek v3 use')).text).toMatch(
			/Multi-head Latent Attention/i,
		);
	});
});

describe('byIntent: "hit" as in "hit arxiv" is no cache hit', () => {
	it('GIVEN "when did the r1 paper hit arxiv" THEN the arXiv date, not the cache-hit price', () => {
		const { text } = expectCovered(engine.answer('when did the r1 paper hit arxiv'));
		expect(text.split('\n')[0]).toContain('2025-01-22');
	});
});

describe('byIntent: hardware our sources never give', () => {
	it('GIVEN "whats the minimum VRAM needed to run the 32b distill" THEN not stated, and not the how-to-run summary instead', () => {
		const answer = expectNotCovered(engine.answer("what's the minimum VRAM needed to run the 32b distill?"));
		expect(answer.text).toMatch(/Our sources do not say what hardware/);
	});

	it('GIVEN "can i run r1 at home" THEN how to run it yourself', () => {
		expect(expectCovered(engine.answer('can i run r1 at home')).topic.id).toBe('run-locally');
	});
});

describe('byIntent: hedges ("supposedly", "allegedly") are no names of things', () => {
	it('GIVEN "r1 allegedly has a codeforces rating over 2000, what is it really" THEN its rating', () => {
		expect(
			expectCovered(engine.answer('r1 allegedly has a codeforces rating over 2000, what is it really')).text,
		).toContain('2029');
	});
});

describe('byIntent: how a named method works is its summary and best facts', () => {
	it.each([
		['how does distillation work in the r1 paper exactly', 'distillation', /800k/],
		['how does the distillation step actually work', 'distillation-stage', /SFT only/],
	])('GIVEN %j THEN %s, with %s', (question, id, content) => {
		const answer = expectCovered(engine.answer(question));
		expect(answer.topic.id).toBe(id);
		expect(answer.text).toMatch(content);
	});
});
