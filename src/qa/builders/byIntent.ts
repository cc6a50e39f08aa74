import type { Topic } from '../../knowledge/types.js';
import { composeAnswer, notCovered, sourcesLabel, type QaAnswer } from '../answer.js';
import { askedTerms } from '../question.js';
import { stem, words } from '../text.js';
import { leadLine, summaryLine } from './lead.js';
import { asksName, asksUsage, impactWords, INSISTS_ON_REASON, type AccessKind } from '../intent.js';
import type { KnowledgePassage } from '../passages.js';
import type { AnswerContext, SearchTuning } from './context.js';
import { definitionAnswer, listedBenchmarkAnswer, nameAnswer, subjectOf } from './definition.js';
import { differenceAnswer } from './difference.js';
import { eli5Answer } from './eli5.js';
import { factCheckAnswer } from './factCheck.js';
import { orderAnswer } from './order.js';
import { NUMBER, passageAnswer, retrievedAnswer } from './retrieved.js';
import { scoreAnswer } from './score.js';
import { misplacedFigure } from './misplacedFigure.js';
import { releaseOrder } from './releaseOrder.js';

const DATED =
	/\b(?:19|20)\d\d\b|\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/i;
const MONEY = /\$\s?\d|\d\s?(?:usd|dollars)|\bx\b|\dx\b/i;
const CAUSAL =
	/\b(?:because|so that|so the|to avoid|avoids?|since|reasons?|why|in order to|helps?|makes?|causes?|invites?|instead|without|otherwise|too (?:large|big|costly)|costs? extra|which is why)\b/i;

const MARKETS =
	/\b(stocks?|share price|shares|market cap|stock market|nasdaq|investors?|shareholders?|sell ?off|price war|market share)\b|\b(openai|openais|nvidia|nvidias|google|googles|meta|metas|anthropic|anthropics|microsoft|microsofts|deepseeks?) s? ?(business|revenue|profits?|valuation|competitors?)\b|\b(force|forced|make|made|push|pushed)\b.{0,30}\b(drop|cut|lower|slash)\w* (its|their) prices\b/;

/** Claims about where R1's training data came from that our sources never address. */
const RUMOUR =
	/\b(stolen|stole|steal|stealing|theft)\b|\b(trained|train|training)( \S+){0,2} on (openai|chatgpt|gpt|o1)( \S+)? (outputs?|data|responses|answers)\b|\b(used|use|using) (openai|chatgpt|gpt|o1)( \S+)? (outputs?|responses|answers|data) to train\b/;

const TOTAL = /\b(?:total|in all|altogether|all together|combined)\b/i;
const TOTAL_FACTOR = 1.5;
/** A paragraph shows only its best-matching sentence, which need not be the one with the total. */
const totalFactor = (passage: KnowledgePassage): number =>
	passage.kind !== 'explanation' && TOTAL.test(passage.text) ? TOTAL_FACTOR : 1;

const TIMELINE = /\b(timeline|chronology|chronological|in order|order|sequence|dates)\b/;
const TIMELINE_TOPIC = 'release-timeline';

/** Where the practical questions are answered: the resource topics, each by its kind of question. */
const ACCESS_TOPICS: Readonly<Record<AccessKind, readonly string[]>> = {
	licence: ['licences'],
	cost: ['cost-and-pricing'],
	where: ['where-to-try', 'run-locally'],
};

/** "How does X work", "how X works", "how does X actually function". */
const HOW_IT_WORKS =
	/\bhow (does|do|did|is|would)?\s?\S+(\s\S+){0,3}\s(work|works|function|operate)\b|\bhow \S+(\s\S+){0,3} works\b/;
const PROMPTING_TOPIC = 'prompting-r1';
const ADVISED_MODEL = 'deepseek-r1';
const SCORES_FOR_WHY = 0.5;

const weighWhen = (pattern: RegExp, factor: number) => (passage: KnowledgePassage) =>
	pattern.test(passage.text) ? factor : 1;

/** A line that gives a reason, not only what happened ("…, so dropping it saves memory", "which could invite…"). */
const STATES_REASON = new RegExp(
	String.raw`${CAUSAL.source}|, so\b|\b(due to|which is why|that is why|as a result|thanks to|lets|allows?|otherwise|could|would)\b`,
	'i',
);

/** Each intent's builder, or its preference over passages for the shared retrieval answer. */
export function answerByIntent(ctx: AnswerContext): QaAnswer {
	const answer = answerAsked(ctx);
	if (!answer.covered || !INSISTS_ON_REASON.test(ctx.question.words.join(' '))) return answer;
	// (The reason may be in a supporting line: "it needs no critic (value) model, … so dropping it saves memory".)
	if (STATES_REASON.test(answer.text)) return answer;
	return notCovered(answer.intent, ctx.suggestions(), 'Our sources say what happened, not the reason behind it.');
}

function answerAsked(ctx: AnswerContext): QaAnswer {
	const { intent, access } = ctx.question.intent;
	// "Is r1 better than gemini", "deepseek r2 release date": a model our sources never cover is not answered with
	// facts about the models they do cover.
	const [unknownModel] = ctx.question.unknownModels;
	if (unknownModel !== undefined)
		return notCovered(intent, ctx.suggestions(), `Our sources do not cover "${unknownModel}".`);
	// "Was r1 trained on stolen openai outputs": a rumour our sources never take up, not to be answered with R1's facts.
	if (RUMOUR.test(ctx.question.words.join(' ')))
		return notCovered(intent, ctx.suggestions(), 'Our sources say nothing about that claim.');
	// "What did r1 do to nvidia's share price": markets are something our sources never cover.
	if (MARKETS.test(ctx.question.words.join(' ')))
		return notCovered(intent, ctx.suggestions(), "Our sources say nothing about markets or companies' business.");
	// "r1 gets 95% on gsm8k", "is it good on mmlu-pro": a name of letters and digits that no passage holds is a
	// benchmark or model we do not cover.
	// ("eli5" asks for plain words; "v0.5" is a version.)
	const [unknownName] = ctx.strangeWords().filter((word) => /\d/.test(word) && !/^(eli\d+|v\d)/.test(word));
	if (unknownName !== undefined)
		return notCovered(intent, ctx.suggestions(), `Our sources do not mention "${unknownName}".`);
	// "What came first, o1 or v3": the models' release dates, whatever the question reads as.
	const releases = releaseOrder(ctx);
	if (releases) return releases;
	switch (intent) {
		case 'eli5':
			return eli5Answer(ctx);
		case 'factcheck':
			return factCheckAnswer(ctx);
		case 'order':
			return orderAnswer(ctx);
		case 'score': {
			// "r1 scored 97.3 on aime": a score stated is a claim checked.
			const answer = scoreAnswer(ctx);
			return misplacedFigure(ctx, answer) ?? answer;
		}
		case 'difference':
			return differenceAnswer(ctx);
		case 'when':
			// "The timeline from o1 to r1": the dates in order, not one model's date.
			return retrievedAnswer(ctx, intent, {
				weigh: weighWhen(DATED, 2),
				...(TIMELINE.test(ctx.question.words.join(' ')) ? { topics: new Map([[TIMELINE_TOPIC, 2.5]]) } : {}),
			});
		case 'quantity': {
			// "How many samples in total": the figure that sums the parts (800k), not one of them (600k).
			const total = TOTAL.test(ctx.question.words.join(' '));
			return retrievedAnswer(ctx, intent, {
				// An amount can be stated in words ("several thousand tokens"), not only in digits.
				weigh: (passage) => weighWhen(NUMBER, 1.6)(passage) * (total ? totalFactor(passage) : 1),
			});
		}
		case 'why':
			// "aime 71 but 86.7 with cons@64, why so different": a line of scores states figures, not a reason.
			return retrievedAnswer(ctx, intent, {
				weigh: (passage) => weighWhen(CAUSAL, 1.5)(passage) * (passage.kind === 'scores' ? SCORES_FOR_WHY : 1),
			});
		case 'how': {
			// "How should i phrase maths questions to r1": the prompting advice, not the maths scores.
			const advice = asksUsage(ctx.question.words.join(' ')) ? promptingAdvice(ctx) : undefined;
			if (advice) return advice;
			// "How does distillation work in the r1 paper": nothing asked but how the named method works, which its
			// summary and its best facts say.
			const method = HOW_IT_WORKS.test(ctx.question.words.join(' ')) ? subjectOf(ctx.question) : undefined;
			if (method && method.kind !== 'model') return definitionAnswer(ctx, method, 'how');
			return retrievedAnswer(ctx, intent, { weigh: (passage) => (passage.kind === 'explanation' ? 1.3 : 1) });
		}
		case 'access': {
			// "r1 on aws bedrock?", "deepseek iphone app?": a place our sources never name is not one they list.
			const [place] = access === 'where' ? unnamedPlaces(ctx) : [];
			if (place !== undefined) return notCovered(intent, ctx.suggestions(), `Our sources do not mention "${place}".`);
			// "What licence does the llama 70b distill have": the model's own availability line says it.
			const licensed = access === 'licence' ? modelLicence(ctx) : undefined;
			if (licensed) return licensed;
			const answer = retrievedAnswer(ctx, intent, accessTuning(access ?? 'where'));
			// "how do i run r1 on my laptop with 16gb ram": our sources give no hardware figures, but they do say what
			// runs on one's own machine.
			const local = ctx.topicById(LOCAL_TOPIC);
			if (!answer.covered && !answer.leftOpen && access === 'where' && local && ownMachine(ctx))
				return composeAnswer(intent, local, summaryLine(local), [], { direct: false });
			return answer;
		}
		case 'impact':
			return impactAnswer(ctx);
		case 'definition': {
			const described = ctx.question.topics.length === 0 && asksName(ctx.question.words.join(' '));
			const named = described ? nameAnswer(ctx) : undefined;
			if (named) return named;
			const listed = listedBenchmarkAnswer(ctx);
			if (listed) return listed;
			const subject = subjectOf(ctx.question);
			return subject ? definitionAnswer(ctx, subject) : retrievedAnswer(ctx, intent);
		}
	}
}

/**
 * How to prompt or set up a model is asked in many words the advice never uses ("r1 skips the thinking, how do i
 * force it to think"): the best line of the prompting advice that matches anything of the question answers it.
 */
function promptingAdvice(ctx: AnswerContext): QaAnswer | undefined {
	const accept = (passage: KnowledgePassage): boolean => passage.topic.id === PROMPTING_TOPIC;
	const confident = retrievedAnswer(ctx, 'how', { accept });
	if (confident.covered) return confident;
	// The advice is R1's: not o3-mini's settings, nor a game's ("best valorant crosshair settings").
	const otherModel = ctx.question.topics.some((topic) => topic.kind === 'model' && topic.id !== ADVISED_MODEL);
	if (otherModel || ctx.strangeWords().length > 0) return undefined;
	const ranked = ctx.search({ accept });
	const [best] = ranked;
	if (!best || best.matched.length === 0) return undefined;
	return passageAnswer(ctx, 'how', ranked, best);
}

/**
 * "What does this mean for us" is vague by nature, and the article's closing sections are where it is answered:
 * when nothing passes the confidence bar, the best of those sections answers.
 */
function impactAnswer(ctx: AnswerContext): QaAnswer {
	const closing = (passage: KnowledgePassage): boolean => passage.topic.kind === 'article-section';
	// "What does r1 mean for people like me" echoes "What This Means for You": that section is the one asked about.
	const echoed = closingSectionByTitle(ctx);
	const asked = askedTerms(ctx.question);
	const unknown = new Set(ctx.unknownTerms());
	const foreign = [...unknown].filter((term) => !ASKING_TERMS.has(term));
	// "Why is r1 hyped", "what did r1 prove": nothing asked of the model but what it means, and a model's own passages
	// say what it is; the closing sections say what it means.
	const modelsOnly = ctx.question.topics.length > 0 && ctx.question.topics.every((topic) => topic.kind === 'model');
	const asksOnlyMeaning = modelsOnly && asked.every((term) => ASKING_TERMS.has(term) || unknown.has(term));
	const answer = asksOnlyMeaning
		? notCovered('impact', ctx.suggestions())
		: retrievedAnswer(ctx, 'impact', {
				weigh: (passage) => (closing(passage) ? 2.5 : 1),
				...(echoed ? { topics: new Map([[echoed.id, TITLE_ECHO_BOOST]]) } : {}),
			});
	// "Why is everyone hyping r1": the article is about the models it names, so its closing sections also answer what
	// one of them means; a named method or stage is asked about itself.
	if (answer.covered || ctx.question.topics.some((topic) => topic.kind !== 'model')) return answer;
	// "Impact of r1 on nvidia stock": mostly words the knowledge never uses, asked of a model, is about something else;
	// the words that ask ("hyping", "impact") are not what it is about.
	if (ctx.question.topics.length > 0 && foreign.length * 2 > asked.length) return answer;
	const ranked = ctx.search({
		accept: closing,
		...(echoed ? { topics: new Map([[echoed.id, TITLE_ECHO_BOOST]]) } : {}),
	});
	const [best] = ranked;
	if (best) return passageAnswer(ctx, 'impact', ranked, best);
	// "What does this mean for us" is all stop words: the closing section whose title it echoes answers it.
	return echoed ? composeAnswer('impact', echoed, summaryLine(echoed), [], { direct: false }) : answer;
}

const OWN_MACHINE: ReadonlySet<string> = new Set([
	'run',
	'running',
	'my',
	'locally',
	'local',
	'home',
	'own',
	'offline',
]);
const LOCAL_TOPIC = 'run-locally';
const ownMachine = (ctx: AnswerContext): boolean => ctx.question.words.some((word) => OWN_MACHINE.has(word));

/**
 * Words of the question the knowledge never uses that are no everyday English word either: a product or a place
 * ("bedrock", "iphone"), not a typo of ours, which the reader has already mended.
 */
function unnamedPlaces(ctx: AnswerContext): string[] {
	// "Can i run r1 on my macbook": one's own machine is where the distilled models run.
	if (ownMachine(ctx)) return [];
	return ctx.strangeWords().filter((word) => !/\d/.test(word));
}

/** One named model's availability line (weights and their licence), when it states a licence. */
function modelLicence(ctx: AnswerContext): QaAnswer | undefined {
	const models = ctx.question.topics.filter((topic) => topic.kind === 'model');
	const [model] = models;
	const availability = model?.attributes?.availability;
	// "What does mit licensing mean for companies": a licence named is asked about itself.
	const namesLicence = ctx.question.words.some((word) => LICENCE_NAMES.has(word));
	const asksWhich = LICENCE_WORDS.test(ctx.question.words.join(' '));
	if (!model || models.length > 1 || namesLicence || !asksWhich) return undefined;
	if (!availability || !LICENCE_WORDS.test(availability.text)) return undefined;
	const licences = ctx.topicById(LICENCES_TOPIC);
	// "Can i use the llama 8b distill commercially, what licence": the model's licence, then the licences line that
	// best says what is asked ("commercial use…"), or their summary.
	const ranked = licences ? ctx.search({ accept: (passage) => passage.topic === licences }) : [];
	const [best] = ranked.filter((entry) => entry.passage.kind !== 'question' && entry.inText.length > 0);
	const support = best ? [leadLine(best)] : licences ? [{ text: licences.summary, source: licences.source.label }] : [];
	return composeAnswer(
		'access',
		model,
		{
			text: `**${model.title}**: ${availability.text}`,
			source: sourcesLabel(availability.sources),
		},
		support,
		{ direct: true },
	);
}

const LICENCE_WORDS = /\b(licen[cs]e[ds]?|licen[cs]ing|open ?source[ds]?|mit|apache)\b/i;
const LICENCES_TOPIC = 'licences';
const LICENCE_NAMES: ReadonlySet<string> = new Set(['mit', 'apache']);

/** Stems of the words that ask what something means ("hyped", "impact"): how a question asks, not what about. */
const ASKING_TERMS: ReadonlySet<string> = new Set(impactWords().map(stem));

const TITLE_ECHO = 3;
const TITLE_ECHO_BOOST = 2;

function closingSectionByTitle(ctx: AnswerContext): Topic | undefined {
	const asked = new Set(ctx.question.words.map(stem));
	const shared = (topic: Topic): number => words(topic.title).filter((word) => asked.has(stem(word))).length;
	// Three shared words make an echo ("what does this mean for…"); "the" alone does not.
	const sections = ctx.knowledge.topics.filter(
		(topic) => topic.kind === 'article-section' && shared(topic) >= TITLE_ECHO,
	);
	return [...sections].sort((a, b) => shared(b) - shared(a))[0];
}

function accessTuning(kind: AccessKind): SearchTuning {
	// Prices are one kind of cost; a training run's cost sits with its model.
	const topics = new Map(ACCESS_TOPICS[kind].map((id) => [id, kind === 'cost' ? 1.5 : 2.5]));
	return kind === 'cost' ? { topics, weigh: weighWhen(MONEY, 1.6) } : { topics };
}
