import { beforeAll, describe, expect, it } from 'vitest';
import type { QaEngine } from '../../../src/qa/engine.js';
import { askedTerms } from '../../../src/qa/question.js';
import { loadRealQa } from './fixtures.js';

let engine: QaEngine;

beforeAll(async () => {
	({ engine } = await loadRealQa());
});

describe('reading a question', () => {
	it('GIVEN the raw text THEN it is kept as typed', () => {
		expect(engine.read("What's R1's AIME score??").raw).toBe("What's R1's AIME score??");
	});

	it.each([
		['what is the reward of the rewards', ['reward']],
		['models and the model', ['model']],
		['training trained trains', ['train']],
	])('GIVEN %j THEN its terms are distinct stems without stop words: %j', (question, terms) => {
		expect(engine.read(question).terms).toEqual(terms);
	});

	it.each([
		['reinforcment learning', ['reinforc', 'learn']],
		['distilation of r1', ['distil', 'r1']],
	])('GIVEN a typo (%j) THEN the terms are those of the corrected words', (question, terms) => {
		expect(engine.read(question).terms).toEqual(terms);
	});

	it('GIVEN named topics THEN the entities carry their word positions', () => {
		const question = engine.read('is r1 zero better than v3');
		expect(question.words).toEqual(['is', 'r1', 'zero', 'better', 'than', 'v3']);
		expect(question.entities.map((match) => [match.topic.id, match.start, match.end])).toEqual([
			['deepseek-r1-zero', 1, 3],
			['deepseek-v3', 5, 6],
		]);
	});
});

describe('askedTerms: what is asked about the named topics', () => {
	it.each([
		['what is r1s context length', ['context', 'length']],
		['how many parameters does v3 base have', ['paramet']],
		['r1 zero aime score', ['score']],
		['grpo vs rejection sampling', ['vs']],
	])('GIVEN %j THEN %j', (question, expected) => {
		expect(askedTerms(engine.read(question))).toEqual(expected);
	});

	it.each(['what is grpo', 'r1 zero??', 'explain mixture of experts'])(
		'GIVEN only a name and question words (%j) THEN nothing else is asked',
		(question) => {
			expect(askedTerms(engine.read(question))).toEqual([]);
		},
	);
});

describe('reading a question: words of names are known words', () => {
	it.each([
		['what is preference alignment', 'rl-all-scenarios'],
		['prefrence alignment?', 'rl-all-scenarios'],
	])('GIVEN %j THEN "preference" stays singular and the name is found', (question, topic) => {
		const read = engine.read(question);
		expect(read.words).toContain('preference');
		expect(read.topics.map((named) => named.id)).toContain(topic);
	});
});

describe('reading a question: words the intent rules read are real words', () => {
	it.each([
		['does r1 charge you for the thinking tokens', 'charge'],
		['is it cheaper on a laptop', 'laptop'],
		['whats the rationale', 'rationale'],
	])('GIVEN %j THEN %j is kept, not "corrected" into a knowledge word', (question, word) => {
		expect(engine.read(question).words).toContain(word);
	});
});

describe('reading a question: models our sources do not cover', () => {
	it.each([
		['is r1 better than gemini', ['gemini']],
		['claude 3 opus vs r1', ['claude 3 opus']],
		['r1 vs gpt 4o mini on math', ['gpt 4o mini']],
	])('GIVEN %j THEN unknownModels is %j', (question, expected) => {
		expect(engine.read(question).unknownModels).toEqual(expected);
	});

	it.each([
		['claude 3 opus vs r1', ['deepseek-r1']],
		['r1 vs gpt 4o mini on math', ['deepseek-r1']],
	])('GIVEN %j THEN the unknown model names none of our topics: %j', (question, topics) => {
		expect(engine.read(question).topics.map((topic) => topic.id)).toEqual(topics);
	});

	it.each(['is r1 better than claude', 'gpt-4o vs r1', 'o1 mini or llama 70b'])(
		'GIVEN %j, naming only models we cover, THEN unknownModels is empty',
		(question) => {
			expect(engine.read(question).unknownModels).toEqual([]);
		},
	);

	it('GIVEN an uncovered model THEN its words stay as typed, not corrected into knowledge words', () => {
		expect(engine.read('grok vs grpo').words).toEqual(['grok', 'vs', 'grpo']);
	});
});

describe('reading a question: chat shorthand', () => {
	it('GIVEN shorthand THEN the words read are the words it stands for, and none is a term', () => {
		const read = engine.read('hw many cold start examples r there thru rl');
		expect(read.words.slice(0, 2)).toEqual(['how', 'many']);
		expect(read.terms).not.toContain('hw');
		expect(read.terms).not.toContain('thru');
		expect(read.intent.intent).toBe('quantity');
	});
});

describe('reading a question: everyday words stand for the knowledge words', () => {
	it('GIVEN "blog" THEN it stands for the article', () => {
		expect(engine.read('what does the blog say about rl first').searchWords).toContain('article');
	});

	it.each(['pricier', 'pricey', 'costlier', 'cheapest'])(
		'GIVEN %j THEN its stand-ins are the words our notes use for prices',
		(word) => {
			const read = engine.read(`why is r1 ${word} than v3`);
			expect(read.searchWords).toEqual(expect.arrayContaining(['cost', 'price']));
		},
	);
});

describe('reading a question: everyday words for what our notes name otherwise', () => {
	it.each([
		['is r1 good at creative essays', 'writing'],
		['can v3 do physics', 'science'],
		['how do they compress r1 into small models', 'distil'],
		['is r1 censored', 'safety'],
		['why are r1 answers so verbose', 'length'],
	])('GIVEN %j THEN the search also looks for %j', (question, word) => {
		expect(engine.read(question).searchWords).toContain(word);
	});
});

describe('reading a question: openers before the question', () => {
	it.each([
		['honestly is r1 on perplexity lol tho', 'is r1 on perplexity'],
		['ok so should i give r1 few shot examples in my prompt', 'should i give r1 few shot examples in my prompt'],
		['hey guys, does r1 charge for thinking tokens', 'does r1 charge for thinking tokens'],
	])('GIVEN %j THEN the intent is that of %j', (question, plain) => {
		expect(engine.read(question).intent).toEqual(engine.read(plain).intent);
	});

	it.each([
		['hey bot, quick q: is r1 on perplexity', ['is', 'r1', 'on', 'perplexity']],
		['pls help!! what is grpo', ['what', 'is', 'grpo']],
	])('GIVEN %j THEN the question is read from its first asking word: %j', (question, expected) => {
		expect(engine.read(question).words).toEqual(expected);
	});

	it('GIVEN "thanks in advance" THEN it adds no terms', () => {
		expect(engine.read('what is grpo? thanks in advance').terms).toEqual(['grpo']);
	});

	it.each(['like im 5, what is grpo', 'simply put, what is grpo', 'super simple version of grpo'])(
		'GIVEN %j THEN the words that ask for a simple answer are kept: eli5',
		(question) => {
			expect(engine.read(question).intent.intent).toBe('eli5');
		},
	);
});

describe('reading a question: context before the question', () => {
	it('GIVEN a context clause THEN the intent is that of the question alone', () => {
		expect(engine.read('im studying for my exam tomorrow, is r1 on perplexity').intent).toEqual(
			engine.read('is r1 on perplexity').intent,
		);
		expect(engine.read('for my homework: how many params does v3 have').terms).toEqual(['paramet', 'v3']);
	});

	it.each([
		['can you tell me whats after the rejection sampling sft', 'whats after the rejection sampling sft'],
		['i was wondering is r1 on perplexity', 'is r1 on perplexity'],
	])('GIVEN a request frame (%j) THEN the intent is that of %j', (question, plain) => {
		expect(engine.read(question).intent).toEqual(engine.read(plain).intent);
	});
});
