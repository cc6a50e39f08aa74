import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedMessage, Reply } from '../../src/emulator/index.js';
import { listComponents } from '../../src/emulator/index.js';
import { startHarness, type Harness } from '../helpers/harness.js';

/** The answer buttons of a question message, in order. */
function answerButtons(message: Reply | RecordedMessage): { customId: string; label: string }[] {
	return listComponents(message)
		.filter((component) => component.customId?.startsWith('quiz:answer:'))
		.map((component) => ({ customId: component.customId ?? '', label: component.label ?? '' }));
}

describe('/quiz through the emulator', () => {
	let harness: Harness;
	beforeAll(async () => {
		harness = await startHarness({ env: { QUIZ_ROUND_SECONDS: '3' } });
	});
	afterAll(async () => {
		await harness.stop();
	});

	it('posts a question with one button per option, counts answers and reveals the answer with names', async () => {
		const alice = harness.emulator.user('alice');
		const question = await alice.slash('quiz question', { topic: 'grpo', difficulty: 'hard' });
		expect(question.ephemeral).toBe(false);
		expect(question.allowedMentions).toEqual({ parse: [] });
		expect(question.embeds[0]?.description).toContain('How does GRPO compute the advantage');
		const buttons = answerButtons(question);
		expect(buttons).toHaveLength(4);
		const right = buttons.find((button) => button.label.startsWith('(reward − group mean)'));
		const wrong = buttons.find((button) => button.label.startsWith('Reward minus'));
		if (!right || !wrong) throw new Error('buttons missing');

		const feedback = await alice.click(question, right.customId);
		expect(feedback.ephemeral).toBe(true);
		expect(feedback.embeds[0]?.title).toBe('Right!');
		expect(feedback.embeds[0]?.fields).toEqual(
			expect.arrayContaining([
				{ name: 'Source', value: 'DeepSeek-R1 paper eq. 1–3' },
				expect.objectContaining({ name: 'Read next', value: expect.stringContaining('GRPO') }),
			]),
		);
		const bob = harness.emulator.user('bob');
		const bobFeedback = await bob.click(question, wrong.customId);
		expect(bobFeedback.embeds[0]?.title).toBe('Not quite.');

		const again = await alice.click(question, wrong.customId);
		expect(again.ephemeral).toBe(true);
		expect(again.content).toContain('You already answered this question');

		const message = question.message;
		if (!message) throw new Error('no message');
		await harness.emulator.waitForMessage(
			(m) => m.id === message.id && m.embeds[0]?.fields?.[0]?.name === '2 answered',
		);
		const revealed = await harness.emulator.waitForMessage(
			(m) => m.id === message.id && (m.embeds[0]?.fields ?? []).some((field) => field.name === 'Answer'),
			10_000,
		);
		const fields = revealed.embeds[0]?.fields ?? [];
		expect(fields.find((field) => field.name === 'Answer')?.value).toContain('(reward − group mean)');
		expect(fields.find((field) => field.name === '1 of 2 got it right')?.value).toBe(alice.name);
		expect(revealed.allowedMentions).toEqual({ parse: [] });
	});
});
