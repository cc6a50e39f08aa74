import type { Benchmark, Score, Topic } from '../../knowledge/types.js';
import { composeAnswer, notCovered, type Line, type QaAnswer } from '../answer.js';
import { summaryLine } from './lead.js';
import { byValue, formatScore, formatValue } from '../scores.js';
import { askedDomains, type Domain } from '../domains.js';
import type { AnswerContext } from './context.js';
import { standingLines } from './crossReferences.js';
import { retrievedAnswer } from './retrieved.js';
import { terms, words } from '../text.js';
import { askedTerms } from '../question.js';

/** Figures shown when a question asks for a model's scores without naming a benchmark. */
const HEADLINE_FIGURES = 4;
/** Models listed for a benchmark asked about on its own. */
const ROW_LENGTH = 6;
/** A model topic with no figures and at least this many member models is a family ("the distills"). */
const MIN_FAMILY = 3;
/** Benchmarks listed in a head-to-head, per side. */
const HEAD_TO_HEAD = 3;

/** Words asking when, which no figure of the table answers. */
const DATE_WORDS = /\b(months?|dates?|dated|years?|period|timeframe)\b/;

/** A comparison with something else: with one model named, the other side is what the question also names. */
const AGAINST = /\b(vs|versus|compare|compared|comparison|against|than|beat|beats|outperforms?)\b/;

function benchmarkTopics(ctx: AnswerContext, benchmarks: readonly Benchmark[]): Topic[] {
	return benchmarks.flatMap((benchmark) => ctx.topicById(benchmark.topic) ?? []);
}

/** Figures from the model × benchmark table: models on benchmarks, a benchmark's row, or two models head to head. */
export function scoreAnswer(ctx: AnswerContext): QaAnswer {
	// "Livecodebench used problems from which months": a question about the benchmark's dates, not its figures.
	if (DATE_WORDS.test(ctx.question.words.join(' '))) {
		const dated = retrievedAnswer(ctx, 'when');
		if (dated.covered) return dated;
	}
	const table = new TableView(ctx, askedMetric(ctx.question.words));
	const named = ctx.question.topics.filter((topic) => topic.kind === 'model');
	const models = table.expandFamilies(named);
	// "For my math homework": a field named instead of a benchmark stands for the benchmarks that measure it.
	const namedTable = namedBenchmarks(ctx);
	const domains = namedTable.length > 0 ? [] : askedDomains(ctx.question.words);
	const benchmarks = namedTable.length > 0 ? namedTable : domainBenchmarks(ctx, domains);
	const [first, second] = models;
	// "What did OpenAI claim o1 got on Codeforces": the figure a maker states on its model's topic, not the paper's.
	const claimed = CLAIM_WORDS.test(ctx.question.words.join(' '))
		? claimedFigure(ctx, table, named, benchmarks)
		: undefined;
	if (claimed) return claimed;
	// "r1-0528 aime score": a later release our score table does not hold; "r1 vs gemini on aime": a model it never
	// mentions. Neither is answered with the figures of the models we do have.
	const later = ctx.question.entities.find((match) => match.topic.later && match.topic.kind !== 'model');
	if (later && models.length === 0) {
		const typed = ctx.question.words.slice(later.start, later.end).join(' ');
		const suggestions = [later.topic, ...benchmarkTopics(ctx, benchmarks)];
		return notCovered('score', suggestions, `Our score table gives no figures for "${typed}".`);
	}
	const [stranger] = ctx.strangeWords();
	if (stranger !== undefined && models.length === 1 && AGAINST.test(ctx.question.words.join(' ')))
		return notCovered('score', models, `Our sources give no figures for "${stranger}".`);
	if (benchmarks.length > 0 && first) {
		// A model compared on benchmarks our sources give it no figure for is not compared on others instead.
		const compared = named.length >= 1 ? models : [];
		const without = compared.find((model) =>
			benchmarks.every((benchmark) => table.scores(model.id, benchmark.id).length === 0),
		);
		if (without) {
			const asked =
				domains.length > 0
					? `${domains.map((domain) => domain.label).join(' or ')} figure (${benchmarkList(benchmarks)})`
					: `${benchmarkList(benchmarks)} figure`;
			return notCovered(
				'score',
				[...models, ...benchmarkTopics(ctx, benchmarks)],
				`Our sources give no ${asked} for ${without.title}.`,
			);
		}
		if (second && models.length === 2 && domains.length > 0)
			return domainComparison(ctx, table, [first, second], domains, benchmarks);
		return modelsOnBenchmarks(ctx, table, models, benchmarks);
	}
	const [benchmark] = benchmarks;
	if (benchmark) return benchmarkRow(ctx, table, benchmark);
	// "r1 humaneval score": a benchmark our sources never mention ("overall", "surely" are no benchmarks).
	const [unknown] = ctx.strangeWords();
	if (unknown !== undefined)
		return notCovered(
			'score',
			models,
			`Our sources give no figure for "${unknown}"${first ? ` for ${first.title}` : ''}.`,
		);
	if (first && second) return headToHead(ctx, table, first, second);
	if (first) return headlineFigures(table, first);
	return retrievedAnswer(ctx, 'score');
}

/** Words asking what someone states, rather than what the score table measured. */
const CLAIM_WORDS = /\b(claim|claims|claimed|say|says|said|report|reports|reported|according|announce|announced)\b/;

/**
 * A fact on a named model's topic that states a figure on an asked benchmark and names who the question says made the
 * claim (a word of the question outside the names: "openai"); the table's figures follow as support.
 */
function claimedFigure(
	ctx: AnswerContext,
	table: TableView,
	models: readonly Topic[],
	benchmarks: readonly Benchmark[],
): QaAnswer | undefined {
	const asked = new Set(askedTerms(ctx.question).filter((term) => !CLAIM_WORDS.test(term)));
	if (asked.size === 0 || benchmarks.length === 0) return undefined;
	for (const model of models) {
		const stated = ctx
			.passagesOf(model)
			.find(
				(passage) =>
					passage.kind === 'fact' &&
					/\d/.test(passage.text) &&
					benchmarks.some((benchmark) => namesBenchmark(passage.text, benchmark)) &&
					terms(passage.text).some((term) => asked.has(term)),
			);
		if (!stated) continue;
		const figures = benchmarks.flatMap((benchmark) => table.scores(model.id, benchmark.id));
		const support: Line[] =
			figures.length > 0
				? [
						{
							text: `In our score table: ${figures.map((score) => `${table.benchmarkName(score.benchmark)} ${formatScore(score)}`).join(', ')}.`,
							source: cite(figures),
						},
					]
				: [];
		return composeAnswer('score', model, { text: stated.text, source: stated.source }, support, { direct: true });
	}
	return undefined;
}

function modelsOnBenchmarks(
	ctx: AnswerContext,
	table: TableView,
	models: readonly Topic[],
	benchmarks: readonly Benchmark[],
): QaAnswer {
	const lines: Line[] = [];
	const missing: string[] = [];
	let answered: Topic | undefined;
	for (const benchmark of benchmarks) {
		const found = models.map((model) => ({ model, scores: table.scores(model.id, benchmark.id) }));
		const present = found.filter((entry) => entry.scores.length > 0);
		for (const entry of found)
			if (entry.scores.length === 0) missing.push(`${benchmark.name} figure for ${entry.model.title}`);
		if (present.length === 0) continue;
		answered ??= present[0]?.model;
		const all = present.flatMap((entry) => entry.scores);
		const text =
			present.length > 2
				? `On ${benchmark.name}: ${ranking(present)}.`
				: `On ${benchmark.name}: ${present.map((entry) => `**${entry.model.title}** ${entry.scores.map(formatScore).join(', ')}`).join(' vs ')}.${leader(present)}`;
		lines.push({ text, source: cite(all) });
		for (const score of all) if (score.note) lines.push({ text: score.note, source: score.source.label });
	}
	const [lead, ...rest] = lines;
	if (!lead || !answered) {
		const suggestions = [...models, ...benchmarks.flatMap((benchmark) => ctx.topicById(benchmark.topic) ?? [])];
		return notCovered('score', suggestions, `Our sources give no ${missing.join(' or ')}.`);
	}
	const gaps = missing.map((gap) => ({ text: `Our sources give no ${gap}.`, source: lead.source }));
	return composeAnswer('score', answered, lead, [...rest, ...gaps], { direct: true });
}

function benchmarkRow(ctx: AnswerContext, table: TableView, benchmark: Benchmark): QaAnswer {
	const row = table.row(benchmark.id);
	const topic = ctx.topicById(benchmark.topic);
	if (row.length === 0 || !topic) return retrievedAnswer(ctx, 'score');
	const shown = [...row].sort(byValue).slice(0, ROW_LENGTH);
	const figures = shown.map((score) => `${table.modelName(score.model)} ${formatValue(score)}`).join(' · ');
	const metric = shown[0]?.metric ?? '';
	return composeAnswer(
		'score',
		topic,
		{ text: `On ${benchmark.name} (${metric}): ${figures}.`, source: cite(shown) },
		[{ text: topic.summary, source: topic.source.label }],
		{ direct: true },
	);
}

/** "Does Claude beat R1 at anything": the shared benchmarks each one leads on. */
function headToHead(ctx: AnswerContext, table: TableView, first: Topic, second: Topic): QaAnswer {
	const pairs = table.shared(first.id, second.id);
	// "How much better is o3 than o1 on benchmarks": our sources give o3 no figure at all, so no comparison either.
	const unscored = [first, second].find((model) => table.ofModel(model.id).length === 0);
	if (pairs.length === 0 && unscored)
		return notCovered('score', [first, second], `Our sources give no benchmark figures for ${unscored.title}.`);
	if (pairs.length === 0) return retrievedAnswer(ctx, 'difference');
	const side = (winner: Topic, wins: typeof pairs): string => {
		if (wins.length === 0) return `**${winner.title}** leads on none of them`;
		const listed = wins
			.slice(0, HEAD_TO_HEAD)
			.map((pair) => `${pair.name} (${formatValue(pair.of(winner.id))} vs ${formatValue(pair.against(winner.id))})`);
		// No computed counts: every figure an answer shows is one the knowledge holds.
		const more = wins.length > HEAD_TO_HEAD ? ' and others' : '';
		return `**${winner.title}** leads on ${listed.join(', ')}${more}`;
	};
	const firstWins = pairs.filter((pair) => pair.a.value > pair.b.value);
	const secondWins = pairs.filter((pair) => pair.b.value > pair.a.value);
	const sources = cite(pairs.flatMap((pair) => [pair.a, pair.b]));
	const support = standingLines(ctx, first, second);
	// One model ahead wherever both have a figure: say so first, rather than "the other leads on none".
	const sweep = sweepOf(first, second, pairs, firstWins, secondWins);
	if (sweep) {
		const listed = sweep.wins.slice(0, HEAD_TO_HEAD).map((pair) => `${pair.name} (${versus(pair, sweep.winner)})`);
		const more = sweep.wins.length > HEAD_TO_HEAD ? ' and others' : '';
		const scope =
			pairs.length === 1 ? 'the one benchmark our sources give both' : 'every benchmark our sources give both';
		return composeAnswer(
			'score',
			first,
			{
				text: `**${sweep.winner.title}** ${margin(sweep.wins)} of **${sweep.loser.title}** on ${scope}: ${listed.join(', ')}${more}.`,
				source: sources,
			},
			support,
			{ direct: true },
		);
	}
	return composeAnswer(
		'score',
		first,
		{
			text: `On the benchmarks our sources give both: ${side(first, firstWins)}; ${side(second, secondWins)}.`,
			source: sources,
		},
		support,
		{ direct: true },
	);
}

type Pair = ReturnType<TableView['shared']>[number];

function sweepOf(
	first: Topic,
	second: Topic,
	pairs: readonly Pair[],
	firstWins: readonly Pair[],
	secondWins: readonly Pair[],
): { winner: Topic; loser: Topic; wins: readonly Pair[] } | undefined {
	if (firstWins.length === pairs.length) return { winner: first, loser: second, wins: firstWins };
	if (secondWins.length === pairs.length) return { winner: second, loser: first, wins: secondWins };
	return undefined;
}

/** "79.8 vs 79.2", the named model's figure first. */
function versus(pair: Pair, model: Topic): string {
	return `${formatValue(pair.of(model.id))} vs ${formatValue(pair.against(model.id))}`;
}

/** Percentage points (or a rating's share) below which a lead is slight, and from which it is wide. */
const SLIGHT_LEAD = 3;
const WIDE_LEAD = 10;

/** How far ahead, in words: no computed figure is shown, only what the figures themselves say. */
function margin(wins: readonly Pair[]): string {
	const gaps = wins.map((pair) => {
		const [high, low] = [Math.max(pair.a.value, pair.b.value), Math.min(pair.a.value, pair.b.value)];
		return pair.a.unit === 'percent' ? high - low : ((high - low) / high) * 100;
	});
	if (gaps.every((gap) => gap < SLIGHT_LEAD)) return 'is slightly ahead';
	if (gaps.every((gap) => gap >= WIDE_LEAD)) return 'is well ahead';
	return 'is ahead';
}

/**
 * "Qwen 7B or Llama 8B for my math homework": the two models on the field's benchmarks, who leads first; a
 * benchmark only one of them has a figure for is said to be missing for the other.
 */
function domainComparison(
	ctx: AnswerContext,
	table: TableView,
	[first, second]: readonly [Topic, Topic],
	domains: readonly Domain[],
	benchmarks: readonly Benchmark[],
): QaAnswer {
	// One figure per benchmark (Codeforces has a rating and a percentile), in the domain's order.
	const pairs = benchmarks.flatMap(
		(benchmark) => table.shared(first.id, second.id).find((pair) => pair.a.benchmark === benchmark.id) ?? [],
	);
	if (pairs.length === 0) return modelsOnBenchmarks(ctx, table, [first, second], benchmarks);
	const field = domains.map((domain) => domain.label).join(' and ');
	const firstWins = pairs.filter((pair) => pair.a.value > pair.b.value);
	const secondWins = pairs.filter((pair) => pair.b.value > pair.a.value);
	const sweep = sweepOf(first, second, pairs, firstWins, secondWins);
	const sources = cite(pairs.flatMap((pair) => [pair.a, pair.b]));
	const listed = (wins: readonly Pair[], model: Topic): string =>
		wins.map((pair) => `${pair.name} (${versus(pair, model)})`).join(', ');
	let text: string;
	if (sweep) {
		const scope = pairs.length === 1 ? '' : ' every benchmark our sources give both:';
		text = `For ${field}, **${sweep.winner.title}** ${margin(sweep.wins)} of **${sweep.loser.title}** on${scope} ${listed(sweep.wins, sweep.winner)}.`;
	} else if (firstWins.length === 0 && secondWins.length === 0) {
		text = `For ${field}, **${first.title}** and **${second.title}** are level: ${listed(pairs, first)}.`;
	} else {
		const sides = [
			[first, firstWins],
			[second, secondWins],
		] as const;
		const leads = sides
			.filter(([, wins]) => wins.length > 0)
			.map(([model, wins]) => `**${model.title}** leads on ${listed(wins, model)}`);
		text = `For ${field} it is split: ${leads.join('; ')}.`;
	}
	const shown = new Set(pairs.map((pair) => pair.a.benchmark));
	const gaps = benchmarks
		.filter((benchmark) => !shown.has(benchmark.id))
		.flatMap((benchmark) =>
			[first, second]
				.filter((model) => table.scores(model.id, benchmark.id).length === 0)
				.map((model) => ({
					text: `Our sources give no ${benchmark.name} figure for ${model.title}.`,
					source: sources,
				})),
		);
	const notes = pairs.flatMap((pair) =>
		[pair.a, pair.b].flatMap((score) =>
			score.note
				? [{ text: `${table.modelName(score.model)} on ${pair.name}: ${score.note}`, source: score.source.label }]
				: [],
		),
	);
	return composeAnswer(
		'score',
		sweep?.winner ?? first,
		{ text, source: sources },
		[
			...gaps,
			...notes,
			// Only what our sources say of the two on this field; then what its benchmarks measure.
			...standingLines(ctx, first, second).filter((line) =>
				benchmarks.some((benchmark) => namesBenchmark(line.text, benchmark)),
			),
			...benchmarkTopics(ctx, benchmarks).map(summaryLine),
		],
		{ direct: true },
	);
}

function namesBenchmark(text: string, benchmark: Benchmark): boolean {
	const haystack = ` ${words(text).join(' ')} `;
	return [benchmark.name, ...benchmark.aliases].some((name) => haystack.includes(` ${words(name).join(' ')} `));
}

function benchmarkList(benchmarks: readonly Benchmark[]): string {
	const names = benchmarks.map((benchmark) => benchmark.name);
	return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names.at(-1) ?? ''}`;
}

/** The table's benchmarks for the fields a question names, in the fields' order. */
function domainBenchmarks(ctx: AnswerContext, domains: readonly Domain[]): Benchmark[] {
	const { benchmarks } = ctx.knowledge.benchmarks;
	const ids = [...new Set(domains.flatMap((domain) => domain.benchmarks))];
	return ids.flatMap((id) => benchmarks.find((benchmark) => benchmark.id === id) ?? []);
}

function headlineFigures(table: TableView, model: Topic): QaAnswer {
	const figures = table.ofModel(model.id).slice(0, HEADLINE_FIGURES);
	if (figures.length === 0)
		return notCovered('score', [model], `Our sources give no benchmark figures for ${model.title}.`);
	const listed = figures.map((score) => `${table.benchmarkName(score.benchmark)} ${formatScore(score)}`).join(', ');
	return composeAnswer(
		'score',
		model,
		{ text: `**${model.title}** in the paper: ${listed}.`, source: cite(figures) },
		[],
		{
			direct: true,
		},
	);
}

/** Named benchmarks, in order: score-table names, else the table entry of a named benchmark topic. */
function namedBenchmarks(ctx: AnswerContext): Benchmark[] {
	const { benchmarks } = ctx.knowledge.benchmarks;
	const found: Benchmark[] = [];
	for (const match of ctx.question.entities) {
		const benchmark =
			match.benchmark ??
			(match.topic.kind === 'benchmark'
				? (benchmarks.find((entry) => entry.id === match.topic.id) ??
					benchmarks.find((entry) => entry.topic === match.topic.id))
				: undefined);
		if (benchmark && !found.includes(benchmark)) found.push(benchmark);
	}
	return found;
}

/** Lookups over the score table; a benchmark's main metric is the one most models report. */
class TableView {
	readonly #scores: readonly Score[];
	readonly #names: ReadonlyMap<string, string>;
	readonly #benchmarks: ReadonlyMap<string, Benchmark>;
	readonly #metric: string | undefined;
	readonly #topicById: (id: string) => Topic | undefined;

	constructor(ctx: AnswerContext, metric: string | undefined) {
		this.#metric = metric;
		this.#topicById = (id) => ctx.topicById(id);
		const all = ctx.knowledge.benchmarks.scores;
		// The metric asked for ("majority vote" → cons@64) where a model has it; one figure per model and metric.
		this.#scores = dedupe(metric ? preferMetric(all, metric) : all);
		this.#names = new Map(ctx.knowledge.topics.map((topic) => [topic.id, topic.title]));
		this.#benchmarks = new Map(ctx.knowledge.benchmarks.benchmarks.map((benchmark) => [benchmark.id, benchmark]));
	}

	scores(model: string, benchmark: string): Score[] {
		return this.#scores.filter((score) => score.model === model && score.benchmark === benchmark);
	}

	ofModel(model: string): Score[] {
		return this.#scores.filter((score) => score.model === model);
	}

	/** The benchmark's figures under the metric asked for, else its main one. */
	row(benchmark: string): Score[] {
		const all = this.#scores.filter((score) => score.benchmark === benchmark);
		const asked = all.filter((score) => score.metric === this.#metric);
		if (asked.length > 0) return asked;
		const counts = new Map<string, number>();
		for (const score of all) counts.set(score.metric, (counts.get(score.metric) ?? 0) + 1);
		const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
		return all.filter((score) => score.metric === main);
	}

	/** A model family with no figures of its own ("the distills") stands for its members that have some. */
	expandFamilies(models: readonly Topic[]): Topic[] {
		return [
			...new Set(
				models.flatMap((model) => {
					if (this.ofModel(model.id).length > 0) return [model];
					const members = model.related
						.flatMap((id) => this.#topicById(id) ?? [])
						.filter(
							(member) =>
								member.kind === 'model' &&
								this.ofModel(member.id).length > 0 &&
								member.related.includes(model.id) &&
								sharesName(model, member),
						);
					return members.length >= MIN_FAMILY ? members : [model];
				}),
			),
		];
	}

	/** Benchmark-and-metric pairs both models have a figure for. */
	shared(first: string, second: string) {
		return this.ofModel(first).flatMap((a) => {
			const b = this.#scores.find(
				(score) => score.model === second && score.benchmark === a.benchmark && score.metric === a.metric,
			);
			if (!b) return [];
			const name = `${this.benchmarkName(a.benchmark)}${a.metric === 'pass@1' ? '' : ` ${a.metric}`}`;
			return [
				{ a, b, name, of: (id: string) => (id === first ? a : b), against: (id: string) => (id === first ? b : a) },
			];
		});
	}

	modelName(id: string): string {
		return this.#names.get(id) ?? id;
	}

	benchmarkName(id: string): string {
		return this.#benchmarks.get(id)?.name ?? id;
	}
}

/** Words that ask for one metric rather than a benchmark's usual one. */
const METRIC_WORDS: readonly [string, RegExp][] = [
	['cons@64', /\b(majority|vote|voting|cons|consensus)\b/],
	['percentile', /\bpercentile\b/],
	['rating', /\b(rating|elo)\b/],
];

function askedMetric(questionWords: readonly string[]): string | undefined {
	const text = questionWords.join(' ');
	const asked = METRIC_WORDS.filter(([, pattern]) => pattern.test(text));
	// "Rating and percentile": both asked is no preference between them.
	return asked.length === 1 ? asked[0]?.[0] : undefined;
}

/** Where a model has a figure under `metric` for a benchmark, its other metrics for that benchmark step aside. */
function preferMetric(scores: readonly Score[], metric: string): Score[] {
	const has = new Set(
		scores.filter((score) => score.metric === metric).map((score) => `${score.model}|${score.benchmark}`),
	);
	return scores.filter((score) => score.metric === metric || !has.has(`${score.model}|${score.benchmark}`));
}

/** The first figure per model, benchmark and metric: two tables can repeat a figure (Tables 5 and 6). */
function dedupe(scores: readonly Score[]): Score[] {
	const seen = new Set<string>();
	return scores.filter((score) => {
		const key = `${score.model}|${score.benchmark}|${score.metric}`;
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/** A family's members carry its name ("distilled-models" → "DeepSeek-R1-Distill-Qwen-7B"); its parent does not. */
function sharesName(family: Topic, member: Topic): boolean {
	const familyTerms = new Set(terms(family.id.replaceAll('-', ' ')));
	return terms(member.title.replaceAll('-', ' ')).some((term) => familyTerms.has(term));
}

function cite(scores: readonly Score[]): string {
	return [...new Set(scores.map((score) => score.source.label))].join('; ');
}

/** "A 72.6 · B 70.0 · …", highest first, by each model's first figure. */
function ranking(present: readonly { model: Topic; scores: readonly Score[] }[]): string {
	return [...present]
		.flatMap((entry) => (entry.scores[0] ? [{ model: entry.model, score: entry.scores[0] }] : []))
		.sort((a, b) => byValue(a.score, b.score))
		.map((entry) => `**${entry.model.title}** ${formatScore(entry.score)}`)
		.join(' · ');
}

/** " **DeepSeek-R1** is higher." when two models share a metric. */
function leader(present: readonly { model: Topic; scores: readonly Score[] }[]): string {
	const [a, b] = present;
	const metric = a?.scores[0]?.metric;
	const scoreA = a?.scores.find((score) => score.metric === metric);
	const scoreB = b?.scores.find((score) => score.metric === metric);
	if (!a || !b || !scoreA || !scoreB) return '';
	if (scoreA.value === scoreB.value) return ' They are level.';
	return ` **${(scoreA.value > scoreB.value ? a : b).model.title}** is higher.`;
}
