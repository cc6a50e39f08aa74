import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from '../../../src/quiz/duration.js';
import {
	claimWindow,
	createSchedule,
	dueWindow,
	nextDueAt,
	parseInterval,
	pauseSchedule,
} from '../../../src/quiz/schedule.js';

const MINUTE = 60_000;

describe('durations', () => {
	it('parses 30m, 2h, 1h30m and 45s, and formats them back', () => {
		expect(parseDuration('30m')).toBe(30 * MINUTE);
		expect(parseDuration('2h')).toBe(120 * MINUTE);
		expect(parseDuration('1h30m')).toBe(90 * MINUTE);
		expect(parseDuration('45s')).toBe(45_000);
		expect(formatDuration(90 * MINUTE)).toBe('1h30m');
		for (const bad of ['', '0m', '5', 'm', '1d', 'ten minutes']) expect(parseDuration(bad)).toBeUndefined();
	});

	it('accepts intervals from the configured minimum up to 24h', () => {
		expect(parseInterval('15m', 15 * MINUTE)).toBe(15 * MINUTE);
		expect(() => parseInterval('10m', 15 * MINUTE)).toThrow('The shortest interval allowed here is 15m.');
		expect(() => parseInterval('25h', MINUTE)).toThrow('longer than 24h');
		expect(() => parseInterval('soon', MINUTE)).toThrow('is not a duration');
	});
});

describe('study schedule windows', () => {
	const schedule = createSchedule({ guildId: 'g', channelId: 'c', everyMs: 10 * MINUTE, now: 0, startedBy: 'u' });

	it('first posts one interval after the start', () => {
		expect(dueWindow(schedule, 10 * MINUTE - 1)).toBeUndefined();
		expect(nextDueAt(schedule, 0)).toBe(10 * MINUTE);
		expect(dueWindow(schedule, 10 * MINUTE)).toBe(1);
	});

	it('does not post a claimed window again', () => {
		const claimed = claimWindow(schedule, 1);
		expect(dueWindow(claimed, 15 * MINUTE)).toBeUndefined();
		expect(nextDueAt(claimed, 15 * MINUTE)).toBe(20 * MINUTE);
	});

	it('posts windows missed while down once, as the latest window, not as a backlog', () => {
		const claimed = claimWindow(schedule, 1);
		expect(dueWindow(claimed, 55 * MINUTE)).toBe(5);
		const caughtUp = claimWindow(claimed, 5);
		expect(dueWindow(caughtUp, 59 * MINUTE)).toBeUndefined();
		expect(nextDueAt(caughtUp, 59 * MINUTE)).toBe(60 * MINUTE);
	});

	it('posts nothing while paused', () => {
		expect(dueWindow(pauseSchedule(schedule, 'gone', 1), 30 * MINUTE)).toBeUndefined();
	});
});
