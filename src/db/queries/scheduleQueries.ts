import type { Kysely } from 'kysely';
import { prepare } from '../preparedQuery.js';
import type { LearnerSchema, SchedulesTable } from '../schema.js';

interface ScheduleKey {
	guildId: string;
	channelId: string;
}

export function scheduleQueries(builder: Kysely<LearnerSchema>) {
	return {
		save: prepare<SchedulesTable>()((slot) =>
			builder
				.insertInto('schedules')
				.values({
					guild_id: slot('guild_id'),
					channel_id: slot('channel_id'),
					every_ms: slot('every_ms'),
					anchor_at: slot('anchor_at'),
					last_window: slot('last_window'),
					last_posted_at: slot('last_posted_at'),
					paused_reason: slot('paused_reason'),
					paused_at: slot('paused_at'),
					started_by: slot('started_by'),
				})
				.onConflict((conflict) =>
					conflict.column('guild_id').doUpdateSet((eb) => ({
						channel_id: eb.ref('excluded.channel_id'),
						every_ms: eb.ref('excluded.every_ms'),
						anchor_at: eb.ref('excluded.anchor_at'),
						last_window: eb.ref('excluded.last_window'),
						last_posted_at: eb.ref('excluded.last_posted_at'),
						paused_reason: eb.ref('excluded.paused_reason'),
						paused_at: eb.ref('excluded.paused_at'),
						started_by: eb.ref('excluded.started_by'),
					})),
				),
		),
		select: prepare<{ guildId: string }>()((slot) =>
			builder.selectFrom('schedules').selectAll().where('guild_id', '=', slot('guildId')),
		),
		all: prepare()(() => builder.selectFrom('schedules').selectAll().orderBy('guild_id')),
		delete: prepare<{ guildId: string }>()((slot) =>
			builder.deleteFrom('schedules').where('guild_id', '=', slot('guildId')).returningAll(),
		),
		/** Changes one row for the one caller that takes the window; none once it is taken, paused or replaced. */
		claim: prepare<ScheduleKey & { window: number }>()((slot) =>
			builder
				.updateTable('schedules')
				.set({ last_window: slot('window') })
				.where('guild_id', '=', slot('guildId'))
				.where('channel_id', '=', slot('channelId'))
				.where('last_window', '<', slot('window'))
				.where('paused_reason', 'is', null),
		),
		markPosted: prepare<ScheduleKey & { at: number }>()((slot) =>
			builder
				.updateTable('schedules')
				.set({ last_posted_at: slot('at') })
				.where('guild_id', '=', slot('guildId'))
				.where('channel_id', '=', slot('channelId')),
		),
		pause: prepare<ScheduleKey & { reason: string; at: number }>()((slot) =>
			builder
				.updateTable('schedules')
				.set({ paused_reason: slot('reason'), paused_at: slot('at') })
				.where('guild_id', '=', slot('guildId'))
				.where('channel_id', '=', slot('channelId')),
		),
	};
}
