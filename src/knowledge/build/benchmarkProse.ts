import { foldKey } from '../fold.js';
import type { BenchmarkTable } from '../types.js';
import type { BuildIssue } from './issues.js';
import type { ParsedOverlay } from './parseOverlay.js';

/**
 * Every figure in a model's `attributes.benchmarks` text must be in the score table for that model, so the prose
 * and the table cannot drift apart. A "Name:" label naming another model ("Qwen-32B: 72.6, …") hands the figures
 * after it to that model, which lets a family topic quote its members.
 */
export function checkBenchmarkProse(parsed: ParsedOverlay, table: BenchmarkTable, tableFile: string): BuildIssue[] {
	const { overlay, file, lineOf } = parsed;
	const modelByName = new Map<string, string>();
	for (const topic of overlay.topics) {
		if (topic.kind !== 'model') continue;
		for (const name of [topic.id, topic.title, ...topic.aliases]) modelByName.set(foldKey(name), topic.id);
	}
	const figures = new Map<string, Set<number>>();
	for (const score of table.scores) figures.set(score.model, (figures.get(score.model) ?? new Set()).add(score.value));
	const benchmarkNames = namePattern(table.benchmarks.flatMap((benchmark) => [benchmark.name, ...benchmark.aliases]));

	const issues: BuildIssue[] = [];
	overlay.topics.forEach((topic, index) => {
		const text = topic.attributes?.benchmarks?.text;
		if (topic.kind !== 'model' || text === undefined) return;
		for (const { model, figure } of figuresByModel(text, topic.id, modelByName, benchmarkNames)) {
			if (figures.get(model)?.has(Number(figure))) continue;
			issues.push({
				file,
				line: lineOf(['topics', index, 'attributes', 'benchmarks', 'text']),
				message: `model "${topic.id}": its benchmarks text gives ${figure}, which ${tableFile} does not list for "${model}"`,
			});
		}
	});
	return issues;
}

/** "Name:" where the name is a model's; anything else before a colon ("pass@1:") is not a label. */
const LABEL = /(?<=^|\s)([^\s:]+):(?=\s)/g;
/** A number standing alone: not part of a name ("o1-1217", "MATH-500"), a size ("32B"), a price ("$0.55") or a date. */
const NUMBER = /(?<![\w.@$§-])\d+(?:\.\d+)?(?![\w-]|\.\d)/g;
/** "Table 2", "Tables 5 and 6" are references, not figures. */
const REFERENCE = /\bTables?\s+\d+(?:\s*(?:,|and)\s*\d+)*/gi;

function figuresByModel(
	text: string,
	ownModel: string,
	modelByName: ReadonlyMap<string, string>,
	benchmarkNames: RegExp,
): { model: string; figure: string }[] {
	const found: { model: string; figure: string }[] = [];
	let model = ownModel;
	let start = 0;
	const collect = (end: number): void => {
		const segment = text.slice(start, end).replace(benchmarkNames, ' ').replace(REFERENCE, ' ');
		for (const [figure] of segment.matchAll(NUMBER)) {
			// Single digits are counts or table numbers; every score in the table has two digits or a decimal point.
			if (figure.length > 1 || figure.includes('.')) found.push({ model, figure });
		}
	};
	for (const match of text.matchAll(LABEL)) {
		const labelled = modelByName.get(foldKey(match[1] ?? ''));
		if (labelled === undefined) continue;
		collect(match.index);
		model = labelled;
		start = match.index + match[0].length;
	}
	collect(text.length);
	return found;
}

/** Benchmark names as whole words, longest first so "AIME 2024" goes before "AIME" and takes its year with it. */
function namePattern(names: readonly string[]): RegExp {
	if (names.length === 0) return /(?!)/g;
	const escaped = [...new Set(names)]
		.sort((a, b) => b.length - a.length)
		.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
	return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}
