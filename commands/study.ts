import {
	ChannelType,
	InteractionContextType,
	MessageFlags,
	PermissionFlagsBits,
	SlashCommandBuilder,
} from 'discord.js';
import type { SlashCommand } from '../src/core/command.js';
import { UserFacingError } from '../src/core/errors.js';
import { formatDuration } from '../src/quiz/duration.js';
import { nextDueAt, parseInterval, ScheduleInputError } from '../src/quiz/schedule.js';
import { timestamp } from '../src/render/quizText.js';
import { renderStudyStatus } from '../src/render/studyStatus.js';

export const study = {
	data: new SlashCommandBuilder()
		.setName('study')
		.setDescription('Post quiz questions in a study channel on a schedule')
		.setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
		.setContexts(InteractionContextType.Guild)
		.addSubcommand((sub) =>
			sub
				.setName('start')
				.setDescription('Post a question in a channel every so often')
				.addChannelOption((option) =>
					option
						.setName('channel')
						.setDescription('Where to post')
						.setRequired(true)
						.addChannelTypes(ChannelType.GuildText),
				)
				.addStringOption((option) =>
					option
						.setName('every')
						.setDescription('How often, e.g. 30m or 2h (up to 24h)')
						.setRequired(true)
						.setMaxLength(20),
				),
		)
		.addSubcommand((sub) => sub.setName('stop').setDescription('Stop posting study questions'))
		.addSubcommand((sub) => sub.setName('status').setDescription('Next post, last post and any problems')),

	async execute(interaction, ctx) {
		const guildId = interaction.guildId;
		if (!guildId) throw new UserFacingError('Study channels work in servers only.');
		const { schedules } = ctx.quiz.service;
		const subcommand = interaction.options.getSubcommand();
		const now = ctx.now().getTime();
		// default_member_permissions only hides the command; a server admin can override it, so check here too.
		if (subcommand !== 'status' && !interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) {
			throw new UserFacingError('Only members with the Manage Server permission can change the study schedule.');
		}
		let content: string;
		if (subcommand === 'start') {
			const channel = interaction.options.getChannel('channel', true, [ChannelType.GuildText]);
			let everyMs: number;
			try {
				everyMs = parseInterval(interaction.options.getString('every', true), ctx.quiz.minIntervalMs);
			} catch (error) {
				if (error instanceof ScheduleInputError) throw new UserFacingError(error.message, { cause: error });
				throw error;
			}
			const schedule = await schedules.start({
				guildId,
				channelId: channel.id,
				everyMs,
				startedBy: interaction.user.id,
			});
			void ctx.quiz.scheduler.wake();
			content = `Study questions will be posted in <#${channel.id}> every ${formatDuration(everyMs)}; the first ${timestamp(nextDueAt(schedule, now), 'R')}.`;
		} else if (subcommand === 'stop') {
			const stopped = await schedules.stop(guildId);
			content = stopped
				? `Stopped the study questions in <#${stopped.channelId}>.`
				: 'There was no study schedule to stop.';
		} else {
			await interaction.reply({
				...renderStudyStatus(await schedules.get(guildId), now),
				flags: MessageFlags.Ephemeral,
			});
			return;
		}
		await interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
	},
} satisfies SlashCommand;
