import type { Topic } from '../../knowledge/types.js';
import { composeAnswer, notCovered, type Line, type QaAnswer } from '../answer.js';
import { formatScore } from '../scores.js';
import type { Intent } from '../intent.js';
import type { Question } from '../question.js';
import { isStopWord } from '../text.js';
import type { RankedPassage } from '../retrieve.js';
import type { AnswerContext } from './context.js';
import { summaryLine, supportLines } from './lead.js';

/**
 * The topic a question is plainly about: the only topic it names, with every other content word a question word
 * ("what is grpo", "explain the aha moment", "r1-zero??"). Otherwise undefined: retrieval decides.
 */
export function subjectOf(question: Question): Topic | undefined {
	const [only, ...others] = question.topics;
	if (!only) return undefined;
	// "What does 'language mixing' mean in the context of R1-Zero": a method or idea named first, the models after it
	// only say where.
	if (others.length > 0 && (only.kind === 'model' || others.some((topic) => topic.kind !== 'model'))) return undefined;
	const inNames = new Set<number>();
	for (const match of question.entities) for (let i = match.start; i < match.end; i += 1) inNames.add(i);
	const loose = question.words.filter((word, index) => !inNames.has(index) && !isStopWord(word) && !FRAMING.has(word));
	return loose.length === 0 ? only : undefined;
}

/** Words that frame a definition question without narrowing it. */
const FRAMING: ReadonlySet<string> = new Set([
	'define',
	'definition',
	'describe',
	'meaning',
	'called',
	'exactly',
	'basically',
	'stand',
	'stands',
	'deal',
	'anyway',
	'model',
	'concept',
	'term',
	'overview',
	'summary',
	'summarize',
	'summarise',
	'info',
	'information',
	'context',
	'work',
	'works',
	'function',
	'mean',
	'means',
	'used',
	'paper',
	'article',
]);

/**
 * "The part where they generate a bunch of answers and toss the bad ones, whats it called": the topic whose own
 * words best match the description (names aside), by its title.
 */
export function nameAnswer(ctx: AnswerContext): QaAnswer | undefined {
	// What students describe without a name is mostly a method or idea; a model or a benchmark they name.
	const topics = new Map(ctx.knowledge.topics.map((topic) => [topic.id, DESCRIBED_KIND_WEIGHT[topic.kind] ?? 1]));
	const ranked = ctx.search({ ignoreNames: true, topics, accept: (passage) => DESCRIBING_KINDS.has(passage.kind) });
	// A topic described in one passage's words by luck loses to one whose passages say it again and again: its best
	// two passages count.
	const byTopic = new Map<Topic, RankedPassage[]>();
	for (const entry of ranked.slice(0, DESCRIBED_CANDIDATES))
		byTopic.set(entry.passage.topic, [...(byTopic.get(entry.passage.topic) ?? []), entry]);
	const weight = (entries: readonly RankedPassage[]): number =>
		entries.slice(0, 2).reduce((sum, entry) => sum + entry.score, 0);
	const [bestEntries] = [...byTopic.values()].sort((a, b) => weight(b) - weight(a));
	const [best] = bestEntries ?? [];
	if (!best || best.inText.length < MIN_DESCRIBED_TERMS) return undefined;
	const { topic } = best.passage;
	return composeAnswer(
		'definition',
		topic,
		{ text: `That is **${topic.title}**: ${topic.summary}`, source: topic.source.label },
		supportLines(ranked, best),
		{ direct: false },
	);
}

/** What a description matches: what topics say they are, not curated questions or score lines. */
const DESCRIBING_KINDS: ReadonlySet<string> = new Set(['summary', 'plain', 'explanation', 'fact']);
const MIN_DESCRIBED_TERMS = 2;
const DESCRIBED_CANDIDATES = 30;
const DESCRIBED_KIND_WEIGHT: Readonly<Partial<Record<Topic['kind'], number>>> = {
	concept: 1.5,
	model: 0.5,
	benchmark: 0.5,
	resource: 0.5,
	'article-section': 0.5,
};

/** "What is X": the summary first, then the two facts of X that best fit the question. */
export function definitionAnswer(ctx: AnswerContext, topic: Topic, intent: Intent = 'definition'): QaAnswer {
	const lead: Line = summaryLine(topic);
	const ranked = ctx.search({ accept: (passage) => passage.topic === topic });
	const summary = ranked.find((entry) => entry.passage.kind === 'summary');
	const support = summary ? supportLines(ranked, summary) : [];
	const facts =
		support.length > 0
			? support
			: topic.facts.slice(0, 2).map((fact) => ({ text: fact.text, source: fact.source.label }));
	// A definition is the knowledge's to give; how a method works, a model configured may explain better.
	return composeAnswer(intent, topic, lead, facts, { direct: intent === 'definition' });
}

/**
 * "What is alpacaeval", "what is cnmo 2024": a benchmark our sources list with others on one topic. Its own sentence
 * ("CNMO 2024 is the Chinese National High School Mathematics Olympiad") answers; where there is none, our sources
 * give only its scores, and the answer says so rather than describing the whole list.
 */
export function listedBenchmarkAnswer(ctx: AnswerContext): QaAnswer | undefined {
	const [match, ...others] = ctx.question.entities;
	const benchmark = match?.benchmark;
	if (!match || !benchmark || others.some((other) => other.topic !== match.topic)) return undefined;
	// A benchmark with a topic of its own ("MMLU") is defined by that topic's summary.
	if (match.topic.title === benchmark.name) return undefined;
	const listed = ctx.knowledge.benchmarks.benchmarks.filter((each) => each.topic === match.topic.id);
	if (listed.length < 2) return undefined;
	// Its own sentence, up to the full stop (not the point of "82.5") or semicolon that ends it.
	const says = new RegExp(
		String.raw`(?:^|[.;]\s+)(${escapeRegExp(benchmark.name)} is (?:a|an|the)\b.*?)(?:[.;](?=\s|$)|$)`,
	);
	const scores = ctx.knowledge.benchmarks.scores.filter((score) => score.benchmark === benchmark.id);
	const figures = scores
		.map((score) => `${ctx.topicById(score.model)?.title ?? score.model} ${formatScore(score)}`)
		.join(', ');
	const table: Line[] =
		scores.length > 0
			? [
					{
						text: `In our score table: ${figures}.`,
						source: [...new Set(scores.map((score) => score.source.label))].join('; '),
					},
				]
			: [];
	for (const passage of ctx.passagesOf(match.topic)) {
		const sentence = says.exec(passage.text)?.[1];
		if (sentence)
			return composeAnswer('definition', match.topic, { text: `${sentence}.`, source: passage.source }, table, {
				direct: true,
			});
	}
	return notCovered(
		'definition',
		[match.topic],
		`Our sources give only its scores${figures ? ` (${figures})` : ''}, not what ${benchmark.name} tests.`,
	);
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
