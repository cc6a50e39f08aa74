import { EmbedBuilder } from 'discord.js';
import { formatDuration } from '../quiz/duration.js';
import { nextDueAt } from '../quiz/schedule.js';
import type { Schedule } from '../quiz/types.js';
import { timestamp } from './quizText.js';
import type { EmbedPayload } from './quizBoards.js';

/** /study status: channel, interval, next and last post, and any problem that paused the schedule. */
export function renderStudyStatus(schedule: Schedule | undefined, now: number): EmbedPayload {
	const embed = new EmbedBuilder().setTitle('Study channel');
	if (!schedule) {
		embed.setDescription('No study schedule. Someone with Manage Server can start one with /study start.');
		return { embeds: [embed], allowedMentions: { parse: [] } };
	}
	embed.setColor(schedule.paused ? 0xed4245 : 0x57f287).addFields(
		{ name: 'Channel', value: `<#${schedule.channelId}>`, inline: true },
		{ name: 'Every', value: formatDuration(schedule.everyMs), inline: true },
		{
			name: 'Next post',
			value: schedule.paused ? 'Paused' : timestamp(nextDueAt(schedule, now), 'R'),
			inline: true,
		},
		{
			name: 'Last post',
			value: schedule.lastPostedAt === null ? 'None yet' : timestamp(schedule.lastPostedAt, 'f'),
			inline: true,
		},
		{
			name: 'Problems',
			value: schedule.paused
				? `Paused ${timestamp(schedule.paused.at, 'R')}: ${schedule.paused.reason} Fix it, then run /study start again.`
				: 'None',
		},
	);
	return { embeds: [embed], allowedMentions: { parse: [] } };
}
