import { describe, expect, it } from 'vitest';
import { buildCustomId, parseCustomId } from '../../../src/core/customId.js';
import { UserFacingError } from '../../../src/core/errors.js';

describe('custom ids', () => {
	it('round-trips a prefix and its arguments', () => {
		expect(parseCustomId(buildCustomId('quiz', 'answer', 'r42', '2'))).toEqual({
			prefix: 'quiz',
			args: ['answer', 'r42', '2'],
		});
	});

	it("refuses ids over Discord's 100 characters when building", () => {
		expect(() => buildCustomId('x', 'y'.repeat(100))).toThrow(/custom_id too long/);
	});

	it('turns a forged or empty id into a friendly error', () => {
		expect(() => parseCustomId('')).toThrow(UserFacingError);
		expect(() => parseCustomId(':abc')).toThrow('This button is no longer valid.');
	});
});
