import type { APIEmbed } from 'discord.js';
import type { QuizItem } from '../knowledge/types.js';
import { optionLabel } from './quizText.js';

export interface FeedbackPayload {
	readonly embeds: APIEmbed[];
	readonly allowedMentions: { readonly parse: [] };
}

const COLOUR_RIGHT = 0x57f287;
const COLOUR_WRONG = 0xed4245;
const FOOTER = { text: 'Your answer counts now; the result for everyone is shown when the round ends.' } as const;

/** The answerer's private feedback: right or wrong, why, where it comes from, and what to read next. */
export function renderAnswerFeedback(item: QuizItem, option: number, topicTitle: string): FeedbackPayload {
	const correct = option === item.answer;
	const answer = optionLabel(item.options, item.answer);
	const verdict = correct
		? `**${answer}** is correct.`
		: `You chose **${optionLabel(item.options, option)}**; the answer is **${answer}**.`;
	// Discord's own shape, not an EmbedBuilder: this runs on every answer press, and the builder's copy and toJSON
	// were a tenth of a press's own work. The unit tests hold it to Discord's limits.
	const embed: APIEmbed = {
		color: correct ? COLOUR_RIGHT : COLOUR_WRONG,
		title: correct ? 'Right!' : 'Not quite.',
		description: `${verdict}\n\n${item.explanation}`,
		fields: [
			{ name: 'Source', value: item.source.label },
			{ name: 'Read next', value: `/explain topic: ${topicTitle}` },
		],
		footer: FOOTER,
	};
	return { embeds: [embed], allowedMentions: { parse: [] } };
}
