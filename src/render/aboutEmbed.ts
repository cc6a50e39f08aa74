import { EmbedBuilder } from 'discord.js';
import { formatDuration } from './formatDuration.js';

export interface AboutFacts {
	readonly version: string;
	readonly uptimeMs: number;
	readonly knowledgeVersion: string;
	readonly topicCount: number;
	readonly storeBackend: string;
	/** Model name and host when configured; never a key. */
	readonly model: { readonly name: string; readonly host: string } | undefined;
	readonly guildCount: number;
	readonly interactionsHandled: number;
	readonly interactionsFailed: number;
	readonly topCommands: readonly { readonly command: string; readonly count: number }[];
}

export function renderAboutEmbed(facts: AboutFacts): EmbedBuilder {
	const model = facts.model
		? `\`${facts.model.name}\` at ${facts.model.host}`
		: 'Not configured: /ask answers from the knowledge only. An admin sets OPENAI_BASE_URL and REASONING_MODEL.';
	const busiest = facts.topCommands.map(({ command, count }) => `${command} ×${count}`).join(', ') || 'none yet';
	return new EmbedBuilder()
		.setTitle('About reasonbot')
		.setDescription('A study companion for AI reasoning models: DeepSeek-R1, R1-Zero, DeepSeek-V3 and OpenAI o1/o3.')
		.addFields(
			{ name: 'Version', value: facts.version, inline: true },
			{ name: 'Uptime', value: formatDuration(facts.uptimeMs), inline: true },
			{ name: 'Servers', value: String(facts.guildCount), inline: true },
			{ name: 'Knowledge', value: `version \`${facts.knowledgeVersion}\`, ${facts.topicCount} topics`, inline: true },
			{ name: 'Store', value: facts.storeBackend, inline: true },
			{ name: 'Reasoning model', value: model },
			{
				name: 'Since start',
				value: `${plural(facts.interactionsHandled, 'interaction')}, ${facts.interactionsFailed} failed. Most used: ${busiest}`,
			},
		);
}

function plural(count: number, noun: string): string {
	return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
