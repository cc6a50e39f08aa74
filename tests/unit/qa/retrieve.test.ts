import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../src/knowledge/types.js';
import type { QaEngine } from '../../../src/qa/engine.js';
import { buildPassages } from '../../../src/qa/passages.js';
import { createPassageSearch, type PassageSearch } from '../../../src/qa/retrieve.js';
import { loadRealQa } from './fixtures.js';

let knowledge: KnowledgeBase;
let engine: QaEngine;
let search: PassageSearch;

beforeAll(async () => {
	({ knowledge, engine } = await loadRealQa());
	search = createPassageSearch(buildPassages(knowledge));
});

/** Retrieval as the engine runs it (typos corrected, named topics boosted), best first. */
const topTopics = (question: string, count = 3): string[] =>
	engine.passages(question, count).map((passage) => passage.topic.id);

describe('retrieval: a question describing a topic without naming it finds that topic in the top 3', () => {
	it.each([
		['group relative policy optimization critic', 'grpo'],
		['the value model is dropped and answers are compared within a group', 'grpo'],
		['the model mixes chinese and english in its answers', 'language-mixing'],
		['why did the chain of thought switch between chinese and english', 'language-mixing'],
		['filtering the best answers out of many samples', 'rejection-sampling'],
		['keep only the correct answers from many samples', 'rejection-sampling'],
		['small models learning from a big teacher model', 'distillation'],
		['the model stops and says wait, let me re-evaluate', 'aha-moment'],
		['reward for correct format with think tags', 'rule-based-rewards'],
		['reward that checks the answer matches the reference', 'rule-based-rewards'],
		['the model games its reward', 'reward-hacking'],
		['model exploiting the reward model', 'reward-hacking'],
		['monte carlo tree search did not work', 'what-didnt-work'],
		['a reward model that scores every reasoning step', 'what-didnt-work'],
		['can i self host r1 with vllm', 'run-locally'],
		['what license are the weights under', 'licences'],
		['which license do the qwen distills use', 'licences'],
		['how much per million output tokens', 'cost-and-pricing'],
		['thousands of long chain of thought examples to start', 'cold-start-data'],
		['the readable long reasoning examples used before rl', 'cold-start-data'],
		['only a fraction of parameters active per token', 'mixture-of-experts'],
		['sampling 64 answers and taking the majority', 'pass-at-1'],
		['average chance one sampled answer is right', 'pass-at-1'],
		['function calling and json output problems', 'r1-limitations'],
		['the model thinks longer at test time to get better answers', 'reasoning-model'],
		['supervised fine tuning on labelled examples', 'sft'],
		['the step where they align with human preferences', 'rl-all-scenarios'],
	])('GIVEN %j THEN %s', (question, id) => {
		expect(topTopics(question)).toContain(id);
	});
});

describe('retrieval: named topics boost their passages', () => {
	it.each([
		['how are rewards computed in grpo', 'grpo'],
		['how are rewards computed in the rule based rewards', 'rule-based-rewards'],
		['what data does the cold start use', 'cold-start-sft'],
		['what data does rejection sampling sft use', 'rejection-sampling-sft'],
		['what does r1 zero struggle with', 'deepseek-r1-zero'],
		['what does r1 struggle with', 'deepseek-r1'],
	])('GIVEN %j THEN the first passage is on the named topic %s', (question, id) => {
		expect(topTopics(question, 1)).toEqual([id]);
	});

	it.each([
		['what did o1 get on aime', 'openai-o1'],
		['what did v3 get on aime', 'deepseek-v3'],
		['what did gpt-4o get on aime', 'gpt-4o'],
		['what did qwen 32b get on aime', 'r1-distill-qwen-32b'],
		['how did r1 do on aime', 'deepseek-r1'],
	])('GIVEN %j THEN the top 3 are on the named model or benchmark', (question, model) => {
		for (const id of topTopics(question)) expect([model, 'aime-2024']).toContain(id);
	});
});

describe('retrieval: what a topic holds', () => {
	it.each([
		['grpo', ['grpo', 'critic', 'group', 'rel', 'polici', 'optim']],
		['deepseek-r1', ['r1', 'deepseek', 'reason', 'deepthink']],
		['aime-2024', ['aim', '2024', 'aime24', '79.8']],
	])('GIVEN %s THEN its terms include its names and passage words: %j', (id, expected) => {
		expect([...search.topicTerms(id)]).toEqual(expect.arrayContaining(expected));
	});

	it('GIVEN a topic id the knowledge does not have THEN no terms', () => {
		expect(search.topicTerms('no-such-topic').size).toBe(0);
	});

	it('GIVEN a topic THEN it holds no stop words', () => {
		for (const word of ['the', 'what', 'is']) expect(search.topicTerms('grpo').has(word)).toBe(false);
	});
});
