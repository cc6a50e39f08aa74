import type { Topic } from '../../knowledge/types.js';
import { composeAnswer, notCovered, sourcesLabel, type QaAnswer } from '../answer.js';
import type { AnswerContext } from './context.js';
import { confidentLead } from './retrieved.js';
import { askedTerms } from '../question.js';
import { stem, words } from '../text.js';

/** "Like I'm five": the topic's plain-words line, then its summary for the next step up. */
export function eli5Answer(ctx: AnswerContext): QaAnswer {
	const [named, other] = ctx.question.topics;
	if (PIPELINE.test(ctx.question.words.join(' ')) && !ctx.question.topics.some((topic) => topic.kind === 'stage'))
		return pipelineInPlainWords(ctx);
	if (named && other) return bothInPlainWords(named, other);
	// "eli5 why r1 is such a big deal": more is asked of the model than what it is; the passage that answers it says
	// which topic to put in plain words.
	const plainly = named?.plain ?? named?.summary ?? '';
	const held = new Set(words(`${plainly} ${named?.summary ?? ''}`).map(stem));
	const more =
		askedTerms(ctx.question).filter((term) => !held.has(term) && !PLAIN_WORDS_ASKED.has(term)).length >=
		MORE_ASKED_TERMS;
	const topic = (more || !named ? confidentLead(ctx, ctx.search())?.passage.topic : undefined) ?? named;
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
						source: sourcesLabel(attribute.sources),
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

/** Words that ask for plain words ("explain rl like im 5", "grpo in simple words pls"), not for more. */
const PLAIN_WORDS_ASKED: ReadonlySet<string> = new Set(
	'explain like im i m 5 five simple simply word words pls please plain dumb layman laymans terms kid kids child eli5 eli basic basically easy understand noob beginner'
		.split(' ')
		.map(stem),
);
/** Asked terms the named topic's plain line and summary do not hold, beyond which more is asked of it. */
const MORE_ASKED_TERMS = 2;

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
