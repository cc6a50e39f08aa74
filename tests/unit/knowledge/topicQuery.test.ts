import { beforeAll, describe, expect, it } from 'vitest';
import {
	isPipelineQuery,
	otherModels,
	resolveExplainQuery,
	resolveModelQuery,
	suggestsPipeline,
} from '../../../src/knowledge/topicQuery.js';
import type { KnowledgeBase } from '../../../src/knowledge/types.js';
import { loadRealKnowledge } from '../render/knowledge.js';

let knowledge: KnowledgeBase;

beforeAll(async () => {
	knowledge = await loadRealKnowledge();
});

const ids = (topics: readonly { id: string }[]) => topics.map((topic) => topic.id);

describe('resolveExplainQuery', () => {
	it.each(['training-stage', 'Training Stage', 'stages', 'PIPELINE', ' pipeline ', 'training_stages'])(
		'gives the pipeline view for "%s"',
		(query) => {
			expect(resolveExplainQuery(knowledge, query)).toEqual({ kind: 'pipeline' });
		},
	);

	it.each([
		['cold start', 'cold-start-sft'],
		['Cold-Start', 'cold-start-sft'],
		['r1 zero', 'deepseek-r1-zero'],
		['deepseek v3', 'deepseek-v3'],
		['cold strat', 'cold-start-sft'],
		['R1', 'deepseek-r1'],
		['rejection sampling', 'rejection-sampling'],
	])('resolves typed "%s" to %s', (query, id) => {
		const target = resolveExplainQuery(knowledge, query);
		expect(target.kind === 'topic' ? target.topic.id : target.kind).toBe(id);
	});

	it('resolves every id, title and alias (any case, hyphens or spaces) to its own topic', () => {
		for (const topic of knowledge.topics) {
			for (const name of [topic.id, topic.title, ...topic.aliases]) {
				for (const variant of [name, name.toUpperCase(), name.replaceAll('-', ' ')]) {
					const target = resolveExplainQuery(knowledge, variant);
					expect(target.kind === 'topic' ? target.topic.id : target.kind, variant).toBe(topic.id);
				}
			}
		}
	});

	it('gives up to 3 suggestions for text that names no topic', () => {
		const target = resolveExplainQuery(knowledge, 'reward model tricks');
		expect(target.kind).toBe('unknown');
		if (target.kind !== 'unknown') return;
		expect(target.suggestions.length).toBeGreaterThan(0);
		expect(target.suggestions.length).toBeLessThanOrEqual(3);
	});
});

describe('resolveModelQuery', () => {
	it('resolves model aliases the same way as /explain', () => {
		for (const [query, id] of [
			['r1', 'deepseek-r1'],
			['V3', 'deepseek-v3'],
			['r1-zero', 'deepseek-r1-zero'],
			['o1 mini', 'openai-o1-mini'],
			['o1', 'openai-o1'],
			['32b', 'r1-distill-qwen-32b'],
			['deepseek reasoner', 'deepseek-r1'],
		] as const) {
			expect(resolveModelQuery(knowledge, query)).toMatchObject({ kind: 'model', topic: { id } });
		}
	});

	it('refuses a topic that is not a model, and unknown text, suggesting three models', () => {
		const notModel = resolveModelQuery(knowledge, 'grpo');
		expect(notModel).toMatchObject({ kind: 'notModel', topic: { id: 'grpo' } });
		const unknown = resolveModelQuery(knowledge, 'gpt-9000 ultra');
		expect(unknown.kind).toBe('unknown');
		for (const pick of [notModel, unknown]) {
			if (pick.kind === 'model') continue;
			expect(pick.suggestions).toHaveLength(3);
			expect(pick.suggestions.every((topic) => topic.kind === 'model')).toBe(true);
		}
	});

	it('suggests other models than the one picked twice, related ones first', () => {
		const r1 = knowledge.get('r1');
		if (!r1) throw new Error('no r1');
		const others = ids(otherModels(knowledge, r1));
		expect(others).toHaveLength(3);
		expect(others).not.toContain('deepseek-r1');
		expect(others.every((id) => r1.related.includes(id))).toBe(true);
	});
});

describe('pipeline keywords', () => {
	it('knows the pipeline words and their beginnings, and nothing else', () => {
		expect(isPipelineQuery('Training-Stage')).toBe(true);
		expect(isPipelineQuery('timeline')).toBe(false);
		expect(suggestsPipeline('')).toBe(true);
		expect(suggestsPipeline('pipe')).toBe(true);
		expect(suggestsPipeline('training st')).toBe(true);
		expect(suggestsPipeline('grpo')).toBe(false);
		expect(suggestsPipeline('st')).toBe(false);
	});
});
