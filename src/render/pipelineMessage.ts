import { ActionRowBuilder, EmbedBuilder, StringSelectMenuBuilder, StringSelectMenuOptionBuilder } from 'discord.js';
import type { FactCheck, Topic } from '../knowledge/types.js';
import { stageSelectId } from './explainIds.js';
import { factCheckField } from './factCheck.js';
import { joinWithin, LIMITS, truncate } from './limits.js';

export interface PipelineMessage {
	readonly embeds: EmbedBuilder[];
	readonly components: ActionRowBuilder<StringSelectMenuBuilder>[];
	readonly allowedMentions: { readonly parse: [] };
}

const SUMMARY_LENGTH = 200;
/** Fact check fields beside the stage list; the rest are on the stages themselves. */
const MAX_CHECK_FIELDS = 5;

/** Every stage in order, one line each, and a select menu that opens any stage. */
export function renderPipelineMessage(stages: readonly Topic[]): PipelineMessage {
	const lines = stages.map(
		(stage, index) =>
			`**${stageLabel(stage, index + 1)}**${stage.factChecks.length > 0 ? ' ⚠️' : ''}: ${truncate(stage.summary, SUMMARY_LENGTH)}`,
	);
	// Built from data rather than setters, which re-validate on every reply; the limits are enforced here.
	const embed = new EmbedBuilder({
		title: 'The training pipeline, stage by stage',
		description: joinWithin(lines, '\n', LIMITS.embedDescription - 1000) || 'No stages in the knowledge file.',
		fields: pipelineChecks(stages).slice(0, MAX_CHECK_FIELDS).map(factCheckField),
		footer: { text: 'Pick a stage below to open it. ⚠️ marks a stage with a fact check.' },
	});
	const menu = new StringSelectMenuBuilder()
		.setCustomId(stageSelectId())
		.setPlaceholder('Open a stage')
		.addOptions(
			stages.slice(0, LIMITS.selectOptions).map((stage, index) =>
				new StringSelectMenuOptionBuilder()
					.setLabel(truncate(stageLabel(stage, index + 1), LIMITS.selectLabel))
					.setValue(stage.id)
					.setDescription(truncate(stage.summary, LIMITS.selectDescription)),
			),
		);
	return {
		embeds: [embed],
		components: stages.length > 0 ? [new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(menu)] : [],
		allowedMentions: { parse: [] },
	};
}

/** A fact check attached to several stages is about the pipeline as a whole, so it belongs on the overview. */
function pipelineChecks(stages: readonly Topic[]): FactCheck[] {
	const counts = new Map<string, { check: FactCheck; count: number }>();
	for (const check of stages.flatMap((stage) => stage.factChecks)) {
		const entry = counts.get(check.id);
		counts.set(check.id, { check, count: (entry?.count ?? 0) + 1 });
	}
	return [...counts.values()].filter(({ count }) => count > 1).map(({ check }) => check);
}

/** "Step 2: Cold start" already says where it is; other titles get their number. */
function stageLabel(stage: Topic, position: number): string {
	return /^step\s*\d+\b/i.test(stage.title) ? stage.title : `${position}. ${stage.title}`;
}
