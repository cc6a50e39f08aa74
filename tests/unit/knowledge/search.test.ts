import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../../src/knowledge/load.js';
import type { KnowledgeBase } from '../../../src/knowledge/types.js';
import { REPO_ROOT } from './fixtures.js';

let knowledge: KnowledgeBase;

beforeAll(async () => {
	knowledge = await loadKnowledge(path.join(REPO_ROOT, 'knowledge/knowledge.json'));
});

const topIds = (query: string, count = 1) =>
	knowledge
		.search(query)
		.slice(0, count)
		.map((hit) => hit.topic.id);

describe('KnowledgeBase.search', () => {
	it.each([
		['cold start', 'cold-start-sft'],
		['rejection sampling', 'rejection-sampling'],
		['r1 zero', 'deepseek-r1-zero'],
		['distill', 'distillation'],
		['grpo', 'grpo'],
		['aime', 'aime-2024'],
		['group relative policy', 'grpo'],
		['mixture of experts', 'mixture-of-experts'],
		['language mixing problem', 'language-mixing'],
		['how much does r1 cost', 'cost-and-pricing'],
		['think tags', 'chain-of-thought'],
		['swe', 'swe-bench-verified'],
	])('ranks the right topic first for "%s"', (query, id) => {
		expect(topIds(query)).toEqual([id]);
	});

	it('returns hits in descending score order', () => {
		const scores = knowledge.search('reinforcement learning reward').map((hit) => hit.score);
		expect(scores.length).toBeGreaterThan(3);
		expect([...scores].sort((a, b) => b - a)).toEqual(scores);
	});

	it('puts the closely related topics right behind the best one', () => {
		expect(topIds('rejection sampling', 2)).toEqual(['rejection-sampling', 'rejection-sampling-sft']);
		expect(topIds('r1 zero', 2)).toEqual(['deepseek-r1-zero', 'r1-zero-rl']);
	});

	it('filters by kind and respects the limit', () => {
		const hits = knowledge.search('r1', { kinds: ['model'], limit: 3 });
		expect(hits).toHaveLength(3);
		expect(hits.every((hit) => hit.topic.kind === 'model')).toBe(true);
		expect(hits[0]?.topic.id).toBe('deepseek-r1');
	});

	it('answers an empty query with the stages in order, then the featured models', () => {
		const ids = knowledge.search('   ', { limit: 8 }).map((hit) => hit.topic.id);
		expect(ids).toEqual([
			'r1-zero-rl',
			'cold-start-sft',
			'reasoning-rl',
			'rejection-sampling-sft',
			'rl-all-scenarios',
			'distillation-stage',
			'deepseek-r1',
			'deepseek-r1-zero',
		]);
		expect(knowledge.search('', { kinds: ['benchmark'], limit: 2 }).map((hit) => hit.topic.kind)).toEqual([
			'benchmark',
			'benchmark',
		]);
	});

	it('returns nothing for text that matches no topic', () => {
		expect(knowledge.search('zzzqqq')).toEqual([]);
	});

	it('matches a short, half-typed word by prefix only, not by a one-letter typo', () => {
		const ids = knowledge.search('rej', { limit: 25 }).map((hit) => hit.topic.id);
		expect(ids.slice(0, 2)).toEqual(['rejection-sampling', 'rejection-sampling-sft']);
		// "aha" is one edit from "rej"'s neighbours; a fuzzy match on three letters used to pull it in.
		expect(ids).not.toContain('aha-moment');
		expect(topIds('distilation')).toEqual(['distillation']);
	});

	it('remembers results per query and options: the same query answers the same, other options answer afresh', () => {
		const first = knowledge.search('reinforcement', { limit: 5 });
		expect(knowledge.search('reinforcement', { limit: 5 })).toBe(first);
		const models = knowledge.search('reinforcement', { limit: 5, kinds: ['model'] });
		expect(models).not.toBe(first);
		expect(models.length).toBeGreaterThan(0);
		expect(models.every((hit) => hit.topic.kind === 'model')).toBe(true);
		expect(knowledge.search('reinforcement', { limit: 2 })).toHaveLength(2);
	});
});
