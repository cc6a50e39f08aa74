import {
	ButtonStyle,
	ComponentType,
	type APIActionRowComponent,
	type APIButtonComponentWithCustomId,
	type APIEmbed,
} from 'discord.js';
import { buildCustomId } from '../core/customId.js';
import type { Question } from '../quiz/service.js';
import { tallyRound } from '../quiz/round.js';
import {
	BUTTON_LABEL_MAX,
	FIELD_VALUE_MAX,
	LETTERS,
	clip,
	nameList,
	optionLabel,
	plainName,
	timestamp,
	usesLetters,
} from './quizText.js';

export const QUIZ_PREFIX = 'quiz';
export const ANSWER_ACTION = 'answer';

const COLOUR_OPEN = 0x5865f2;
const COLOUR_REVEALED = 0x57f287;

export interface QuestionPayload {
	readonly embeds: APIEmbed[];
	readonly components: APIActionRowComponent<APIButtonComponentWithCustomId>[];
	readonly allowedMentions: { readonly parse: [] };
}

export function answerCustomId(roundId: string, option: number): string {
	return buildCustomId(QUIZ_PREFIX, ANSWER_ACTION, roundId, String(option));
}

/** The question message: open (answer count, end time) or revealed (answer, how many right and who, buttons off). */
export function renderQuestion(question: Question, topicTitle: string): QuestionPayload {
	const { round, item } = question;
	const revealed = round.status === 'revealed';
	const letters = item.kind === 'choice' && usesLetters(item.options);
	const tally = tallyRound(round);
	const lines = [`**${item.question}**`];
	if (letters) lines.push('', ...item.options.map((option, index) => `**${LETTERS[index] ?? index + 1}.** ${option}`));
	const fields = revealed
		? [
				{ name: 'Answer', value: clip(optionLabel(item.options, item.answer), FIELD_VALUE_MAX) },
				{
					name: `${tally.correct} of ${tally.answered} got it right`,
					value:
						tally.correctNames.length > 0
							? nameList(tally.correctNames.map(plainName), FIELD_VALUE_MAX)
							: 'Nobody this time.',
				},
			]
		: [
				{
					name: `${tally.answered} answered`,
					value: `Answer by ${timestamp(round.endsAt, 'R')}; the answer is revealed then.`,
				},
			];
	// Discord's own shapes, not builders: a builder's setters run shapeshift, which (validators off or not) builds an
	// error with a stack trace for every union branch that does not match, and even built from data each builder
	// copies and re-serialises it: a sixth of a /quiz question's own work. The unit tests check these payloads
	// against Discord's limits.
	const embed: APIEmbed = {
		color: revealed ? COLOUR_REVEALED : COLOUR_OPEN,
		author: { name: `Quiz · ${topicTitle} · ${item.difficulty}` },
		description: lines.join('\n'),
		fields,
		...(revealed
			? { footer: { text: clip(`Source: ${item.source.label} · read more: /explain ${topicTitle}`, 2048) } }
			: {}),
	};
	const buttons = item.options.map((option, index): APIButtonComponentWithCustomId => ({
		type: ComponentType.Button,
		custom_id: answerCustomId(round.id, index),
		label: letters ? (LETTERS[index] ?? String(index + 1)) : clip(option, BUTTON_LABEL_MAX),
		style: revealed ? (index === item.answer ? ButtonStyle.Success : ButtonStyle.Secondary) : ButtonStyle.Primary,
		disabled: revealed,
	}));
	return {
		embeds: [embed],
		components: [{ type: ComponentType.ActionRow, components: buttons }],
		allowedMentions: { parse: [] },
	};
}
