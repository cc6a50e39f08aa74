import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkBenchmarkProse } from '../../../src/knowledge/build/benchmarkProse.js';
import { buildBenchmarkTable } from '../../../src/knowledge/build/benchmarkTable.js';
import { buildKnowledge, readBuildInput } from '../../../src/knowledge/build/build.js';
import type { TextFile } from '../../../src/knowledge/build/build.js';
import { parseOverlay } from '../../../src/knowledge/build/parseOverlay.js';
import type { BenchmarkTable, SourceInfo, Topic, TopicKind } from '../../../src/knowledge/types.js';
import { edited, lineOf, readMiniInput, REPO_ROOT } from './fixtures.js';

function topic(id: string, kind: TopicKind, aliases: readonly string[] = []): Topic {
	return {
		id,
		kind,
		title: id,
		aliases,
		summary: `About ${id}.`,
		plain: null,
		questions: [],
		unstated: [],
		explanation: ['Text.'],
		facts: [],
		factChecks: [],
		related: [],
		source: { key: 'P', locator: '', label: 'Paper' },
		order: null,
		attributes: null,
		later: false,
		origin: { file: 'sources/notes.md', heading: id },
	};
}

const TOPICS = [
	topic('deepseek-r1', 'model', ['r1']),
	topic('gpt-4o', 'model'),
	topic('aime-2024', 'benchmark', ['aime']),
	topic('mmlu', 'benchmark', ['mmlu-pro']),
	topic('codeforces', 'benchmark'),
	topic('grpo', 'concept'),
];

const SOURCES = new Map<string, SourceInfo>(
	['P', 'RM'].map((key) => [key, { key, title: key, short: key, author: null, date: null, url: null }]),
);

const TABLE: TextFile = {
	path: 'knowledge/benchmarks.yaml',
	text: `benchmarks:
  - id: aime-2024
    name: AIME 2024
    topic: aime-2024
    aliases: [aime24]
  - id: mmlu-pro
    name: MMLU-Pro
    topic: mmlu
  - id: codeforces
    name: Codeforces
    topic: codeforces
    aliases: [cf]
scores:
  - benchmark: aime-2024
    metric: pass@1
    unit: percent
    source: P Table 4
    values: { gpt-4o: 9.3, deepseek-r1: 79.8 }
    notes: { gpt-4o: The README differs. }
  - benchmark: codeforces
    metric: rating
    unit: rating
    source: P Table 4
    values: { deepseek-r1: 2029 }
  - benchmark: mmlu-pro
    metric: score
    unit: percent
    source: RM
    values: { deepseek-r1: 84.0 }
`,
};

/** The issue messages for the table with `search` replaced, and the edited text (for line numbers). */
function tableIssues(search: string, replacement: string): { messages: string[]; text: string } {
	const changed = edited(TABLE, search, replacement);
	const { issues } = buildBenchmarkTable(changed, TOPICS, SOURCES);
	return { messages: issues.map((issue) => `${issue.file}:${issue.line}: ${issue.message}`), text: changed.text };
}

describe('buildBenchmarkTable', () => {
	it('flattens the rows into sorted scores with labelled sources and notes', () => {
		const { table, issues } = buildBenchmarkTable(TABLE, TOPICS, SOURCES);
		expect(issues).toEqual([]);
		expect(table?.benchmarks.map((benchmark) => benchmark.id)).toEqual(['aime-2024', 'codeforces', 'mmlu-pro']);
		expect(table?.scores.map((score) => [score.benchmark, score.model, score.value])).toEqual([
			['aime-2024', 'deepseek-r1', 79.8],
			['aime-2024', 'gpt-4o', 9.3],
			['codeforces', 'deepseek-r1', 2029],
			['mmlu-pro', 'deepseek-r1', 84],
		]);
		expect(table?.scores[1]).toEqual({
			model: 'gpt-4o',
			benchmark: 'aime-2024',
			metric: 'pass@1',
			unit: 'percent',
			value: 9.3,
			source: { key: 'P', locator: 'Table 4', label: 'P Table 4' },
			note: 'The README differs.',
		});
		expect(table?.scores[0]?.note).toBeNull();
	});

	it('rejects a duplicate benchmark id at the second occurrence', () => {
		const { messages, text } = tableIssues('  - id: codeforces', '  - id: mmlu-pro');
		const second = text.split('\n').findLastIndex((line) => line.includes('- id: mmlu-pro')) + 1;
		expect(messages).toContain(
			`${TABLE.path}:${second}: benchmark "mmlu-pro": duplicate id (first on line ${lineOf(text, '- id: mmlu-pro')})`,
		);
	});

	it('rejects a benchmark whose topic does not exist or is not a benchmark topic', () => {
		const missing = tableIssues('topic: mmlu\n', 'topic: mmlux\n');
		expect(missing.messages).toContain(
			`${TABLE.path}:${lineOf(missing.text, 'topic: mmlux')}: benchmark "mmlu-pro": topic "mmlux" does not exist`,
		);
		const concept = tableIssues('topic: mmlu\n', 'topic: grpo\n');
		expect(concept.messages).toContain(
			`${TABLE.path}:${lineOf(concept.text, 'topic: grpo')}: benchmark "mmlu-pro": topic "grpo" is a concept, not a benchmark`,
		);
	});

	it('rejects a name shared by two benchmarks, and a name that belongs to another topic', () => {
		const shared = tableIssues('aliases: [cf]', 'aliases: [cf, AIME-24]');
		expect(shared.messages).toContain(
			`${TABLE.path}:${lineOf(shared.text, 'AIME-24]')}: benchmark "codeforces": name "AIME-24" is also a name of benchmark "aime-2024" (line ${lineOf(shared.text, 'aliases: [aime24]')})`,
		);
		const taken = tableIssues('aliases: [cf]', 'aliases: [cf, r1]');
		expect(taken.messages).toContain(
			`${TABLE.path}:${lineOf(taken.text, 'aliases: [cf, r1]')}: benchmark "codeforces": name "r1" is a name of topic "deepseek-r1", not of this benchmark's topic "codeforces"`,
		);
	});

	it('rejects a model key that is not a topic, or not a model', () => {
		const unknown = tableIssues('values: { deepseek-r1: 2029 }', 'values: { deepseek-r2: 2029 }');
		expect(unknown.messages).toContain(
			`${TABLE.path}:${lineOf(unknown.text, 'deepseek-r2: 2029')}: score row codeforces rating (P Table 4): "deepseek-r2" is not a topic`,
		);
		const concept = tableIssues('values: { deepseek-r1: 84.0 }', 'values: { grpo: 84.0 }');
		expect(concept.messages).toContain(
			`${TABLE.path}:${lineOf(concept.text, 'grpo: 84.0')}: score row mmlu-pro score (RM): "grpo" is a concept topic, not a model`,
		);
	});

	it('rejects an unknown source key and an unknown benchmark', () => {
		const { messages, text } = tableIssues('    source: RM\n', '    source: XYZ §2\n');
		expect(messages).toContain(
			`${TABLE.path}:${lineOf(text, 'source: XYZ')}: score row mmlu-pro score (XYZ §2): unknown source "XYZ" (known: P, RM)`,
		);
		const benchmark = tableIssues('  - benchmark: mmlu-pro', '  - benchmark: mmlu-max');
		expect(benchmark.messages).toContain(
			`${TABLE.path}:${lineOf(benchmark.text, 'benchmark: mmlu-max')}: score row mmlu-max score (RM): benchmark "mmlu-max" is not listed under benchmarks`,
		);
	});

	it('rejects a percent outside 0-100 and a rating that is not a positive whole number', () => {
		const percent = tableIssues('deepseek-r1: 79.8', 'deepseek-r1: 179.8');
		expect(percent.messages).toContain(
			`${TABLE.path}:${lineOf(percent.text, '179.8')}: score row aime-2024 pass@1 (P Table 4): 179.8 is not a percent (0-100)`,
		);
		const rating = tableIssues('deepseek-r1: 2029', 'deepseek-r1: 2029.5');
		expect(rating.messages).toContain(
			`${TABLE.path}:${lineOf(rating.text, '2029.5')}: score row codeforces rating (P Table 4): 2029.5 is not a rating (a positive whole number)`,
		);
		expect(tableIssues('deepseek-r1: 2029', 'deepseek-r1: -3').messages.join('\n')).toContain(
			'-3 is not a rating (a positive whole number)',
		);
	});

	it('rejects a second figure for the same model, benchmark, metric and source', () => {
		const row = '  - benchmark: mmlu-pro\n    metric: score\n    unit: percent\n    source: RM\n';
		const { messages, text } = tableIssues(
			`${row}    values: { deepseek-r1: 84.0 }\n`,
			`${row}    values: { deepseek-r1: 84.0 }\n${row}    values: { deepseek-r1: 85.0 }\n`,
		);
		expect(messages).toEqual([
			`${TABLE.path}:${lineOf(text, 'deepseek-r1: 85.0')}: score row mmlu-pro score (RM): "deepseek-r1" already has a figure for this metric from this source (line ${lineOf(text, 'deepseek-r1: 84.0')})`,
		]);
	});

	it('rejects a unit that differs from an earlier row of the same metric', () => {
		const { messages, text } = tableIssues(
			'    values: { deepseek-r1: 84.0 }\n',
			'    values: { deepseek-r1: 84.0 }\n  - benchmark: codeforces\n    metric: Rating\n    unit: percent\n    source: RM\n    values: { gpt-4o: 50 }\n',
		);
		const unitLine = text.split('\n').findLastIndex((line) => line.includes('unit: percent')) + 1;
		expect(messages).toEqual([
			`${TABLE.path}:${unitLine}: score row codeforces Rating (RM): unit "percent" differs from "rating" for the same metric (line ${lineOf(text, 'unit: rating')})`,
		]);
	});

	it('rejects a note on a model that has no figure in the row', () => {
		const { messages, text } = tableIssues(
			'notes: { gpt-4o: The README differs. }',
			'notes: { gpt-5: The README differs. }',
		);
		expect(messages).toEqual([
			`${TABLE.path}:${lineOf(text, 'gpt-5')}: score row aime-2024 pass@1 (P Table 4): note for "gpt-5", which has no figure in this row`,
		]);
	});

	it('rejects a benchmark with no scores', () => {
		const { messages, text } = tableIssues('  - benchmark: mmlu-pro', '  - benchmark: codeforces');
		expect(messages).toContain(`${TABLE.path}:${lineOf(text, '- id: mmlu-pro')}: benchmark "mmlu-pro" has no scores`);
	});

	it('reports YAML and shape errors with file and line', () => {
		const shape = tableIssues('    unit: rating\n', '    unit: elo\n');
		expect(shape.messages).toHaveLength(1);
		expect(shape.messages[0]).toMatch(
			new RegExp(`^${TABLE.path}:${lineOf(shape.text, 'unit: elo')}: scores\\.1\\.unit: `),
		);
		const syntax = tableIssues('values: { deepseek-r1: 2029 }', 'values: { deepseek-r1: 2029');
		expect(syntax.messages[0]).toMatch(new RegExp(`^${TABLE.path}:\\d+: `));
	});
});

const OVERLAY = `sources:
  P: { title: Paper, short: Paper, author: null, date: null, url: null }
topics:
  - id: deepseek-r1
    kind: model
    title: DeepSeek-R1
    aliases: [r1]
    summary: A model.
    source: P
    attributes:
      whatItIs: null
      baseAndSize: null
      training: null
      strengths: null
      benchmarks:
        text: 'pass@1 on AIME 2024 79.8 in Table 4 of the R1 paper (671B, released 2025-01-20, beside o1-1217); Codeforces 2029.'
        source: P
      cost: null
      availability: null
  - id: gpt-4o
    kind: model
    title: GPT-4o
    summary: Another model.
    source: P
    attributes:
      whatItIs: null
      baseAndSize: null
      training: null
      strengths: null
      benchmarks:
        text: 'AIME 2024 9.3. R1: 79.8, 2029.'
        source: P
      cost: null
      availability: null
`;

describe('checkBenchmarkProse', () => {
	let table: BenchmarkTable;
	beforeAll(() => {
		const built = buildBenchmarkTable(TABLE, TOPICS, SOURCES).table;
		if (!built) throw new Error('the test table does not build');
		table = built;
	});
	const proseIssues = (search: string, replacement: string): { messages: string[]; text: string } => {
		const text = edited({ path: 'knowledge/overlay.yaml', text: OVERLAY }, search, replacement).text;
		const issues = checkBenchmarkProse(parseOverlay('knowledge/overlay.yaml', text), table, TABLE.path);
		return { messages: issues.map((issue) => `${issue.file}:${issue.line}: ${issue.message}`), text };
	};

	it('accepts figures that are in the table; names, sizes, dates and table numbers are not figures', () => {
		expect(proseIssues('A model.', 'A model.').messages).toEqual([]);
	});

	it('rejects a figure that the table does not list for the model', () => {
		const { messages, text } = proseIssues('AIME 2024 79.8 in', 'AIME 2024 79.9 in');
		expect(messages).toEqual([
			`knowledge/overlay.yaml:${lineOf(text, '79.9')}: model "deepseek-r1": its benchmarks text gives 79.9, which ${TABLE.path} does not list for "deepseek-r1"`,
		]);
	});

	it('checks the figures after a "Name:" label against the model it names', () => {
		const { messages } = proseIssues('R1: 79.8, 2029.', 'R1: 79.8, 9.3.');
		expect(messages).toEqual([
			expect.stringContaining(
				'model "gpt-4o": its benchmarks text gives 9.3, which knowledge/benchmarks.yaml does not list for "deepseek-r1"',
			),
		]);
		expect(proseIssues('AIME 2024 9.3.', 'AIME 2024 79.8.').messages).toEqual([
			expect.stringContaining('gives 79.8, which knowledge/benchmarks.yaml does not list for "gpt-4o"'),
		]);
	});
});

describe('the real score table', () => {
	const knowledgeDir = path.join(REPO_ROOT, 'knowledge');
	let table: BenchmarkTable | undefined;
	beforeAll(async () => {
		table = buildKnowledge(await readBuildInput(knowledgeDir)).file.benchmarks;
	});
	const figure = (model: string, benchmark: string, metric: string, locator: string) =>
		table?.scores.find(
			(score) =>
				score.model === model &&
				score.benchmark === benchmark &&
				score.metric === metric &&
				score.source.locator === locator,
		)?.value;

	it('is read from knowledge/benchmarks.yaml and built into the knowledge file', async () => {
		expect((await readBuildInput(knowledgeDir)).benchmarks?.path).toBe(path.join(knowledgeDir, 'benchmarks.yaml'));
		expect(table?.benchmarks.length).toBeGreaterThanOrEqual(20);
		expect(table?.scores.length).toBeGreaterThanOrEqual(100);
	});

	it('has the fact sheet figures', () => {
		expect(figure('deepseek-r1', 'aime-2024', 'pass@1', 'Table 4')).toBe(79.8);
		expect(figure('r1-distill-qwen-32b', 'aime-2024', 'pass@1', 'Table 5')).toBe(72.6);
		expect(figure('deepseek-r1-zero', 'aime-2024', 'cons@64', 'Table 2')).toBe(86.7);
		expect(figure('deepseek-r1', 'codeforces', 'rating', 'Table 4')).toBe(2029);
		expect(figure('deepseek-r1', 'codeforces', 'percentile', 'Table 4')).toBe(96.3);
		const units = table?.scores.filter((score) => score.benchmark === 'codeforces').map((score) => score.unit);
		expect(new Set(units)).toEqual(new Set(['rating', 'percent']));
	});

	it('keeps both figures where the paper and the README disagree, each with a note', () => {
		const qwq = table?.scores.filter((score) => score.model === 'qwq-32b-preview' && score.benchmark === 'aime-2024');
		expect(qwq?.map((score) => [score.source.key, score.value]).sort()).toEqual([
			['P', 50],
			['P', 50],
			['RM', 44],
		]);
		expect(qwq?.every((score) => score.note !== null)).toBe(true);
		expect(figure('gpt-4o', 'livecodebench', 'pass@1', '')).toBe(34.2);
	});

	it('is left out of a knowledge file built without one', async () => {
		const input = await readMiniInput();
		expect(input.benchmarks).toBeUndefined();
		expect(buildKnowledge(input).file).not.toHaveProperty('benchmarks');
	});
});
