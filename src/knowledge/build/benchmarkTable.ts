import { foldKey } from '../fold.js';
import type { Benchmark, BenchmarkTable, Score, ScoreUnit, SourceInfo, Topic } from '../types.js';
import type { TextFile } from './build.js';
import { BenchmarkTableFileSchema } from './benchmarkTableSchema.js';
import type { BenchmarkEntry, ScoreRow } from './benchmarkTableSchema.js';
import type { BuildIssue } from './issues.js';
import type { YamlPath } from './parseOverlay.js';
import { compareText } from './serialize.js';
import { splitSourceRef, toSourceRef } from './sourceRefs.js';
import { parseYamlFile } from './yamlFile.js';

export interface BenchmarkTableResult {
	/** Built from the entries that passed; undefined when the file cannot be read as a table at all. */
	readonly table: BenchmarkTable | undefined;
	readonly issues: readonly BuildIssue[];
}

type Report = (path: YamlPath, message: string) => void;

interface Context {
	readonly topics: ReadonlyMap<string, Topic>;
	readonly sources: ReadonlyMap<string, SourceInfo>;
	readonly lineOf: (path: YamlPath) => number;
}

/** Parses knowledge/benchmarks.yaml and checks it against the built topics and sources; issues carry file:line. */
export function buildBenchmarkTable(
	file: TextFile,
	topics: readonly Topic[],
	sources: ReadonlyMap<string, SourceInfo>,
): BenchmarkTableResult {
	const parsed = parseYamlFile(file, BenchmarkTableFileSchema);
	if (!parsed.ok) return { table: undefined, issues: parsed.issues };
	const { data, lineOf } = parsed;
	const issues: BuildIssue[] = [];
	const report: Report = (path, message) => {
		issues.push({ file: file.path, line: lineOf(path), message });
	};
	const context: Context = { topics: new Map(topics.map((topic) => [topic.id, topic])), sources, lineOf };

	const benchmarks = checkBenchmarks(data.benchmarks, topics, context, report);
	const known = new Set(benchmarks.map((benchmark) => benchmark.id));
	const scores = checkScores(data.scores, known, context, report);
	data.benchmarks.forEach((entry, index) => {
		if (!scores.some((score) => score.benchmark === entry.id)) {
			report(['benchmarks', index, 'id'], `benchmark "${entry.id}" has no scores`);
		}
	});
	return {
		table: { benchmarks: benchmarks.sort((a, b) => compareText(a.id, b.id)), scores: scores.sort(compareScores) },
		issues,
	};
}

/** Ids unique, each names a benchmark topic, and no name of one benchmark is a name of another or of another topic. */
function checkBenchmarks(
	entries: readonly BenchmarkEntry[],
	topics: readonly Topic[],
	{ topics: topicsById, lineOf }: Context,
	report: Report,
): Benchmark[] {
	const topicByName = new Map<string, Topic>();
	for (const topic of topics) {
		for (const name of [topic.id, topic.title, ...topic.aliases]) {
			if (!topicByName.has(foldKey(name))) topicByName.set(foldKey(name), topic);
		}
	}
	const firstIndex = new Map<string, number>();
	const owners = new Map<string, { id: string; path: YamlPath }>();
	return entries.flatMap((entry, index): Benchmark[] => {
		const at: Report = (path, message) => {
			report(['benchmarks', index, ...path], `benchmark "${entry.id}": ${message}`);
		};
		const first = firstIndex.get(entry.id);
		if (first !== undefined) {
			at(['id'], `duplicate id (first on line ${lineOf(['benchmarks', first, 'id'])})`);
			return [];
		}
		firstIndex.set(entry.id, index);
		const topic = topicsById.get(entry.topic);
		if (!topic) at(['topic'], `topic "${entry.topic}" does not exist`);
		else if (topic.kind !== 'benchmark') at(['topic'], `topic "${entry.topic}" is a ${topic.kind}, not a benchmark`);

		const names: [string, YamlPath][] = [
			[entry.id, ['id']],
			[entry.name, ['name']],
			...entry.aliases.map((alias, j): [string, YamlPath] => [alias, ['aliases', j]]),
		];
		for (const [name, path] of names) {
			const key = foldKey(name);
			const owner = owners.get(key);
			const named = topicByName.get(key);
			if (key === '') at(path, `name "${name}" has no letters or digits`);
			else if (owner && owner.id !== entry.id) {
				at(path, `name "${name}" is also a name of benchmark "${owner.id}" (line ${lineOf(owner.path)})`);
			} else if (named && named.id !== entry.topic) {
				at(path, `name "${name}" is a name of topic "${named.id}", not of this benchmark's topic "${entry.topic}"`);
			} else if (!owner) owners.set(key, { id: entry.id, path: ['benchmarks', index, ...path] });
		}
		return [
			{ id: entry.id, name: entry.name, topic: entry.topic, aliases: [...new Set(entry.aliases)].sort(compareText) },
		];
	});
}

/** Flattens the rows into scores, keeping only figures that pass every check. */
function checkScores(
	rows: readonly ScoreRow[],
	benchmarks: ReadonlySet<string>,
	context: Context,
	report: Report,
): Score[] {
	const { topics, sources, lineOf } = context;
	const seen = new Map<string, YamlPath>();
	const units = new Map<string, { unit: ScoreUnit; path: YamlPath }>();
	return rows.flatMap((row, index): Score[] => {
		const at: Report = (path, message) => {
			report(['scores', index, ...path], `score row ${row.benchmark} ${row.metric} (${row.source}): ${message}`);
		};
		const isKnownBenchmark = benchmarks.has(row.benchmark);
		if (!isKnownBenchmark) at(['benchmark'], `benchmark "${row.benchmark}" is not listed under benchmarks`);
		const { key, locator } = splitSourceRef(row.source);
		if (!sources.has(key)) at(['source'], `unknown source "${key}" (known: ${[...sources.keys()].sort().join(', ')})`);
		const measure = `${row.benchmark}\u0000${foldKey(row.metric)}`;
		const unitOwner = units.get(measure);
		if (!unitOwner) units.set(measure, { unit: row.unit, path: ['scores', index, 'unit'] });
		else if (unitOwner.unit !== row.unit) {
			at(
				['unit'],
				`unit "${row.unit}" differs from "${unitOwner.unit}" for the same metric (line ${lineOf(unitOwner.path)})`,
			);
		}
		for (const model of Object.keys(row.notes)) {
			if (!Object.hasOwn(row.values, model))
				at(['notes', model], `note for "${model}", which has no figure in this row`);
		}

		const source = toSourceRef(row.source, sources);
		return Object.entries(row.values).flatMap(([model, value]): Score[] => {
			const problem = modelProblem(model, topics.get(model)) ?? valueProblem(row.unit, value);
			if (problem !== undefined) {
				at(['values', model], problem);
				return [];
			}
			const identity = `${model}\u0000${measure}\u0000${key} ${locator}`;
			const earlier = seen.get(identity);
			if (earlier) {
				at(
					['values', model],
					`"${model}" already has a figure for this metric from this source (line ${lineOf(earlier)})`,
				);
				return [];
			}
			seen.set(identity, ['scores', index, 'values', model]);
			if (!isKnownBenchmark) return [];
			const note = row.notes[model] ?? null;
			return [{ model, benchmark: row.benchmark, metric: row.metric, unit: row.unit, value, source, note }];
		});
	});
}

function modelProblem(id: string, topic: Topic | undefined): string | undefined {
	if (!topic) return `"${id}" is not a topic`;
	return topic.kind === 'model' ? undefined : `"${id}" is a ${topic.kind} topic, not a model`;
}

function valueProblem(unit: ScoreUnit, value: number): string | undefined {
	switch (unit) {
		case 'percent':
			return value >= 0 && value <= 100 ? undefined : `${value} is not a percent (0-100)`;
		case 'rating':
			return Number.isInteger(value) && value > 0 ? undefined : `${value} is not a rating (a positive whole number)`;
	}
}

function compareScores(a: Score, b: Score): number {
	return (
		compareText(a.benchmark, b.benchmark) ||
		compareText(a.metric, b.metric) ||
		compareText(a.model, b.model) ||
		compareText(a.source.label, b.source.label)
	);
}
