import type { Topic } from '../../knowledge/types.js';
import { composeAnswer, type Line, type QaAnswer } from '../answer.js';
import type { AnswerContext } from './context.js';

/** Next, previous, first, last or the whole list, from the stage order; the paper's own count alongside. */
export function orderAnswer(ctx: AnswerContext): QaAnswer {
	const stages = ctx.knowledge.stages();
	const direction = ctx.question.intent.direction ?? 'list';
	const reference = referenceStage(ctx, stages);
	const at = (index: number): Topic | undefined => stages[index];
	const position = reference ? stages.indexOf(reference) : -1;
	const name = (stage: Topic): string => `**${stage.title}**`;
	const stageLine = (stage: Topic): Line => ({ text: stage.summary, source: stage.source.label });
	// Every order answer: a lead about one stage, sourced to it, then that stage's lines.
	const about = (stage: Topic, lead: string, support: readonly Line[]): QaAnswer =>
		composeAnswer('order', stage, { text: lead, source: stage.source.label }, support, { direct: true });
	const notes = (stage: Topic | undefined): Line[] =>
		(stage?.factChecks ?? []).slice(0, 1).map((check) => ({ text: check.correction, source: check.source.label }));

	if (direction === 'next' && reference) {
		const next = at(position + 1);
		if (!next)
			return about(reference, `${name(reference)} is the last step: nothing comes after it.`, [stageLine(reference)]);
		return about(next, `After ${name(reference)} comes ${name(next)}.`, [stageLine(next), ...notes(next)]);
	}
	if (direction === 'previous' && reference) {
		const previous = at(position - 1);
		if (!previous)
			return about(reference, `${name(reference)} is the first step: nothing comes before it.`, [stageLine(reference)]);
		return about(previous, `Before ${name(reference)} comes ${name(previous)}.`, [
			stageLine(previous),
			...notes(reference),
		]);
	}
	const first = at(0);
	const last = at(stages.length - 1);
	if (direction === 'first' && first)
		return about(first, `The first step is ${name(first)}.`, [stageLine(first), ...notes(first)]);
	if (direction === 'last' && last)
		return about(last, `The last step is ${name(last)}.`, [stageLine(last), ...notes(last)]);
	const list = stages.map((stage, index) => `${index + 1}. ${stage.title}`).join('\n');
	const anchor = reference ?? first;
	if (!anchor)
		return composeAnswer(
			'order',
			ctx.knowledge.topics[0] as Topic,
			{ text: 'No training stages in the knowledge.', source: '' },
			[],
			{ direct: false },
		);
	const countCheck = stages
		.flatMap((stage) => stage.factChecks)
		.find((check) => /\b(?:stages?|steps?)\b/i.test(check.claim) && /four|4/.test(check.correction));
	const support: Line[] = countCheck ? [{ text: countCheck.correction, source: countCheck.source.label }] : [];
	return composeAnswer(
		'order',
		anchor,
		{ text: `The training steps, in order:\n${list}`, source: anchor.source.label },
		support,
		{ direct: true },
	);
}

/** The stage the question names, or the stage a named concept belongs to ("rejection sampling" → step 4). */
function referenceStage(ctx: AnswerContext, stages: readonly Topic[]): Topic | undefined {
	for (const topic of ctx.question.topics) {
		if (topic.kind === 'stage') return topic;
		const stage = stages.find(
			(candidate) => candidate.related.includes(topic.id) && topic.related.includes(candidate.id),
		);
		if (stage) return stage;
	}
	return undefined;
}
