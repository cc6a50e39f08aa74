import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledge, readBuildInput } from '../../../src/knowledge/build/build.js';
import { loadKnowledge } from '../../../src/knowledge/load.js';
import type { KnowledgeBase } from '../../../src/knowledge/types.js';
import { MODEL_ASPECTS } from '../../../src/knowledge/types.js';
import { REPO_ROOT } from './fixtures.js';

const KNOWLEDGE_DIR = path.join(REPO_ROOT, 'knowledge');
let knowledge: KnowledgeBase;

beforeAll(async () => {
	knowledge = await loadKnowledge(path.join(KNOWLEDGE_DIR, 'knowledge.json'));
});

const topic = (id: string) => {
	const found = knowledge.topics.find((candidate) => candidate.id === id);
	if (!found) throw new Error(`no topic ${id}`);
	return found;
};

describe('the committed knowledge', () => {
	it('equals a fresh build of knowledge/ (run npm run knowledge:build if this fails)', async () => {
		const fresh = buildKnowledge(await readBuildInput(KNOWLEDGE_DIR));
		expect(await readFile(path.join(KNOWLEDGE_DIR, 'knowledge.json'), 'utf8')).toBe(fresh.json);
	});

	it('has the training stages in pipeline order', () => {
		expect(knowledge.stages().map((stage) => [stage.order, stage.id])).toEqual([
			[1, 'r1-zero-rl'],
			[2, 'cold-start-sft'],
			[3, 'reasoning-rl'],
			[4, 'rejection-sampling-sft'],
			[5, 'rl-all-scenarios'],
			[6, 'distillation-stage'],
		]);
	});

	it('covers the required models, concepts, benchmarks and resources', () => {
		const ids = new Set(knowledge.topics.map((candidate) => candidate.id));
		const required = [
			...['deepseek-r1', 'deepseek-r1-zero', 'deepseek-v3', 'openai-o1', 'openai-o3', 'distilled-models'],
			...['reinforcement-learning', 'reasoning-model', 'cold-start-data', 'rejection-sampling', 'distillation'],
			...['language-mixing', 'grpo', 'rule-based-rewards', 'chain-of-thought', 'sft', 'mixture-of-experts'],
			...['reward-hacking', 'pass-at-1', 'what-didnt-work'],
			...['math-500', 'aime-2024', 'codeforces', 'gpqa-diamond', 'mmlu', 'livecodebench', 'swe-bench-verified'],
			...['cost-and-pricing', 'where-to-try', 'later-developments'],
		];
		expect(required.filter((id) => !ids.has(id))).toEqual([]);
	});

	it('gives every topic a summary, explanation and primary source, and every fact a source', () => {
		for (const each of knowledge.topics) {
			expect(each.summary.length, each.id).toBeLessThanOrEqual(300);
			expect(each.explanation.length, each.id).toBeGreaterThan(0);
			expect(each.source.label, each.id).not.toBe('');
			for (const fact of each.facts) expect(fact.source.label, `${each.id}: ${fact.text}`).not.toBe('');
		}
	});

	it('lets /compare r1 v3 show the 671B/37B base, both recipes, benchmarks and the cost claim beside list prices', () => {
		const r1 = knowledge.get('r1')?.attributes;
		const v3 = knowledge.get('v3')?.attributes;
		expect(Object.keys(r1 ?? {}).sort()).toEqual([...MODEL_ASPECTS].sort());
		expect(r1?.baseAndSize?.text).toMatch(/671B.*37B active/);
		expect(v3?.baseAndSize?.text).toMatch(/671B.*37B active/);
		expect(r1?.training?.text).toContain('cold-start SFT');
		expect(v3?.training?.text).toContain('14.8T tokens');
		expect(r1?.benchmarks?.text).toMatch(/AIME 2024 79\.8.*MATH-500 97\.3/);
		expect(v3?.benchmarks?.text).toMatch(/AIME 2024 39\.2.*MATH-500 90\.2/);
		expect(r1?.cost?.text).toMatch(/\$0\.55.*\$2\.19.*6\.5x/);
		expect(r1?.cost?.sources.map((source) => source.key)).toEqual(['API', 'CALC', 'ART']);
		expect(v3?.cost?.text).toContain('$0.27');
	});

	it('states "not stated in the sources" as null rather than inventing o3 figures', () => {
		const o3 = knowledge.get('o3')?.attributes;
		expect(o3?.benchmarks).toBeNull();
		expect(o3?.cost).toBeNull();
		expect(o3?.availability?.text).toContain('2025-01-31');
	});

	it('keeps the article claim and the correction for each known problem, on the topics concerned', () => {
		const checks = (id: string) => topic(id).factChecks.map((check) => check.id);
		expect(checks('deepseek-r1')).toEqual(
			expect.arrayContaining(['r1-not-on-top-of-r1-zero', 'rl-first', 'total-vs-active-parameters', 'price-6-5x']),
		);
		expect(checks('r1-zero-rl')).toContain('rule-based-not-self-grading');
		expect(checks('rejection-sampling-sft')).toContain('step4-data');
		expect(checks('where-to-try')).toContain('where-to-try-unverified');
		const step4 = topic('rejection-sampling-sft').factChecks.find((check) => check.id === 'step4-data');
		expect(step4).toMatchObject({
			verdict: 'wrong',
			claimSource: { key: 'ART' },
			source: { key: 'P', locator: '§2.3.3' },
		});
		expect(step4?.correction).toMatch(/600k.*200k/);
	});

	it('flags later developments as later', () => {
		expect(topic('later-developments').later).toBe(true);
		expect(topic('later-developments').facts.every((fact) => fact.later)).toBe(true);
		expect(topic('openai-o3').facts.find((fact) => fact.text.includes('2025-04-16'))?.later).toBe(true);
		expect(topic('deepseek-r1').facts.some((fact) => fact.later)).toBe(false);
	});
});

describe('KnowledgeBase.get', () => {
	it('resolves every id, title and alias of every topic to that topic', () => {
		for (const each of knowledge.topics) {
			for (const name of [each.id, each.title, ...each.aliases]) expect(knowledge.get(name)?.id, name).toBe(each.id);
		}
	});

	it.each([
		['cold start', 'cold-start-sft'],
		['Cold-Start', 'cold-start-sft'],
		['COLD_START', 'cold-start-sft'],
		['r1 zero', 'deepseek-r1-zero'],
		['deepseek v3', 'deepseek-v3'],
		['R1', 'deepseek-r1'],
		['deepseek r1', 'deepseek-r1'],
		['cold strat', 'cold-start-sft'],
		['rejection smapling', 'rejection-sampling'],
		['o3 mini', 'openai-o3-mini'],
		['o3', 'openai-o3'],
		['o1 mini', 'openai-o1-mini'],
		['o1-1217', 'openai-o1'],
		['v3 base', 'deepseek-v3-base'],
		['32b', 'r1-distill-qwen-32b'],
		['qwen 32b', 'r1-distill-qwen-32b'],
		['1.5b', 'r1-distill-qwen-1-5b'],
		['r1 distill', 'distilled-models'],
	])('resolves "%s" to %s', (query, id) => {
		expect(knowledge.get(query)?.id).toBe(id);
	});

	it('returns undefined for unknown or too-short-to-guess text', () => {
		expect(knowledge.get('quantum knitting')).toBeUndefined();
		expect(knowledge.get('o2')).toBeUndefined();
		expect(knowledge.get('')).toBeUndefined();
	});
});
