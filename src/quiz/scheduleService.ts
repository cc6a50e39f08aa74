import { claimWindow, createSchedule, dueWindow, markPosted, pauseSchedule, type NewSchedule } from './schedule.js';
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
	markPosted(guildId: string, channelId: string): Promise<void>;
	pause(guildId: string, channelId: string, reason: string): Promise<void>;
}

export function createScheduleService(store: QuizStore, now: () => number): ScheduleService {
	/** Applies `change` only while the guild's schedule still posts to `channelId` (it may have been replaced). */
	const update = (guildId: string, channelId: string, change: (schedule: Schedule) => Schedule) =>
		store.withGuild(guildId, async () => {
			const schedule = await store.getSchedule(guildId);
			if (schedule?.channelId === channelId) await store.setSchedule(change(schedule));
		});

	return {
		start: (params) =>
			store.withGuild(params.guildId, async () => {
				const schedule = createSchedule({ ...params, now: now() });
				await store.setSchedule(schedule);
				return schedule;
			}),
		stop: (guildId) =>
			store.withGuild(guildId, async () => {
				const schedule = await store.getSchedule(guildId);
				if (schedule) await store.deleteSchedule(guildId);
				return schedule;
			}),
		get: (guildId) => store.getSchedule(guildId),
		list: () => store.listSchedules(),
		claimDue: (guildId) =>
			store.withGuild(guildId, async () => {
				const schedule = await store.getSchedule(guildId);
				const window = schedule ? dueWindow(schedule, now()) : undefined;
				if (!schedule || window === undefined) return undefined;
				const claimed = claimWindow(schedule, window);
				await store.setSchedule(claimed);
				return claimed;
			}),
		markPosted: (guildId, channelId) => update(guildId, channelId, (schedule) => markPosted(schedule, now())),
		pause: (guildId, channelId, reason) =>
			update(guildId, channelId, (schedule) => pauseSchedule(schedule, reason, now())),
	};
}
