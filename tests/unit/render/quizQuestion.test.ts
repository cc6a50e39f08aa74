import { ActionRowBuilder, EmbedBuilder, type ButtonBuilder } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { openRound } from '../../../src/quiz/round.js';
import { renderQuestion } from '../../../src/render/quizQuestion.js';
import { item } from '../quiz/items.js';
import { expectEmbedWithinLimits } from './discordLimits.js';
import { loadRealKnowledge } from './knowledge.js';

function labels(payload: ReturnType<typeof renderQuestion>): string[] {
	return payload.components.flatMap((row) =>
		row.components.map((button) => ('label' in button ? (button.label ?? '') : '')),
	);
}

describe('question message', () => {
	it('puts short options on the buttons themselves', () => {
		const question = item('short');
		const round = openRound({
			id: 'r1',
			guildId: 'g',
			channelId: 'c',
			item: question,
			askedBy: null,
			now: 0,
			durationMs: 1,
		});
		const payload = renderQuestion({ round, item: question }, 'GRPO');
		expect(labels(payload)).toEqual(['right', 'wrong 1', 'wrong 2', 'wrong 3']);
		expect(payload.allowedMentions).toEqual({ parse: [] });
	});

	it('moves options longer than 80 characters into the body and labels the buttons A to D', () => {
		const long = `${'a very long option '.repeat(5)}end`;
		const question = item('long', { options: ['right', long, 'wrong 2', 'wrong 3'] });
		const round = openRound({
			id: 'r1',
			guildId: 'g',
			channelId: 'c',
			item: question,
			askedBy: null,
			now: 0,
			durationMs: 1,
		});
		const payload = renderQuestion({ round, item: question }, 'GRPO');
		expect(labels(payload)).toEqual(['A', 'B', 'C', 'D']);
		expect(payload.embeds[0]?.description).toContain(`**B.** ${long}`);
	});

	it('reveals with the answer, the count and names as plain text, buttons disabled', () => {
		const question = item('q');
		const round = {
			...openRound({ id: 'r1', guildId: 'g', channelId: 'c', item: question, askedBy: null, now: 0, durationMs: 1 }),
			status: 'revealed' as const,
			answers: {
				u1: { name: '@everyone', option: 0, correct: true, at: 1 },
				u2: { name: 'Bo', option: 1, correct: false, at: 2 },
			},
		};
		const embed = renderQuestion({ round, item: question }, 'GRPO').embeds[0];
		expect(embed?.fields).toEqual([
			{ name: 'Answer', value: 'right' },
			{ name: '1 of 2 got it right', value: '\\@everyone' },
		]);
		const buttons = renderQuestion({ round, item: question }, 'GRPO').components[0]?.components ?? [];
		expect(buttons.every((button) => 'disabled' in button && button.disabled)).toBe(true);
	});

	it('is a message Discord takes for every item of the bank, open and revealed', async () => {
		const knowledge = await loadRealKnowledge();
		for (const quizItem of knowledge.quiz) {
			const open = openRound({
				id: 'a1b2c3d4e5',
				guildId: 'g',
				channelId: 'c',
				item: quizItem,
				askedBy: null,
				now: 0,
				durationMs: 60_000,
			});
			for (const round of [open, { ...open, status: 'revealed' as const }]) {
				const payload = renderQuestion(
					{ round, item: quizItem },
					knowledge.get(quizItem.topic)?.title ?? quizItem.topic,
				);
				const [embed] = payload.embeds;
				if (!embed) throw new Error('no embed');
				expectEmbedWithinLimits(embed);
				// discord.js's builders take both as they are.
				expect(new EmbedBuilder(embed).toJSON()).toEqual(embed);
				const [row] = payload.components;
				if (!row) throw new Error('no buttons');
				expect(new ActionRowBuilder<ButtonBuilder>(row).toJSON()).toEqual(row);
				expect(row.components.length).toBeLessThanOrEqual(5);
				for (const button of row.components) {
					expect(button.custom_id.length).toBeLessThanOrEqual(100);
					expect(button.label?.length ?? 0).toBeGreaterThan(0);
					expect(button.label?.length ?? 0).toBeLessThanOrEqual(80);
				}
			}
		}
	});
});
