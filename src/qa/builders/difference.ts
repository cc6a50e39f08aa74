import type { ModelAspect, Topic } from '../../knowledge/types.js';
import { composeAnswer, type Line, type QaAnswer } from '../answer.js';
import { stem } from '../text.js';
import type { AnswerContext } from './context.js';
import { retrievedAnswer } from './retrieved.js';

/** Which comparison attribute a word asks about ("cheaper" → cost); stems, so "trained" and "training" agree. */
const ASPECT_WORDS: readonly [ModelAspect, readonly string[]][] = [
	['cost', ['cost', 'price', 'cheap', 'expens', 'pai', 'pay', 'token', 'monei']],
	['baseAndSize', ['size', 'big', 'larg', 'small', 'paramet', 'param', 'base', 'activ', 'context']],
	['training', ['train', 'rl', 'sft', 'recip', 'built', 'made', 'learn', 'fine', 'distil', 'pipelin', 'stage']],
	['benchmarks', ['score', 'benchmark', 'math', 'code', 'codeforc', 'aime', 'perform', 'result', 'trivia', 'test']],
	['availability', ['open', 'licens', 'licenc', 'weight', 'avail', 'access', 'download', 'try', 'api', 'releas']],
	['strengths', ['good', 'better', 'best', 'strong', 'weak', 'worse', 'strength', 'weak', 'us', 'task']],
];

/** Two named topics side by side: for models their comparison attributes, else their summaries. */
export function differenceAnswer(ctx: AnswerContext): QaAnswer {
	const [first, second] = ctx.question.topics;
	if (!first || !second) return retrievedAnswer(ctx, 'difference');
	if (first.attributes && second.attributes) return modelDifference(ctx, first, second);
	const lead: Line = {
		text: `**${first.title}**: ${first.summary}\n**${second.title}**: ${second.summary}`,
		source: first.source.label,
	};
	const support: Line[] = [
		{ text: `Source for ${second.title}: ${second.source.label}.`, source: second.source.label },
	];
	return composeAnswer('difference', first, lead, mentions(ctx, first, second) ?? support.slice(0, 0), {
		direct: true,
	});
}

function modelDifference(ctx: AnswerContext, first: Topic, second: Topic): QaAnswer {
	const wanted = new Set(ctx.question.terms.map(stem));
	const aspect = ASPECT_WORDS.find(([, stems]) => stems.some((word) => wanted.has(word)))?.[0];
	const describe = (topic: Topic, key: ModelAspect): Line | undefined => {
		const attribute = topic.attributes?.[key];
		return attribute
			? { text: `**${topic.title}**: ${attribute.text}`, source: attribute.sources.map((ref) => ref.label).join('; ') }
			: undefined;
	};
	const firstWhat = describe(first, 'whatItIs');
	const secondWhat = describe(second, 'whatItIs');
	const lead: Line = {
		text: [
			firstWhat?.text ?? `**${first.title}**: ${first.summary}`,
			secondWhat?.text ?? `**${second.title}**: ${second.summary}`,
		].join('\n'),
		source: [firstWhat?.source ?? first.source.label, secondWhat?.source ?? second.source.label].join('; '),
	};
	const key = aspect ?? 'training';
	const notStated = (topic: Topic): Line => ({
		text: `${topic.title}, ${ASPECT_LABEL[key]}: not stated in our sources.`,
		source: topic.source.label,
	});
	const support = [describe(first, key) ?? notStated(first), describe(second, key) ?? notStated(second)];
	return composeAnswer('difference', first, lead, support, { direct: true });
}

const ASPECT_LABEL: Readonly<Record<ModelAspect, string>> = {
	whatItIs: 'what it is',
	baseAndSize: 'base and size',
	training: 'training',
	strengths: 'strengths',
	benchmarks: 'benchmarks',
	cost: 'cost',
	availability: 'availability',
};

/** Facts of either topic that name the other: where our sources relate the two directly. */
function mentions(ctx: AnswerContext, first: Topic, second: Topic): Line[] | undefined {
	const names = (topic: Topic): string[] =>
		[topic.title, ...topic.aliases].map((name) => name.toLowerCase()).filter((name) => name.length >= 3);
	const lines: Line[] = [];
	for (const [topic, other] of [
		[first, second],
		[second, first],
	] as const) {
		for (const passage of ctx.passagesOf(topic)) {
			if (passage.kind !== 'fact' && passage.kind !== 'factCheck') continue;
			const text = passage.text.toLowerCase();
			if (names(other).some((name) => text.includes(name))) lines.push({ text: passage.text, source: passage.source });
		}
	}
	return lines.length > 0 ? lines : undefined;
}
