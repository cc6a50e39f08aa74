import type { Topic } from '../../knowledge/types.js';
import { composeAnswer, type Line, type QaAnswer } from '../answer.js';
import { isOrdinalWord, type OrderDirection, type StagePosition } from '../intent.js';
import { askedTerms } from '../question.js';
import { stem } from '../text.js';
import type { AnswerContext } from './context.js';
import { retrievedAnswer } from './retrieved.js';

const ORDINAL_NAMES = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'] as const;

/**
 * Words that only place a stage or ask what it is ("what happens in the third step", "what is the last one
 * called"); any other word asks something about the stage ("what rewards do they use in the last rl stage").
 */
const PLACING_WORDS = new Set(
	[
		...ORDINAL_NAMES,
		...['1st', '2nd', '3rd', '4th', '5th', '6th', 'last', 'final', 'penultimate', 'next', 'before', 'after'],
		...['step', 'steps', 'stage', 'stages', 'phase', 'round', 'part', 'thing', 'one', 'pipeline', 'training'],
		...['happen', 'happens', 'happening', 'doing', 'do', 'does', 'done', 'called', 'name', 'named', 'goal'],
		...['purpose', 'point', 'about', 'actually', 'article', 'paper', 'list', 'count', 'counting', 'bonus'],
		...['whats', 'trained', 'train', 'r1', 'deepseek', 'model', 'rl', 'sft', 'main', 'real', 'lol', 'come'],
		...['comes', 'came', 'go', 'goes', 'order', 'sequence', 'exactly', 'again', 'which', 'what'],
	].map(stem),
);

/** Next, previous, first, last, the stage at a place, or the whole list; the paper's own count alongside. */
export function orderAnswer(ctx: AnswerContext): QaAnswer {
	const stages = ctx.knowledge.stages();
	const { direction = 'list', position } = ctx.question.intent;
	const named = stageNamedByPlace(ctx);
	const placed = named ?? (position ? stageAt(stages, position) : undefined);
	const reference = position && placed ? placed : referenceStage(ctx, stages);
	const at = (index: number): Topic | undefined => stages[index];
	const index = reference ? stages.indexOf(reference) : -1;
	const name = (stage: Topic): string => `**${stage.title}**`;
	const stageLine = (stage: Topic): Line => ({ text: stage.summary, source: stage.source.label });
	// Every order answer: a lead about one stage, sourced to it, then that stage's lines.
	const about = (stage: Topic, lead: string, support: readonly Line[]): QaAnswer =>
		composeAnswer('order', stage, { text: lead, source: stage.source.label }, support, { direct: true });
	const notes = (stage: Topic | undefined): Line[] =>
		(stage?.factChecks ?? []).slice(0, 1).map((check) => ({ text: check.correction, source: check.source.label }));

	// "Is rejection sampling before or after the second rl round": each stage's number, and which comes first.
	const pair = direction === 'relative' ? namedStages(ctx, stages, placed) : [];
	const [one, other] = pair;
	if (one && other) {
		const [oneIndex, otherIndex] = [stages.indexOf(one), stages.indexOf(other)];
		const side = oneIndex > otherIndex ? 'after' : 'before';
		// Most stage titles hold their number ("Step 4: …"); the others get it said.
		const numbered = (stage: Topic, index: number): string =>
			/\bstep \d/i.test(stage.title) ? name(stage) : `${name(stage)} (step ${index + 1})`;
		const lead = `${numbered(one, oneIndex)} comes ${side} ${numbered(other, otherIndex)}.`;
		return about(one, lead, [stageLine(one), stageLine(other)]);
	}
	if ((direction === 'next' || direction === 'relative') && reference) {
		const next = at(index + 1);
		if (!next)
			return about(reference, `${name(reference)} is the last step: nothing comes after it.`, [stageLine(reference)]);
		return about(next, `After ${name(reference)} comes ${name(next)}.`, [stageLine(next), ...notes(next)]);
	}
	if (direction === 'previous' && reference) {
		const previous = at(index - 1);
		if (!previous)
			return about(reference, `${name(reference)} is the first step: nothing comes before it.`, [stageLine(reference)]);
		return about(previous, `Before ${name(reference)} comes ${name(previous)}.`, [
			stageLine(previous),
			...notes(reference),
		]);
	}
	const target = placed ?? (direction === 'first' ? at(0) : direction === 'last' ? at(stages.length - 1) : undefined);
	if (target && (direction === 'first' || direction === 'last' || direction === 'at')) {
		// "In the last rl stage what rewards do they use": the place finds the stage, what is asked about it is
		// answered from the knowledge, that stage first.
		if ((position || named) && asksAboutStage(ctx)) {
			const asked = retrievedAnswer(ctx, 'order', named ? {} : { topics: new Map([[target.id, PLACED_STAGE_BOOST]]) });
			if (asked.covered) return asked;
		}
		const lead = named
			? `${name(target)}:`
			: `${placeName(direction, position, stages.indexOf(target))} is ${name(target)}.`;
		return about(target, lead, [stageLine(target), ...notes(target)]);
	}
	return stageList(ctx, stages, reference ?? at(0));
}

/** A stage named by its place weighs as much as one named by name (the engine boosts a named stage 3x). */
const PLACED_STAGE_BOOST = 3;

function stageList(ctx: AnswerContext, stages: readonly Topic[], anchor: Topic | undefined): QaAnswer {
	if (!anchor)
		return composeAnswer(
			'order',
			ctx.knowledge.topics[0] as Topic,
			{ text: 'No training stages in the knowledge.', source: '' },
			[],
			{ direct: false },
		);
	const list = stages.map((stage, index) => `${index + 1}. ${stage.title}`).join('\n');
	const countCheck = stages
		.flatMap((stage) => stage.factChecks)
		.find((check) => /\b(?:stages?|steps?)\b/i.test(check.claim) && /four|4/.test(check.correction));
	// "How many stages does the paper give r1": the count is the answer, and the article's count differs from the
	// paper's, so both are said.
	if (countCheck && /\bhow many\b/.test(ctx.question.words.join(' ')))
		return composeAnswer(
			'order',
			anchor,
			{ text: countCheck.correction, source: countCheck.source.label },
			[{ text: `The article says: ${countCheck.claim}`, source: countCheck.claimSource.label }],
			{ direct: true },
		);
	const support: Line[] = countCheck ? [{ text: countCheck.correction, source: countCheck.source.label }] : [];
	return composeAnswer(
		'order',
		anchor,
		{ text: `The training steps, in order:\n${list}`, source: anchor.source.label },
		support,
		{ direct: true },
	);
}

/** "The first step", "the last RL step", "not counting the bonus step, the second-to-last step". */
function placeName(direction: OrderDirection, position: StagePosition | undefined, index: number): string {
	if (!position || direction === 'first' || direction === 'last')
		return direction === 'first' ? 'The first step' : direction === 'last' ? 'The last step' : `Step ${index + 1}`;
	const ordinal = ORDINAL_NAMES[position.offset] ?? `${position.offset + 1}th`;
	const place = position.from === 'start' ? ordinal : position.offset === 0 ? 'last' : `${ordinal}-to-last`;
	const among = position.among ? `${position.among.toUpperCase()} ` : '';
	const counted = position.skipsBonus ? 'Not counting the bonus step, the' : 'The';
	return `${counted} ${place} ${among}step`;
}

/**
 * A stage whose own name holds its place: "the last rl stage", "the final boss step" name Step 5, though the last
 * step of all is the distillation.
 */
function stageNamedByPlace(ctx: AnswerContext): Topic | undefined {
	const { entities, words } = ctx.question;
	return entities.find(
		(match) => match.topic.kind === 'stage' && words.slice(match.start, match.end).some(isOrdinalWord),
	)?.topic;
}

/**
 * The stage at a place, counting only the RL (or SFT) stages when asked so, and leaving the bonus step out when
 * asked so.
 */
export function stageAt(stages: readonly Topic[], position: StagePosition): Topic | undefined {
	const counted = stages.filter(
		(stage) =>
			(!position.skipsBonus || !isBonus(stage)) && (position.among === undefined || nameHolds(stage, position.among)),
	);
	const index = position.from === 'start' ? position.offset : counted.length - 1 - position.offset;
	return counted[index];
}

const isBonus = (stage: Topic): boolean => nameHolds(stage, 'bonus');

/** Whether the stage's title or one of its aliases holds the word ("rl", "sft", "bonus"). */
function nameHolds(stage: Topic, word: string): boolean {
	const pattern = new RegExp(`\\b${word}\\b`, 'i');
	return [stage.title, ...stage.aliases].some((name) => pattern.test(name));
}

/** Whether the question asks something about the stage beyond where it is or what it is called. */
function asksAboutStage(ctx: AnswerContext): boolean {
	return askedTerms(ctx.question).some((term) => !PLACING_WORDS.has(term));
}

/** The stage the question names, or the stage a named concept belongs to ("rejection sampling" → step 4). */
function referenceStage(ctx: AnswerContext, stages: readonly Topic[]): Topic | undefined {
	return ctx.question.topics.map((topic) => stageOf(topic, stages)).find((stage) => stage !== undefined);
}

function stageOf(topic: Topic, stages: readonly Topic[]): Topic | undefined {
	if (topic.kind === 'stage') return topic;
	return stages.find((candidate) => candidate.related.includes(topic.id) && topic.related.includes(candidate.id));
}

/** The distinct stages a question names or places, in the order it names them (a placed one last). */
function namedStages(ctx: AnswerContext, stages: readonly Topic[], placed: Topic | undefined): Topic[] {
	const named = ctx.question.topics.map((topic) => stageOf(topic, stages));
	return [...new Set([...named, placed].filter((stage): stage is Topic => stage !== undefined))];
}
