import type { Benchmark, Score, Topic } from '../../knowledge/types.js';
import { composeAnswer, notCovered, type Line, type QaAnswer } from '../answer.js';
import { byValue, formatScore, formatValue } from '../scores.js';
import type { AnswerContext } from './context.js';
import { retrievedAnswer } from './retrieved.js';

/** Benchmarks shown when a question asks for a model's scores without naming one. */
const HEADLINE_FIGURES = 4;
/** Models listed for a benchmark asked about on its own. */
const ROW_LENGTH = 6;

/** Figures from the model × benchmark table: one model, several, or a benchmark's whole row. */
export function scoreAnswer(ctx: AnswerContext): QaAnswer {
	const { question, knowledge } = ctx;
	const table = knowledge.benchmarks;
	const models = question.topics.filter((topic) => topic.kind === 'model');
	const benchmark = namedBenchmark(ctx);
	const name = (id: string): string => knowledge.topics.find((topic) => topic.id === id)?.title ?? id;
	const cite = (scores: readonly Score[]): string => [...new Set(scores.map((score) => score.source.label))].join('; ');

	if (benchmark && models.length > 0) {
		const found = models.map((model) => ({ model, scores: scoresOf(table.scores, model.id, benchmark.id) }));
		const missing = found.filter((entry) => entry.scores.length === 0).map((entry) => entry.model);
		const present = found.filter((entry) => entry.scores.length > 0);
		const [leading] = present;
		if (!leading)
			return notCovered(
				'score',
				[...models, ctx.topicById(benchmark.topic)].filter((topic): topic is Topic => topic !== undefined),
				`Our sources give no ${benchmark.name} figure for ${missing.map((model) => model.title).join(' or ')}.`,
			);
		const parts = present.map(
			(entry) => `**${entry.model.title}** ${entry.scores.map((score) => formatScore(score)).join(', ')}`,
		);
		const all = present.flatMap((entry) => entry.scores);
		const lead = `On ${benchmark.name}: ${parts.join(' vs ')}.${comparison(present)}`;
		const support: Line[] = [];
		for (const entry of missing)
			support.push({ text: `Our sources give no ${benchmark.name} figure for ${entry.title}.`, source: cite(all) });
		for (const score of all) if (score.note) support.push({ text: score.note, source: score.source.label });
		return composeAnswer('score', leading.model, { text: lead, source: cite(all) }, support, { direct: true });
	}
	if (benchmark) {
		const row = table.scores.filter((score) => score.benchmark === benchmark.id);
		const metric = row[0]?.metric;
		const shown = row
			.filter((score) => score.metric === metric)
			.sort(byValue)
			.slice(0, ROW_LENGTH);
		const topic = ctx.topicById(benchmark.topic);
		if (shown.length === 0 || !topic) return retrievedAnswer(ctx, 'score');
		const figures = shown.map((score) => `${name(score.model)} ${formatValue(score)}`).join(' · ');
		const lead = `On ${benchmark.name} (${metric ?? ''}): ${figures}.`;
		return composeAnswer(
			'score',
			topic,
			{ text: lead, source: cite(shown) },
			[{ text: topic.summary, source: topic.source.label }],
			{ direct: true },
		);
	}
	const [model] = models;
	if (model) {
		const figures = table.scores.filter((score) => score.model === model.id).slice(0, HEADLINE_FIGURES);
		if (figures.length === 0)
			return notCovered('score', [model], `Our sources give no benchmark figures for ${model.title}.`);
		const benchmarkName = (score: Score): string =>
			table.benchmarks.find((entry) => entry.id === score.benchmark)?.name ?? score.benchmark;
		const lead = `**${model.title}** in the paper: ${figures.map((score) => `${benchmarkName(score)} ${formatScore(score)}`).join(', ')}.`;
		return composeAnswer('score', model, { text: lead, source: cite(figures) }, [], { direct: true });
	}
	return retrievedAnswer(ctx, 'score');
}

/** The benchmark a question names: a score-table name, else the table entry of a named benchmark topic. */
function namedBenchmark(ctx: AnswerContext): Benchmark | undefined {
	const { entities } = ctx.question;
	const { benchmarks } = ctx.knowledge.benchmarks;
	for (const match of entities) {
		if (match.benchmark) return match.benchmark;
		if (match.topic.kind === 'benchmark') {
			const own =
				benchmarks.find((entry) => entry.id === match.topic.id) ??
				benchmarks.find((entry) => entry.topic === match.topic.id);
			if (own) return own;
		}
	}
	return undefined;
}

function scoresOf(scores: readonly Score[], model: string, benchmark: string): Score[] {
	return scores.filter((score) => score.model === model && score.benchmark === benchmark);
}

/** " DeepSeek-R1 is higher." when two models share a metric. */
function comparison(present: readonly { model: Topic; scores: readonly Score[] }[]): string {
	if (present.length < 2) return '';
	const metric = present[0]?.scores[0]?.metric;
	const comparable = present.flatMap((entry) => {
		const score = entry.scores.find((candidate) => candidate.metric === metric);
		return score ? [{ model: entry.model, score }] : [];
	});
	if (comparable.length < 2) return '';
	const sorted = [...comparable].sort((a, b) => byValue(a.score, b.score));
	const [top, second] = sorted;
	if (!top || !second) return '';
	if (top.score.value === second.score.value) return ' They are level.';
	return ` **${top.model.title}** is higher.`;
}
