import { composeAnswer, notCovered, type QaAnswer } from '../answer.js';
import type { AnswerContext } from './context.js';
import { confidentLead } from './retrieved.js';

/** "Like I'm five": the topic's plain-words line, then its summary for the next step up. */
export function eli5Answer(ctx: AnswerContext): QaAnswer {
	const named = ctx.question.topics[0];
	const topic = named ?? confidentLead(ctx, ctx.search())?.passage.topic;
	if (!topic) return notCovered('eli5', ctx.suggestions());
	const lead = topic.plain ?? topic.summary;
	return composeAnswer(
		'eli5',
		topic,
		{ text: `**${topic.title}**, in plain words: ${lead}`, source: topic.source.label },
		topic.plain ? [{ text: `A bit more precisely: ${topic.summary}`, source: topic.source.label }] : [],
		{ direct: true },
	);
}
