import { describe, expect, it } from 'vitest';
import { formatTimestamp, mentionLabel } from '../../../../src/playground/markup/index.js';

// 2 December 2026 04:33:12 UTC, a Wednesday.
const AT = Date.UTC(2026, 11, 2, 4, 33, 12) / 1000;
const now = new Date(AT * 1000);

describe('formatTimestamp', () => {
	it('prints every absolute style in UTC', () => {
		expect(formatTimestamp(AT, 't', now)).toBe('04:33');
		expect(formatTimestamp(AT, 'T', now)).toBe('04:33:12');
		expect(formatTimestamp(AT, 'd', now)).toBe('02/12/2026');
		expect(formatTimestamp(AT, 'D', now)).toBe('2 December 2026');
		expect(formatTimestamp(AT, 'f', now)).toBe('2 December 2026 04:33');
		expect(formatTimestamp(AT, 'F', now)).toBe('Wednesday, 2 December 2026 04:33');
	});

	it('prints relative times both ways with singular and plural units', () => {
		expect(formatTimestamp(AT + 300, 'R', now)).toBe('in 5 minutes');
		expect(formatTimestamp(AT - 3 * 3600, 'R', now)).toBe('3 hours ago');
		expect(formatTimestamp(AT + 1, 'R', now)).toBe('in 1 second');
		expect(formatTimestamp(AT - 86_400, 'R', now)).toBe('1 day ago');
		expect(formatTimestamp(AT + 45, 'R', now)).toBe('in 45 seconds');
		expect(formatTimestamp(AT - 400 * 86_400, 'R', now)).toBe('1 year ago');
		expect(formatTimestamp(AT, 'R', now)).toBe('now');
	});
});

describe('mentionLabel', () => {
	const names = {
		user: (id: string) => (id === '1' ? 'you' : undefined),
		channel: (id: string) => (id === '2' ? 'quiz' : undefined),
		role: (id: string) => (id === '3' ? 'moderators' : undefined),
	};
	it('labels known and unknown mentions by name only', () => {
		expect(mentionLabel({ kind: 'mention', target: 'user', id: '1' }, names)).toBe('@you');
		expect(mentionLabel({ kind: 'mention', target: 'channel', id: '2' }, names)).toBe('#quiz');
		expect(mentionLabel({ kind: 'mention', target: 'role', id: '3' }, names)).toBe('@moderators');
		expect(mentionLabel({ kind: 'mention', target: 'channel', id: '9' }, names)).toBe('#unknown-channel');
	});
});
