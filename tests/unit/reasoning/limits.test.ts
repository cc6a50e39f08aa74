import { Keyv } from 'keyv';
import { describe, expect, it } from 'vitest';
import { AskLimits } from '../../../src/reasoning/limits.js';
import { buildMessages } from '../../../src/reasoning/prompt.js';

const NOON = new Date('2026-11-29T12:00:00Z');

describe('AskLimits', () => {
	const limits = (overrides: Partial<ConstructorParameters<typeof AskLimits>[1]> = {}) =>
		new AskLimits(
			new Keyv<number>(),
			{ cooldownMs: 0, dailyQuota: 0, guildDailyTokens: 0, regenerateCooldownMs: 0, ...overrides },
			() => NOON,
		);

	it('stops a guild over its daily token budget until midnight UTC', async () => {
		const subject = limits({ guildDailyTokens: 1000 });
		expect(await subject.checkGuildBudget('g1')).toBeUndefined();
		await subject.recordTokens('g1', 1200);
		expect(await subject.checkGuildBudget('g1')).toEqual({
			limit: 'guild-budget',
			resetsAt: new Date('2026-11-30T00:00:00Z'),
		});
		expect(await subject.checkGuildBudget('g2')).toBeUndefined();
	});

	it('lets only one of two simultaneous questions through a cooldown', async () => {
		const subject = limits({ cooldownMs: 30_000 });
		const results = await Promise.all([subject.admitQuestion('u1'), subject.admitQuestion('u1')]);
		expect(results.filter((hit) => hit === undefined)).toHaveLength(1);
		expect(results.find((hit) => hit !== undefined)).toEqual({
			limit: 'cooldown',
			resetsAt: new Date(NOON.getTime() + 30_000),
		});
	});
});

describe('buildMessages', () => {
	it('starts with the user, alternates roles and skips turns with an empty answer', () => {
		const messages = buildMessages(
			[
				{ question: 'q1', answer: 'a1' },
				{ question: 'q2', answer: '' },
			],
			'q3',
		);
		expect(messages).toEqual([
			{ role: 'user', content: 'q1' },
			{ role: 'assistant', content: 'a1' },
			{ role: 'user', content: 'q3' },
		]);
	});
});
