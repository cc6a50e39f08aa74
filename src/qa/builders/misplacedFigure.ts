import type { Benchmark, Score } from '../../knowledge/types.js';
import { composeAnswer, type QaAnswer } from '../answer.js';
import { isNameWord } from '../question.js';
import { formatScore, formatValue } from '../scores.js';
import type { AnswerContext } from './context.js';

/** A figure as students type a score: "97.3", "79", "71%"; not a year. */
const FIGURE = /^(\d{1,4}(?:\.\d+)?)%?$/;
const YEAR = /^(19|20)\d\d$/;

/**
 * "r1 scored 97.3 on aime", "o3 got 79.2 on aime 2024, right": a claimed score that our table gives to another
 * benchmark or another model. The answer says no, with the named model's figure on the named benchmark, and whose
 * figure the claimed one is. Undefined when the answer already holds every figure claimed, or the table cannot say.
 */
export function misplacedFigure(ctx: AnswerContext, answer: QaAnswer): QaAnswer | undefined {
	const { question, knowledge } = ctx;
	const claimed = question.words.flatMap((word, index) => {
		const figure = FIGURE.exec(word)?.[1];
		return figure !== undefined && !YEAR.test(figure) && !isNameWord(question, index) ? [Number(figure)] : [];
	});
	if (claimed.length !== 1 || (answer.covered && holdsFigure(answer.text, claimed[0] ?? NaN))) return undefined;
	const [figure] = claimed;
	const scores = knowledge.benchmarks.scores;
	const benchmarkOf = (id: string): Benchmark | undefined =>
		knowledge.benchmarks.benchmarks.find((benchmark) => benchmark.id === id);
	const model = question.topics.find((topic) => topic.kind === 'model');
	const benchmark = namedBenchmark(ctx);
	if (!model || !benchmark || figure === undefined) return undefined;
	const [actual] = preferPassAt1(
		scores.filter((score) => score.model === model.id && score.benchmark === benchmark.id),
	);
	if (actual?.value === figure) return undefined;
	// Whose figure it is: the same model on another benchmark first, then another model on the same one.
	const owner =
		scores.find((score) => score.value === figure && score.model === model.id) ??
		scores.find((score) => score.value === figure && score.benchmark === benchmark.id);
	const titleOf = (id: string): string => ctx.topicById(id)?.title ?? id;
	const ownerText = owner
		? `; ${formatValue(owner)} is ${owner.model === model.id ? 'its' : `${titleOf(owner.model)}'s`} ${benchmarkOf(owner.benchmark)?.name ?? owner.benchmark} score`
		: '';
	// "o3 got 79.2 on aime": no figure of o3's, but the claimed one is o1's.
	if (!actual && !owner) return undefined;
	const lead = {
		text: actual
			? `No: ${model.title} scores ${formatScore(actual)} on ${benchmark.name}${ownerText}.`
			: `Our sources give no ${benchmark.name} figure for ${model.title}${ownerText}.`,
		source: [actual, owner].flatMap((score) => (score ? [score.source.label] : [])).join('; '),
	};
	return composeAnswer('factcheck', ctx.topicById(benchmark.topic) ?? model, lead, [], { direct: true });
}

function holdsFigure(text: string, figure: number): boolean {
	return (text.match(/\d+(?:\.\d+)?/g) ?? []).some((found) => Number(found) === figure);
}

/** The benchmark named, by its own name or by its topic when the topic holds only it ("aime"). */
function namedBenchmark(ctx: AnswerContext): Benchmark | undefined {
	const { benchmarks } = ctx.knowledge.benchmarks;
	for (const entity of ctx.question.entities) {
		if (entity.benchmark) return entity.benchmark;
		const onTopic = benchmarks.filter((benchmark) => benchmark.topic === entity.topic.id);
		if (onTopic.length === 1) return onTopic[0];
	}
	return undefined;
}

function preferPassAt1(scores: readonly Score[]): Score[] {
	return [...scores].sort((a, b) => Number(b.metric === 'pass@1') - Number(a.metric === 'pass@1'));
}
