import { describe, expect, it } from 'vitest';
import type { Benchmark, Score } from '../../../src/knowledge/types.js';
import { byValue, formatScore, formatValue, scoreRows } from '../../../src/qa/scores.js';

const table = (label: string) => ({ key: 'P', locator: label, label: `DeepSeek-R1 paper ${label}` });

const score = (overrides: Partial<Score>): Score => ({
	model: 'deepseek-r1',
	benchmark: 'aime-2024',
	metric: 'pass@1',
	unit: 'percent',
	value: 79.8,
	source: table('Table 4'),
	note: null,
	...overrides,
});

const benchmarks: Benchmark[] = [
	{ id: 'aime-2024', name: 'AIME 2024', topic: 'aime-2024', aliases: [] },
	{ id: 'codeforces', name: 'Codeforces', topic: 'codeforces', aliases: [] },
];

describe('formatScore and formatValue', () => {
	it.each([
		[71, '71.0'],
		[79.8, '79.8'],
		[9.3, '9.3'],
		[100, '100.0'],
	])('GIVEN the percentage %d THEN one decimal: %s', (value, shown) => {
		expect(formatValue(score({ value }))).toBe(shown);
		expect(formatScore(score({ value }))).toBe(`${shown} (pass@1)`);
	});

	it.each([
		[2029, '2029'],
		[1134, '1134'],
	])('GIVEN the rating %d THEN as is: %s', (value, shown) => {
		const rating = score({ value, unit: 'rating', metric: 'rating', benchmark: 'codeforces' });
		expect(formatValue(rating)).toBe(shown);
		expect(formatScore(rating)).toBe(`${shown} (rating)`);
	});
});

describe('scoreRows: one row per benchmark, metric and table', () => {
	it('GIVEN figures from two tables and two metrics THEN a row each, in table order', () => {
		const rows = scoreRows({
			benchmarks,
			scores: [
				score({ model: 'deepseek-r1' }),
				score({ model: 'deepseek-r1-zero', metric: 'cons@64', value: 86.7, source: table('Table 2') }),
				score({ model: 'openai-o1', value: 79.2 }),
				score({ model: 'deepseek-r1-zero', value: 71, source: table('Table 2') }),
				score({ model: 'deepseek-r1', benchmark: 'codeforces', metric: 'rating', unit: 'rating', value: 2029 }),
			],
		});
		expect(rows.map((row) => [row.benchmark.id, row.metric, row.scores.map((entry) => entry.model)])).toEqual([
			['aime-2024', 'pass@1', ['deepseek-r1', 'openai-o1']],
			['aime-2024', 'cons@64', ['deepseek-r1-zero']],
			['aime-2024', 'pass@1', ['deepseek-r1-zero']],
			['codeforces', 'rating', ['deepseek-r1']],
		]);
	});

	it('GIVEN a figure for a benchmark the table does not list THEN it is left out', () => {
		const rows = scoreRows({ benchmarks, scores: [score({ benchmark: 'humaneval' }), score({})] });
		expect(rows.flatMap((row) => row.scores.map((entry) => entry.benchmark))).toEqual(['aime-2024']);
	});
});

describe('byValue', () => {
	it('GIVEN figures THEN highest first', () => {
		const sorted = [score({ value: 39.2 }), score({ value: 79.8 }), score({ value: 9.3 }), score({ value: 79.2 })].sort(
			byValue,
		);
		expect(sorted.map((entry) => entry.value)).toEqual([79.8, 79.2, 39.2, 9.3]);
	});
});
