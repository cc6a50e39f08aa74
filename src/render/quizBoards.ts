import { EmbedBuilder } from 'discord.js';
import type { Leaderboard } from '../quiz/scores.js';
import { accuracyByTopic } from '../quiz/scores.js';
import type { UserScore } from '../quiz/types.js';
import { FIELD_VALUE_MAX, accuracy, clip, plainName } from './quizText.js';
import { countOf } from './countOf.js';

export interface EmbedPayload {
	readonly embeds: EmbedBuilder[];
	readonly allowedMentions: { readonly parse: [] };
}

/** Top 10 with shared ranks for ties, and the asking user's own line. */
export function renderLeaderboard(board: Leaderboard, userId: string): EmbedPayload {
	const lines = board.top.map(
		(entry) =>
			`**${entry.rank}.** ${plainName(entry.score.name)} · ${countOf(entry.score.points, 'pt')} · ${accuracy(entry.score.correct, entry.score.answered)}${entry.userId === userId ? ' ← you' : ''}`,
	);
	const you = board.you
		? `You are #${board.you.rank} of ${board.players} with ${countOf(board.you.score.points, 'pt')}.`
		: 'You have not answered a question yet: try /quiz question.';
	// Built from data, not with the setters (see renderQuestion).
	const embed = new EmbedBuilder({
		color: 0xfee75c,
		title: 'Quiz leaderboard',
		description: lines.length > 0 ? lines.join('\n') : 'No answers yet in this server.',
		fields: [{ name: 'Your rank', value: you }],
		footer: { text: 'Points: easy 1, medium 2, hard 3 per right answer. Equal points share a rank.' },
	});
	return { embeds: [embed], allowedMentions: { parse: [] } };
}

/** Accuracy by topic (weakest first, so it says what to review) and streaks. */
export function renderStats(score: UserScore | undefined, topicTitle: (id: string) => string): EmbedPayload {
	const base = { color: 0x5865f2, title: 'Your quiz stats' };
	if (!score) {
		const empty = new EmbedBuilder({ ...base, description: 'No answers yet. Start with /quiz question.' });
		return { embeds: [empty], allowedMentions: { parse: [] } };
	}
	const topics = accuracyByTopic(score).map(
		(topic) => `${topicTitle(topic.topic)}: ${accuracy(topic.correct, topic.answered)}`,
	);
	const embed = new EmbedBuilder({
		...base,
		fields: [
			{ name: 'Points', value: String(score.points), inline: true },
			{ name: 'Accuracy', value: accuracy(score.correct, score.answered), inline: true },
			{ name: 'Streak', value: `${score.streak} now · best ${score.bestStreak}`, inline: true },
			{ name: 'By topic (weakest first)', value: clip(topics.join('\n'), FIELD_VALUE_MAX) },
		],
	});
	return { embeds: [embed], allowedMentions: { parse: [] } };
}
