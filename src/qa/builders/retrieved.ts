import { composeAnswer, notCovered, type QaAnswer } from '../answer.js';
import type { Intent } from '../intent.js';
import type { RankedPassage } from '../retrieve.js';
import type { AnswerContext, SearchTuning } from './context.js';
import { leadLine, supportLines } from './lead.js';

/**
 * Share of the question's terms the answering topic must hold somewhere; below it the question is about
 * something our sources do not cover. Named topics lower the bar: the question is plainly about them.
 */
export const CONFIDENCE = Object.freeze({ minCoverage: 0.5, minCoverageOffTopic: 0.6 });

/** The best passage leads, its topic supports; below the confidence bar, "not in our sources". */
export function retrievedAnswer(ctx: AnswerContext, intent: Intent, tuning: SearchTuning = {}): QaAnswer {
	const ranked = ctx.search(tuning);
	const lead = confidentLead(ctx, ranked);
	if (!lead) return notCovered(intent, ctx.suggestions());
	return composeAnswer(intent, lead.passage.topic, leadLine(lead), supportLines(ranked, lead), {
		direct: false,
	});
}

/** The top passage when it is on a topic the question names (or mentions one) and covers enough of it. */
export function confidentLead(ctx: AnswerContext, ranked: readonly RankedPassage[]): RankedPassage | undefined {
	const [lead] = ranked;
	if (!lead || lead.matched.length === 0) return undefined;
	const { terms, topics } = ctx.question;
	if (terms.length === 0) return undefined;
	const held = ctx.topicTerms(lead.passage.topic.id);
	const coverage = terms.filter((term) => held.has(term)).length / terms.length;
	const onNamedTopic = topics.includes(lead.passage.topic);
	if (onNamedTopic) return lead;
	const bar = topics.length > 0 ? CONFIDENCE.minCoverageOffTopic : CONFIDENCE.minCoverage;
	return coverage >= bar ? lead : undefined;
}
