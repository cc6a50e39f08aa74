import type { Topic } from '../../knowledge/types.js';
import { composeAnswer, type Line, type QaAnswer } from '../answer.js';
import type { Question } from '../question.js';
import { isStopWord } from '../text.js';
import type { AnswerContext } from './context.js';
import { summaryLine, supportLines } from './lead.js';

/**
 * The topic a question is plainly about: the only topic it names, with every other content word a question word
 * ("what is grpo", "explain the aha moment", "r1-zero??"). Otherwise undefined: retrieval decides.
 */
export function subjectOf(question: Question): Topic | undefined {
	const [only, ...others] = question.topics;
	if (!only || others.length > 0) return undefined;
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
]);

/** "What is X": the summary first, then the two facts of X that best fit the question. */
export function definitionAnswer(ctx: AnswerContext, topic: Topic): QaAnswer {
	const lead: Line = summaryLine(topic);
	const ranked = ctx.search({ accept: (passage) => passage.topic === topic });
	const summary = ranked.find((entry) => entry.passage.kind === 'summary');
	const support = summary ? supportLines(ranked, summary) : [];
	const facts =
		support.length > 0
			? support
			: topic.facts.slice(0, 2).map((fact) => ({ text: fact.text, source: fact.source.label }));
	return composeAnswer('definition', topic, lead, facts, { direct: true });
}
