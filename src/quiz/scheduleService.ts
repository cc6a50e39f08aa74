import { claimWindow, createSchedule, dueWindow, type NewSchedule } from './schedule.js';
import type { QuizStore } from './store.js';
import type { Schedule } from './types.js';

export interface ScheduleService {
	start(params: Omit<NewSchedule, 'now'>): Promise<Schedule>;
	/** The stopped schedule, or undefined when there was none. */
	stop(guildId: string): Promise<Schedule | undefined>;
	get(guildId: string): Promise<Schedule | undefined>;
	list(): Promise<readonly Schedule[]>;
	/**
	 * Takes the due window, if any, and persists it before anything is posted: a restart or a second process
	 * then finds it taken, so a window is posted at most once.
	 */
	claimDue(guildId: string): Promise<Schedule | undefined>;
	/** Both apply only while the guild's schedule still posts to `channelId` (it may have been replaced). */
	markPosted(guildId: string, channelId: string): Promise<void>;
	pause(guildId: string, channelId: string, reason: string): Promise<void>;
}

export function createScheduleService(store: QuizStore, now: () => number): ScheduleService {
	return {
		async start(params) {
			const schedule = createSchedule({ ...params, now: now() });
			await store.saveSchedule(schedule);
			return schedule;
		},
		stop: (guildId) => store.deleteSchedule(guildId),
		get: (guildId) => store.getSchedule(guildId),
		list: () => store.listSchedules(),
		async claimDue(guildId) {
			const schedule = await store.getSchedule(guildId);
			const window = schedule ? dueWindow(schedule, now()) : undefined;
			if (!schedule || window === undefined) return undefined;
			// The update only lands while the window is still free: of several processes, exactly one gets it.
			const claimed = await store.claimWindow(guildId, schedule.channelId, window);
			return claimed ? claimWindow(schedule, window) : undefined;
		},
		markPosted: (guildId, channelId) => store.markPosted(guildId, channelId, now()),
		pause: (guildId, channelId, reason) => store.pauseSchedule(guildId, channelId, reason, now()),
	};
}
