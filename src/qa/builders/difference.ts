import type { ModelAspect, Topic } from '../../knowledge/types.js';
import { composeAnswer, notCovered, sourcesLabel, type Line, type QaAnswer } from '../answer.js';
import { askedTerms } from '../question.js';
import { WHY_CHOOSE } from '../intent.js';
import { stem } from '../text.js';
import { askedDomains } from '../domains.js';
import type { AnswerContext } from './context.js';
import { crossReferences } from './crossReferences.js';
import { definitionAnswer } from './definition.js';
import { retrievedAnswer } from './retrieved.js';
import { scoreAnswer } from './score.js';

/** Which comparison attribute a word asks about ("cheaper" → cost); stems, so "trained" and "training" agree. */
const ASPECT_WORDS: readonly [ModelAspect, readonly string[]][] = [
	['cost', ['cost', 'price', 'cheap', 'cheaper', 'cheapest', 'pricier', 'expens', 'pai', 'pay', 'monei']],
	[
		'baseAndSize',
		['size', 'big', 'bigger', 'larg', 'larger', 'small', 'smaller', 'paramet', 'param', 'base', 'activ', 'context'],
	],
	[
		'training',
		[
			...['train', 'rl', 'sft', 'recip', 'built', 'made', 'learn', 'fine', 'distil', 'pipelin', 'stage'],
			...['architectur', 'hood', 'technic', 'method', 'approach'],
		],
	],
	['benchmarks', ['score', 'benchmark', 'math', 'code', 'codeforc', 'aime', 'perform', 'result', 'trivia', 'test']],
	['availability', ['open', 'licens', 'licenc', 'weight', 'avail', 'access', 'download', 'api', 'releas']],
	[
		'strengths',
		[
			'good',
			'strong',
			'weak',
			'strength',
			'task',
			'catch',
			'downsid',
			'drawback',
			'limit',
			'con',
			'pick',
			'choos',
			'prefer',
			// How good the output is: "how do r1-zero and r1 differ in output quality".
			'qualiti',
			'output',
			'readabl',
			'messi',
			'clean',
		],
	],
];

/** Two named topics side by side: for models their comparison attributes, else their summaries. */
export function differenceAnswer(ctx: AnswerContext): QaAnswer {
	const [first, second] = ctx.question.topics;
	if (!first) return retrievedAnswer(ctx, 'difference');
	if (!second) {
		// "grpo vs ppo": one side is a thing our sources only mention; the named one's own passages say how it differs,
		// not another topic that shares the comparison's words.
		const retrieved = retrievedAnswer(ctx, 'difference');
		return !retrieved.covered || retrieved.topic === first ? retrieved : definitionAnswer(ctx, first);
	}
	if (first.attributes && second.attributes) return modelDifference(ctx, first, second);
	const lead: Line = {
		text: `**${first.title}**: ${first.summary}\n**${second.title}**: ${second.summary}`,
		source: first.source.label,
	};
	return composeAnswer('difference', first, lead, crossReferences(ctx, first, second), {
		direct: true,
		alsoFrom: [second.source.label],
	});
}

const WINNER_WORDS: ReadonlySet<string> = new Set(
	[
		'better',
		'best',
		'beat',
		'beats',
		'outperform',
		'stronger',
		'weaker',
		'worse',
		'higher',
		'lower',
		'win',
		'wins',
		'smarter',
		// "Is the 14b worth it over the 7b", "how big is the gap", "what do you gain going to the 7b": how much better.
		'worth',
		'upgrade',
	].map(stem),
);

const GAP_WORDS: ReadonlySet<string> = new Set(['gap', 'gain', 'gains', 'jump', 'leap', 'improvement'].map(stem));

/** Aspects a "which is better" is about: how well each one does. */
const PERFORMANCE_ASPECTS: ReadonlySet<ModelAspect> = new Set(['benchmarks', 'strengths']);

/** "Which is better", "does X beat Y", "is X as good as Y". */
function asksWhoWins(questionWords: readonly string[], asked: readonly string[]): boolean {
	return asked.some((term) => WINNER_WORDS.has(term)) || AS_GOOD_AS.test(questionWords.join(' '));
}

const AS_GOOD_AS = /\bas (good|strong|smart|capable) as\b/;
const GOOD_AT = new RegExp(
	[
		String.raw`\b(what|where|which tasks?|which things)( \S+){1,4} (worse|better|weaker|stronger|bad|good|best|worst) (at|for|in)\b`,
		WHY_CHOOSE.source,
		String.raw`\bweak (spots?|points?|areas?)\b|\bweakness(es)?\b`,
	].join('|'),
);

/** Words that only frame a comparison ("vs", "which one is better"): they say nothing about what to compare. */
const COMPARISON_WORDS: ReadonlySet<string> = new Set(
	[
		'vs',
		'versus',
		'diff',
		'differ',
		'difference',
		'different',
		'compare',
		'contrast',
		'better',
		'worse',
		'between',
		'model',
		'or',
		'same',
		'similar',
		'alike',
		'identical',
		// How big or how short a difference is asked for: "the main diff in 1 line", "the key differences, briefly".
		'main',
		'key',
		'biggest',
		'major',
		'core',
		'basic',
		'real',
		'actual',
		'short',
		'brief',
		'briefly',
		'summary',
		'summarize',
		'summarise',
		'1',
		'line',
		'sentence',
		'word',
		'words',
		// How the answer is wanted, or what it is for: "explain r1 vs r1-zero for my notes", "quick one pls".
		'explain',
		'describe',
		'tell',
		'note',
		'notes',
		'quick',
		'quickly',
		'simple',
		'simply',
		'please',
		'pls',
		'tldr',
		'overview',
		'exam',
		'study',
		'class',
		'homework',
	].map(stem),
);

function modelDifference(ctx: AnswerContext, first: Topic, second: Topic): QaAnswer {
	const asked = askedTerms(ctx.question);
	// An aspect named as a topic counts too: "r1 vs v3 api price" names the pricing topic, "o3-mini vs o3 release
	// dates" the timeline.
	const aspectNames = ctx.question.entities
		.filter((entity) => entity.topic.kind !== 'model')
		.flatMap((entity) => ctx.question.words.slice(entity.start, entity.end).map(stem));
	const wanted = new Set([...asked, ...aspectNames]);
	// "What is r1 worse at than v3", "why would i pick v3 over r1": what each one is good and bad at, which the
	// strengths say in words (function calling, JSON) where the score table has only its benchmarks.
	const choosing = GOOD_AT.test(ctx.question.words.join(' '));
	// "How big is the gap", "what do you gain going to the 7b": how far ahead, whatever size word comes with it.
	const gap = asked.some((term) => GAP_WORDS.has(term));
	const aspect = choosing
		? 'strengths'
		: gap
			? 'benchmarks'
			: ASPECT_WORDS.find(([, stems]) => stems.some((word) => wanted.has(word)))?.[0];
	const onPerformance = aspect === undefined || PERFORMANCE_ASPECTS.has(aspect);
	// "Which is better", "does Claude beat R1 at anything", "r1 or o1 for hard science": the benchmarks both have
	// (the field's, when one is named), and who leads where. "Which small model is better for code" is still about
	// code; "which is cheaper for code" is about price.
	const domainAsked = askedDomains(ctx.question.words).length > 0;
	const whoWins = !choosing && (gap || asksWhoWins(ctx.question.words, asked));
	if ((onPerformance && (domainAsked || whoWins)) || (domainAsked && whoWins && aspect !== 'cost'))
		return scoreAnswer(ctx);
	// Something specific beyond the names and an aspect ("do both show their reasoning tokens"): the passages of the
	// two topics answer it better than their comparison table.
	// (A word the knowledge never uses, "r1 vs v3, exam tomorrow and im panicking", is not what is compared.)
	const unknown = new Set(ctx.unknownTerms());
	if (!aspect && asked.some((term) => !COMPARISON_WORDS.has(term) && !unknown.has(term))) {
		const specific = retrievedAnswer(ctx, 'difference', {
			accept: (passage) => passage.topic === first || passage.topic === second,
		});
		if (specific.covered) return specific;
	}
	const describe = (topic: Topic, key: ModelAspect): Line | undefined => {
		const attribute = topic.attributes?.[key];
		return attribute
			? { text: `**${topic.title}**: ${attribute.text}`, source: sourcesLabel(attribute.sources) }
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
	// No aspect asked: the first that both models have, so the answer compares something.
	// (Two distills trained alike, "SFT only, on the ~800k samples": an aspect they share word for word tells no
	// difference, so the next one does.)
	const differs = (each: ModelAspect): boolean => {
		const [one, other] = [first.attributes?.[each], second.attributes?.[each]];
		return one !== null && one !== undefined && other !== null && other !== undefined && one.text !== other.text;
	};
	const key = aspect ?? DEFAULT_ASPECTS.find(differs) ?? 'training';
	const notStated = (topic: Topic): Line => ({
		text: `${topic.title}, ${ASPECT_LABEL[key]}: not stated in our sources.`,
		source: topic.source.label,
	});
	// "What architectural changes does o3 have compared to o1": how the model asked about (named first) was made, where
	// our sources never say, is no comparison they can make; "r1 vs o3 training" still shows R1's and says o3's is not
	// stated. (Only for how they were made: a size or price word often picks the models, "the big distills".)
	const missing = aspect === 'training' && !choosing && !first.attributes?.training ? first : undefined;
	if (missing)
		return notCovered(
			'difference',
			[first, second],
			`Our sources do not state ${missing.title}'s ${ASPECT_LABEL[key]}.`,
		);
	const support = [describe(first, key) ?? notStated(first), describe(second, key) ?? notStated(second)];
	return composeAnswer('difference', first, lead, support, { direct: true });
}

const DEFAULT_ASPECTS: readonly ModelAspect[] = ['training', 'benchmarks', 'strengths', 'baseAndSize'];

const ASPECT_LABEL: Readonly<Record<ModelAspect, string>> = {
	whatItIs: 'what it is',
	baseAndSize: 'base and size',
	training: 'training',
	strengths: 'strengths',
	benchmarks: 'benchmarks',
	cost: 'cost',
	availability: 'availability',
};
