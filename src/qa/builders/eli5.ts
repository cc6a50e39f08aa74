import type { Topic } from '../../knowledge/types.js';
import { composeAnswer, notCovered, type QaAnswer } from '../answer.js';
import type { AnswerContext } from './context.js';
import { confidentLead } from './retrieved.js';

/** "Like I'm five": the topic's plain-words line, then its summary for the next step up. */
export function eli5Answer(ctx: AnswerContext): QaAnswer {
	const [named, other] = ctx.question.topics;
	if (PIPELINE.test(ctx.question.words.join(' ')) && !ctx.question.topics.some((topic) => topic.kind === 'stage'))
		return pipelineInPlainWords(ctx);
	if (named && other) return bothInPlainWords(named, other);
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

/**
 * "Dumb it down: R1 vs R1-Zero": each one's plain line, side by side; for two models, then how each was trained,
 * which is where they differ most often.
 */
function bothInPlainWords(first: Topic, second: Topic): QaAnswer {
	const line = (topic: Topic): string => `**${topic.title}**: ${topic.plain ?? topic.summary}`;
	const training = [first, second].flatMap((topic) => {
		const attribute = topic.attributes?.training;
		return attribute
			? [
					{
						text: `How ${topic.title} was made: ${attribute.text}`,
						source: attribute.sources.map((ref) => ref.label).join('; '),
					},
				]
			: [];
	});
	return composeAnswer(
		'eli5',
		first,
		{ text: `In plain words:\n${line(first)}\n${line(second)}`, source: first.source.label },
		training.length === 2 ? training : [],
		{ direct: true, alsoFrom: [second.source.label] },
	);
}

const PIPELINE = /\b(pipeline|steps|stages|training process|recipe|how (it|r1) (was|is) (made|trained|built))\b/;

/** "Explain the R1 pipeline simply": every step's plain line, in order. */
function pipelineInPlainWords(ctx: AnswerContext): QaAnswer {
	const stages = ctx.knowledge.stages();
	const [first] = stages;
	if (!first) return notCovered('eli5', ctx.suggestions());
	const lines = stages.map((stage, index) => `${index + 1}. **${stage.title}**: ${stage.plain ?? stage.summary}`);
	return composeAnswer(
		'eli5',
		first,
		{ text: `The training steps, in plain words:\n${lines.join('\n')}`, source: first.source.label },
		[],
		{
			direct: true,
			alsoFrom: stages.slice(1).map((stage) => stage.source.label),
		},
	);
}
