import type { Benchmark, BenchmarkTable, Score } from '../knowledge/types.js';

/** "79.8 (pass@1)", "2029 (rating)": percentages keep the one decimal the papers print. */
export function formatScore(score: Score): string {
	return `${formatValue(score)} (${score.metric})`;
}

export function formatValue(score: Score): string {
	return score.unit === 'percent' ? score.value.toFixed(1) : String(score.value);
}

/** Scores grouped by (benchmark, metric, source): one paper table row each, in table order. */
export function scoreRows(table: BenchmarkTable): { benchmark: Benchmark; metric: string; scores: Score[] }[] {
	const benchmarks = new Map(table.benchmarks.map((benchmark) => [benchmark.id, benchmark]));
	const rows = new Map<string, { benchmark: Benchmark; metric: string; scores: Score[] }>();
	for (const score of table.scores) {
		const benchmark = benchmarks.get(score.benchmark);
		if (!benchmark) continue;
		const key = `${score.benchmark}|${score.metric}|${score.source.label}`;
		const row = rows.get(key) ?? { benchmark, metric: score.metric, scores: [] };
		row.scores.push(score);
		rows.set(key, row);
	}
	return [...rows.values()];
}

/** Highest first; for every metric we hold, higher is better. */
export function byValue(a: Score, b: Score): number {
	return b.value - a.value;
}
