import { MAX_STUDY_INTERVAL_MS, formatDuration, parseDuration } from './duration.js';
import type { Schedule } from './types.js';

export class ScheduleInputError extends Error {
	public override readonly name = 'ScheduleInputError';
}

/** Parses `every:` for /study start: a duration between the configured minimum and 24h. */
export function parseInterval(text: string, minMs: number): number {
	const ms = parseDuration(text);
	if (ms === undefined)
		throw new ScheduleInputError(`"${text}" is not a duration: use a form such as 30m, 2h or 1h30m.`);
	if (ms > MAX_STUDY_INTERVAL_MS) throw new ScheduleInputError(`Post at least once a day: ${text} is longer than 24h.`);
	if (ms < minMs) throw new ScheduleInputError(`The shortest interval allowed here is ${formatDuration(minMs)}.`);
	return ms;
}

export interface NewSchedule {
	readonly guildId: string;
	readonly channelId: string;
	readonly everyMs: number;
	readonly now: number;
	readonly startedBy: string;
}

/** The first question comes one interval after the start. */
export function createSchedule(params: NewSchedule): Schedule {
	return {
		guildId: params.guildId,
		channelId: params.channelId,
		everyMs: params.everyMs,
		anchorAt: params.now,
		lastWindow: 0,
		lastPostedAt: null,
		paused: null,
		startedBy: params.startedBy,
	};
}

/** The latest window that has started by `now` (0 before the first). */
export function currentWindow(schedule: Schedule, now: number): number {
	return Math.max(0, Math.floor((now - schedule.anchorAt) / schedule.everyMs));
}

/**
 * The window to post now, if any. Windows missed while the bot was down collapse into the latest one:
 * one post, not a backlog.
 */
export function dueWindow(schedule: Schedule, now: number): number | undefined {
	if (schedule.paused) return undefined;
	const window = currentWindow(schedule, now);
	return window > schedule.lastWindow ? window : undefined;
}

/** When the next post is due (now or in the past when one is due). */
export function nextDueAt(schedule: Schedule, now: number): number {
	const due = dueWindow(schedule, now);
	if (due !== undefined) return schedule.anchorAt + due * schedule.everyMs;
	return schedule.anchorAt + (Math.max(schedule.lastWindow, currentWindow(schedule, now)) + 1) * schedule.everyMs;
}

/** Marks the window as taken before posting: after a crash mid-post the window is skipped, never posted twice. */
export function claimWindow(schedule: Schedule, window: number): Schedule {
	return { ...schedule, lastWindow: window };
}

export function markPosted(schedule: Schedule, now: number): Schedule {
	return { ...schedule, lastPostedAt: now };
}

export function pauseSchedule(schedule: Schedule, reason: string, now: number): Schedule {
	return { ...schedule, paused: { reason, at: now } };
}
