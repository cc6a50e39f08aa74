import { SlashCommandBuilder } from 'discord.js';
import { isModelConfigured } from '../src/app/config.js';
import type { SlashCommand } from '../src/core/command.js';
import { renderAboutEmbed } from '../src/render/aboutEmbed.js';

export const about = {
	data: new SlashCommandBuilder().setName('about').setDescription('What this bot is, its version, knowledge and model'),

	async execute(interaction, ctx) {
		const { config, stats } = ctx;
		const embed = renderAboutEmbed({
			version: ctx.version,
			uptimeMs: ctx.now().getTime() - ctx.startedAt.getTime(),
			knowledgeVersion: ctx.knowledge.version,
			topicCount: ctx.knowledge.topics.length,
			storeBackend: ctx.store.backend,
			model:
				isModelConfigured(config) && config.REASONING_MODEL && config.OPENAI_BASE_URL
					? { name: config.REASONING_MODEL, host: new URL(config.OPENAI_BASE_URL).host }
					: undefined,
			guildCount: interaction.client.guilds.cache.size,
			// The /about being answered counts too.
			interactionsHandled: stats.total + 1,
			interactionsFailed: stats.count('failed'),
			topCommands: stats.topCommands(3),
			modelUsage: ctx.ask.usage.totals,
			modelMisconfigured: ctx.ask.modelStatus === 'unknown-model',
		});
		await interaction.reply({ embeds: [embed], allowedMentions: { parse: [] } });
	},
} satisfies SlashCommand;
