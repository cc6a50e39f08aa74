import { EmbedBuilder } from 'discord.js';
import type { UsageTotals } from '../reasoning/usage.js';
import { formatDuration } from './formatDuration.js';
import { countOf, withThousands } from './countOf.js';

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
	/** Model calls and the /ask answer cache since start. */
	readonly modelUsage: UsageTotals;
	/** The start-up check found the model id unknown to the provider. */
	readonly modelMisconfigured: boolean;
}

export function renderAboutEmbed(facts: AboutFacts): EmbedBuilder {
	const model = facts.model
		? `\`${facts.model.name}\` at ${facts.model.host}${facts.modelMisconfigured ? ' (unknown to the provider: check REASONING_MODEL)' : ''}`
		: 'Not configured: /ask answers from the knowledge only. An admin sets OPENAI_BASE_URL and REASONING_MODEL.';
	const busiest = facts.topCommands.map(({ command, count }) => `${command} ×${count}`).join(', ') || 'none yet';
	return new EmbedBuilder()
		.setTitle('About reasonbot')
		.setDescription('A study companion for AI reasoning models: DeepSeek-R1, R1-Zero, DeepSeek-V3 and OpenAI o1/o3.')
		.addFields(
			{ name: 'Version', value: facts.version, inline: true },
			{ name: 'Uptime', value: formatDuration(facts.uptimeMs), inline: true },
			{ name: 'Servers', value: String(facts.guildCount), inline: true },
			{
				name: 'Knowledge',
				value: `version \`${facts.knowledgeVersion}\`, ${countOf(facts.topicCount, 'topic')}`,
				inline: true,
			},
			{ name: 'Store', value: facts.storeBackend, inline: true },
			{ name: 'Reasoning model', value: model },
			{ name: 'Model usage', value: describeUsage(facts.modelUsage) },
			{
				name: 'Since start',
				value: `${countOf(facts.interactionsHandled, 'interaction')}, ${facts.interactionsFailed} failed. Most used: ${busiest}`,
			},
		);
}

function describeUsage(usage: UsageTotals): string {
	const n = withThousands;
	const lookups = usage.cacheHits + usage.cacheMisses;
	const hitRate = lookups === 0 ? 'no lookups yet' : `${Math.round((usage.cacheHits / lookups) * 100)}% hit rate`;
	return (
		`${countOf(usage.calls, 'call')} (${n(usage.failures)} failed) · tokens: ${n(usage.promptTokens)} prompt ` +
		`(${n(usage.cachedTokens)} cached), ${n(usage.completionTokens)} completion (${n(usage.reasoningTokens)} reasoning)\n` +
		`Answer cache: ${countOf(usage.cacheHits, 'hit')}, ${countOf(usage.cacheMisses, 'miss', 'misses')}, ${hitRate}`
	);
}
