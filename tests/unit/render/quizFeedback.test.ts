import { EmbedBuilder } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { renderAnswerFeedback } from '../../../src/render/quizFeedback.js';
import { item } from '../quiz/items.js';
import { expectEmbedWithinLimits } from './discordLimits.js';
import { loadRealKnowledge } from './knowledge.js';

describe('answer feedback', () => {
	it('says right, with the why, the source and what to read next, mentioning nobody', () => {
		const payload = renderAnswerFeedback(item('q'), 0, 'GRPO');
		expect(payload.allowedMentions).toEqual({ parse: [] });
		const [embed] = payload.embeds;
		expect(embed?.title).toBe('Right!');
		expect(embed?.description).toBe('**right** is correct.\n\nBecause.');
		expect(embed?.fields).toEqual([
			{ name: 'Source', value: 'Paper §1' },
			{ name: 'Read next', value: '/explain topic: GRPO' },
		]);
	});

	it('says what was chosen and what the answer is after a miss', () => {
		const [embed] = renderAnswerFeedback(item('q'), 2, 'GRPO').embeds;
		expect(embed?.title).toBe('Not quite.');
		expect(embed?.description?.split('\n')[0]).toBe('You chose **wrong 2**; the answer is **right**.');
		expect(embed?.color).not.toBe(renderAnswerFeedback(item('q'), 0, 'GRPO').embeds[0]?.color);
	});

	it('is an embed Discord takes for every option of every item of the bank', async () => {
		const knowledge = await loadRealKnowledge();
		for (const quizItem of knowledge.quiz) {
			const title = knowledge.get(quizItem.topic)?.title ?? quizItem.topic;
			for (let option = 0; option < quizItem.options.length; option += 1) {
				const [embed] = renderAnswerFeedback(quizItem, option, title).embeds;
				if (!embed) throw new Error('no embed');
				// discord.js's own builder takes it as it is (it validates the shape when asked to).
				expect(new EmbedBuilder(embed).toJSON()).toEqual(embed);
				expectEmbedWithinLimits(embed);
			}
		}
	});
});
