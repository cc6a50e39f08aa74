import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../src/knowledge/types.js';
import { createEntityIndex, namedTopics, type EntityIndex } from '../../../src/qa/entities.js';
import { words } from '../../../src/qa/text.js';
import { loadRealQa } from './fixtures.js';

let knowledge: KnowledgeBase;
let index: EntityIndex;

beforeAll(async () => {
	({ knowledge } = await loadRealQa());
	index = createEntityIndex(knowledge);
});

const topicIds = (question: string): string[] => namedTopics(index.find(words(question))).map((topic) => topic.id);

describe('entities: the longest name wins', () => {
	it.each([
		['r1 zero', 'deepseek-r1-zero'],
		['what is r1-zero', 'deepseek-r1-zero'],
		['how good was deepseek r1 zero', 'deepseek-r1-zero'],
		['tell me about deepseek-r1-zero', 'deepseek-r1-zero'],
		['v3 base', 'deepseek-v3-base'],
		['the deepseek v3 base model', 'deepseek-v3-base'],
		['o1 mini', 'openai-o1-mini'],
		['openai o3 mini', 'openai-o3-mini'],
		['o1 0912', 'openai-o1-0912'],
		['cold start data', 'cold-start-data'],
		['rejection sampling sft', 'rejection-sampling-sft'],
		['r1 distill qwen 32b', 'r1-distill-qwen-32b'],
		['qwq 32b', 'qwq-32b-preview'],
		['claude 3.5 sonnet', 'claude-3-5-sonnet'],
	])('GIVEN %j THEN it names %s only', (question, id) => {
		expect(topicIds(question)).toEqual([id]);
	});

	it('GIVEN "r1 zero" THEN one match spans both words', () => {
		const [match, ...rest] = index.find(words('r1 zero'));
		expect(rest).toEqual([]);
		expect(match).toMatchObject({ start: 0, end: 2 });
		expect(match?.topic.id).toBe('deepseek-r1-zero');
	});

	it.each(['can i try r1 zero', 'where do i try r1 zero online'])(
		'GIVEN %j, where a shorter name overlaps the model name, THEN R1-Zero is still named',
		(question) => {
			expect(topicIds(question)).toContain('deepseek-r1-zero');
		},
	);

	it.each([
		['r1 zero vs r1', ['deepseek-r1-zero', 'deepseek-r1']],
		['r1 vs v3 base', ['deepseek-r1', 'deepseek-v3-base']],
		['o1 mini or o1', ['openai-o1-mini', 'openai-o1']],
	])('GIVEN %j THEN both names, in the order typed: %j', (question, ids) => {
		expect(topicIds(question)).toEqual(ids);
	});
});

describe('entities: short ids students type', () => {
	it.each([
		['r1', 'deepseek-r1'],
		['is r1 good', 'deepseek-r1'],
		['v3', 'deepseek-v3'],
		['o1', 'openai-o1'],
		['o3', 'openai-o3'],
		['qwen-7b', 'r1-distill-qwen-7b'],
		['qwen 7b', 'r1-distill-qwen-7b'],
		['1.5b', 'r1-distill-qwen-1-5b'],
		['the 1.5 billion model', 'r1-distill-qwen-1-5b'],
		['32b qwen', 'r1-distill-qwen-32b'],
		['llama 70b', 'r1-distill-llama-70b'],
		['aime', 'aime-2024'],
		['aime2024', 'aime-2024'],
		['math-500', 'math-500'],
		['math500', 'math-500'],
		['gpt4o', 'gpt-4o'],
		['4o', 'gpt-4o'],
		['moe', 'mixture-of-experts'],
		['cot', 'chain-of-thought'],
		['grpo', 'grpo'],
		['stage 3', 'reasoning-rl'],
		['step 5', 'rl-all-scenarios'],
	])('GIVEN %j THEN %s', (question, id) => {
		expect(topicIds(question)).toEqual([id]);
	});
});

describe('entities: score-table benchmarks', () => {
	it.each([
		['mmlu pro', 'mmlu', 'mmlu-pro'],
		['mmlu-pro', 'mmlu', 'mmlu-pro'],
		['mmlu redux', 'mmlu', 'mmlu-redux'],
		['mmlu', 'mmlu', 'mmlu'],
		['c-simpleqa', 'simpleqa', 'c-simpleqa'],
		['simpleqa', 'simpleqa', 'simpleqa'],
		['aime 2024', 'aime-2024', 'aime-2024'],
		['alpacaeval 2.0', 'other-benchmarks', 'alpacaeval-2'],
		['arena hard', 'other-benchmarks', 'arenahard'],
		['cnmo 2024', 'other-benchmarks', 'cnmo-2024'],
		['aider polyglot', 'swe-bench-verified', 'aider-polyglot'],
		['swe bench', 'swe-bench-verified', 'swe-bench-verified'],
		['codeforces rating', 'codeforces', 'codeforces'],
	])('GIVEN %j THEN the %s topic and the %s benchmark', (question, topicId, benchmarkId) => {
		const [match, ...rest] = index.find(words(question));
		expect(rest).toEqual([]);
		expect(match?.topic.id).toBe(topicId);
		expect(match?.benchmark?.id).toBe(benchmarkId);
	});

	it.each(['r1', 'grpo', 'cold start', 'r1 zero'])(
		'GIVEN a name that is not a benchmark (%j) THEN no benchmark',
		(name) => {
			expect(index.find(words(name)).map((match) => match.benchmark)).toEqual([undefined]);
		},
	);
});

describe('entities: everyday words are not names', () => {
	it.each([
		['can i try it', []],
		['when did it come out', []],
		['does the score drop after training', []],
		['what does it cost', []],
		['any news', []],
		['give me updates', []],
		['what is the timeline', []],
		['the experts say', []],
		['what about the api', []],
		['is it cheaper', []],
	])('GIVEN %j THEN no topic', (question, expected) => {
		expect(topicIds(question)).toEqual(expected);
	});

	it.each(['zero shot prompting', 'does r1 do well zero shot', 'zero-shot or few-shot'])(
		'GIVEN %j THEN R1-Zero is not named',
		(question) => {
			expect(topicIds(question)).not.toContain('deepseek-r1-zero');
		},
	);

	it.each([
		['r1-zero got zero supervised data', ['deepseek-r1-zero']],
		['it starts from zero', []],
		['zero examples needed?', []],
		['any future results', []],
	])(
		'GIVEN %j ("zero" as a number, "future"/"results" as words) THEN only the models typed: %j',
		(question, expected) => {
			expect(topicIds(question)).toEqual(expected);
		},
	);

	it.each(['if zero already reasoned fine, why the cold start', 'the zero rl run'])(
		'GIVEN "zero" standing for the model (%j) THEN R1-Zero is named',
		(question) => {
			expect(topicIds(question)).toContain('deepseek-r1-zero');
		},
	);

	it.each(['zero shot prompting', 'is zero-shot better'])('GIVEN %j THEN it names the prompting topic', (question) => {
		expect(topicIds(question)).toEqual(['prompting-r1']);
	});
});

describe('entities: every topic by its own names', () => {
	it('GIVEN each topic id and title typed as a question THEN the engine names that topic', async () => {
		const { engine } = await loadRealQa();
		const missed = knowledge.topics.flatMap((topic) =>
			[topic.id, topic.title]
				.filter((name) => !engine.read(name).topics.includes(topic))
				.map((name) => `${name} → ${topic.id}`),
		);
		expect(missed).toEqual([]);
	});

	it.each(['rl for all scenarios', 'what is rl for all scenarios', 'human preferences'])(
		'GIVEN a multi-word alias (%j) THEN the engine names its stage',
		async (question) => {
			const { engine } = await loadRealQa();
			expect(engine.read(question).topics.map((topic) => topic.id)).toContain('rl-all-scenarios');
		},
	);
});

describe('namedTopics', () => {
	it('GIVEN a topic named twice THEN it is listed once, where first named', () => {
		expect(topicIds('r1 vs v3, and is r1 cheaper')).toEqual(['deepseek-r1', 'deepseek-v3']);
	});

	it('GIVEN two benchmarks of one topic THEN the topic once', () => {
		expect(topicIds('mmlu pro vs mmlu redux')).toEqual(['mmlu']);
		expect(index.find(words('mmlu pro vs mmlu redux')).map((match) => match.benchmark?.id)).toEqual([
			'mmlu-pro',
			'mmlu-redux',
		]);
	});
});

describe('entities: the forms students give the distilled models', () => {
	it.each([
		['qwen 7b distil', ['r1-distill-qwen-7b']],
		['the distilled llama 8b', ['r1-distill-llama-8b']],
		['32b qwen distill', ['r1-distill-qwen-32b']],
		['r1 distill 7b', ['r1-distill-qwen-7b']],
		['qwen 7b distil or llama 8b distil', ['r1-distill-qwen-7b', 'r1-distill-llama-8b']],
		['biggest distilled model', ['distilled-models']],
		['deepseek-r1:7b on ollama', ['r1-distill-qwen-7b']],
		['r1 32b vs r1', ['r1-distill-qwen-32b', 'deepseek-r1']],
	])('GIVEN %j THEN the "distill" is part of the model name: %j', (question, expected) => {
		expect(topicIds(question)).toEqual(expected);
	});

	it('GIVEN "distil" typed after a model THEN one match spans the name and the word', () => {
		expect(index.find(words('is qwen 7b distil good')).map((match) => [match.start, match.end])).toEqual([[1, 4]]);
	});

	it.each([
		['what is distillation', ['distillation']],
		['how does distillation work for the 7b', ['distillation', 'r1-distill-qwen-7b']],
		['v3 distill', ['deepseek-v3', 'distillation']],
		['r1 vs qwen 7b', ['deepseek-r1', 'r1-distill-qwen-7b']],
	])(
		'GIVEN %j, where "distill" is apart from a distilled model, THEN it names distillation: %j',
		(question, expected) => {
			expect(topicIds(question)).toEqual(expected);
		},
	);
});

describe('entities: names run together', () => {
	it.each([
		['r1zero', 'deepseek-r1-zero'],
		['o1mini vs r1', 'openai-o1-mini'],
		['v3base', 'deepseek-v3-base'],
		['qwen7b', 'r1-distill-qwen-7b'],
		['what is rewardhacking', 'reward-hacking'],
		['is r 1 better than o 1', 'openai-o1'],
		['is r 1 better than o 1', 'deepseek-r1'],
	])('GIVEN %j THEN it names %s', (question, id) => {
		expect(topicIds(question)).toContain(id);
	});
});

describe('entities: benchmark names that are also words', () => {
	it.each(['r1 vs v3 on frames', 'how does r1 do on long context stuff like frames'])(
		'GIVEN %j THEN FRAMES is named',
		(question) => {
			expect(index.find(words(question)).map((match) => match.benchmark?.id)).toContain('frames');
		},
	);
});

describe('entities: names said another way', () => {
	it.each([
		['ok and after rl round 2 what happens', 'reasoning-rl'],
		['the takeaway of the results section', 'headline-results'],
		['what does the future section say', 'future-of-reasoning'],
		['tell me about the distil family', 'distilled-models'],
	])('GIVEN %j THEN it names %s', (question, id) => {
		expect(topicIds(question)).toEqual([id]);
	});

	it.each(['any future results', 'what are the results'])(
		'GIVEN everyday words not called a part of the text (%j) THEN no topic',
		(question) => {
			expect(topicIds(question)).toEqual([]);
		},
	);
});

describe('entities: a name with one word typed one edit off', () => {
	it.each([
		['chin of thought eli5', 'chain-of-thought'],
		['rule base rewards vs a reward model', 'rule-based-rewards'],
		['what does pas@1 mean', 'pass-at-1'],
	])('GIVEN %j THEN it names %s', (question, id) => {
		expect(topicIds(question)).toContain(id);
	});

	it.each([
		['not sure rl is needed', ['reinforcement-learning']],
		['step 5 vs step 4', ['rl-all-scenarios', 'rejection-sampling-sft']],
		['my computer is slow', ['run-locally']],
	])('GIVEN %j (a function word, a number, or every other word exact) THEN only what is named: %j', (question, ids) => {
		expect(topicIds(question)).toEqual(ids);
	});
});

describe('entities: a base model is not the distilled model trained from it', () => {
	it.each(['rl run directly on qwen 32b base', 'what aime did qwen-32b-base get with rl'])(
		'GIVEN %j THEN no distilled model is named',
		(question) => {
			expect(topicIds(question)).not.toContain('r1-distill-qwen-32b');
		},
	);

	it('GIVEN "the r1 distill qwen 32b base" THEN the distilled model, which its own name says', () => {
		expect(topicIds('the r1 distill qwen 32b base')).toContain('r1-distill-qwen-32b');
	});
});

describe('entities: the distilled family by the words students use', () => {
	it.each(['the distilled qwen ones vs llama ones', 'how they built the small versions of r1', 'the smaller versions'])(
		'GIVEN %j THEN the distilled models',
		(question) => {
			expect(topicIds(question)).toContain('distilled-models');
		},
	);
});
