import { EmbedBuilder } from 'discord.js';
import type { QuizItem } from '../knowledge/types.js';
import { optionLabel } from './quizText.js';

export interface FeedbackPayload {
	readonly embeds: EmbedBuilder[];
	readonly allowedMentions: { readonly parse: [] };
}

/** The answerer's private feedback: right or wrong, why, where it comes from, and what to read next. */
export function renderAnswerFeedback(item: QuizItem, option: number, topicTitle: string): FeedbackPayload {
	const correct = option === item.answer;
	const answer = optionLabel(item.options, item.answer);
	// Built from data, not with the setters (see renderQuestion): this runs on every answer press.
	const embed = new EmbedBuilder({
		color: correct ? 0x57f287 : 0xed4245,
		title: correct ? 'Right!' : 'Not quite.',
		description: [
			correct
				? `**${answer}** is correct.`
				: `You chose **${optionLabel(item.options, option)}**; the answer is **${answer}**.`,
			'',
			item.explanation,
		].join('\n'),
		fields: [
			{ name: 'Source', value: item.source.label },
			{ name: 'Read next', value: `/explain topic: ${topicTitle}` },
		],
		footer: { text: 'Your answer counts now; the result for everyone is shown when the round ends.' },
	});
	return { embeds: [embed], allowedMentions: { parse: [] } };
}
