import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadKnowledge } from '../../../src/knowledge/load.js';
import { resolveExplainQuery, resolveModelQuery } from '../../../src/knowledge/topicQuery.js';
import type { KnowledgeBase } from '../../../src/knowledge/types.js';
import { REPO_ROOT } from './fixtures.js';

/** Share of typed names that must land on the topic the student meant (issue 11). */
const TARGET = 0.95;

const TopicSetSchema = z.strictObject({
	explain: z.array(z.strictObject({ name: z.coerce.string(), topic: z.string() })).min(1),
	compare: z
		.array(
			z.strictObject({
				first: z.coerce.string(),
				second: z.coerce.string(),
				expect: z.tuple([z.string(), z.string()]),
				same: z.boolean().optional(),
			}),
		)
		.min(1),
});
type TopicSet = z.output<typeof TopicSetSchema>;

let knowledge: KnowledgeBase;
let set: TopicSet;

beforeAll(async () => {
	const dir = path.join(REPO_ROOT, 'knowledge');
	knowledge = await loadKnowledge(path.join(dir, 'knowledge.json'));
	set = TopicSetSchema.parse(parse(await readFile(path.join(dir, 'eval', 'topics.yaml'), 'utf8')));
});

/** What /explain shows for the name: a topic id, "pipeline", or "unknown". */
function explained(name: string): string {
	const target = resolveExplainQuery(knowledge, name);
	return target.kind === 'topic' ? target.topic.id : target.kind;
}

/** What /compare picks for the name: a model id, or why it refuses. */
function picked(name: string): string {
	const pick = resolveModelQuery(knowledge, name);
	return pick.kind === 'model' ? pick.topic.id : `${pick.kind}${pick.kind === 'notModel' ? `:${pick.topic.id}` : ''}`;
}

function report(label: string, misses: readonly string[], total: number): number {
	const share = (total - misses.length) / total;
	console.log(`${label}: ${String(total - misses.length)}/${String(total)} (${(share * 100).toFixed(1)}%)`);
	for (const miss of misses) console.log(`  ✗ ${miss}`);
	return share;
}

describe('topic names as students type them (knowledge/eval/topics.yaml)', () => {
	it('names only topics that exist', () => {
		const ids = new Set(knowledge.topics.map((topic) => topic.id));
		const named = [...set.explain.map((item) => item.topic), ...set.compare.flatMap((item) => item.expect)];
		expect(named.filter((id) => !ids.has(id))).toEqual([]);
		for (const item of set.compare) expect(item.expect[0] === item.expect[1]).toBe(item.same === true);
	});

	it(`/explain resolves at least ${String(TARGET * 100)}% of them to the topic meant`, () => {
		const misses = set.explain.flatMap(({ name, topic }) => {
			const got = explained(name);
			return got === topic ? [] : [`"${name}" → ${got} (meant ${topic})`];
		});
		expect(report('/explain', misses, set.explain.length)).toBeGreaterThanOrEqual(TARGET);
	});

	it(`autocomplete offers the topic meant first for at least ${String(TARGET * 100)}% of them`, () => {
		const misses = set.explain.flatMap(({ name, topic }) => {
			const first = knowledge.search(name, { limit: 1 })[0]?.topic.id ?? 'nothing';
			return first === topic ? [] : [`"${name}" → ${first} (meant ${topic})`];
		});
		expect(report('autocomplete', misses, set.explain.length)).toBeGreaterThanOrEqual(TARGET);
	});

	it(`/compare picks the pair meant for at least ${String(TARGET * 100)}% of them, "same model" included`, () => {
		const misses = set.compare.flatMap(({ first, second, expect: meant }) => {
			const got = [picked(first), picked(second)];
			return got[0] === meant[0] && got[1] === meant[1]
				? []
				: [`"${first}" vs "${second}" → ${got.join(' vs ')} (meant ${meant.join(' vs ')})`];
		});
		expect(report('/compare', misses, set.compare.length)).toBeGreaterThanOrEqual(TARGET);
	});
});
