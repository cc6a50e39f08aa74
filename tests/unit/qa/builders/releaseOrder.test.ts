import { beforeAll, describe, expect, it } from 'vitest';
import type { QaEngine } from '../../../../src/qa/engine.js';
import { expectCovered, loadRealQa } from '../fixtures.js';

let engine: QaEngine;

beforeAll(async () => {
	({ engine } = await loadRealQa());
});

describe('releaseOrder: which of two models came out first', () => {
	it.each([
		['what came first, o1 or v3', '**OpenAI o1** came first (2024-09-12), then **DeepSeek-V3** (2024-12-26).'],
		['did r1 come out before v3', '**DeepSeek-V3** came first (2024-12-26), then **DeepSeek-R1** (2025-01-20).'],
		[
			'is o3-mini newer than o1-mini',
			'**OpenAI o1-mini** came first (2024-09-12), then **OpenAI o3-mini** (2025-01-31).',
		],
	])('GIVEN %j THEN %s, each date with its line', (question, lead) => {
		const { text } = expectCovered(engine.answer(question));
		expect(text.split('\n')[0]).toBe(lead);
		expect(text.split('\n')).toHaveLength(3);
	});

	it('GIVEN "what came first, o1 or v3" THEN each source listed once', () => {
		const { sources } = expectCovered(engine.answer('what came first, o1 or v3'));
		expect(new Set(sources).size).toBe(sources.length);
		expect(sources.join('; ').split('; ')).toHaveLength(new Set(sources.join('; ').split('; ')).size);
	});

	it.each([
		'why is r1 worse than v3 on chinese simpleqa, isnt it the newer model',
		'which came first o1 full release or o3 announcement',
		'is r1 better than v3',
	])('GIVEN %j (a reason, another event, no order) THEN no release order', (question) => {
		expect(engine.answer(question).text).not.toMatch(/came first \(/);
	});
});
