import { ActionRowBuilder, ButtonBuilder, ButtonStyle } from 'discord.js';
import type { Topic } from '../knowledge/types.js';
import { pipelineButtonId, stageButtonId } from './explainIds.js';
import { LIMITS, truncate } from './limits.js';

/** Previous / all stages / next; at either end of the pipeline the missing neighbour's button is disabled. */
export function renderStageNavigation(stage: Topic, stages: readonly Topic[]): ActionRowBuilder<ButtonBuilder> {
	const index = stages.findIndex((candidate) => candidate.id === stage.id);
	const previous = index > 0 ? stages[index - 1] : undefined;
	const next = index >= 0 ? stages[index + 1] : undefined;
	const label = (text: string) => truncate(text, LIMITS.buttonLabel);
	return new ActionRowBuilder<ButtonBuilder>().addComponents(
		new ButtonBuilder()
			.setCustomId(stageButtonId(previous?.id ?? stage.id, 'prev'))
			.setStyle(ButtonStyle.Secondary)
			.setLabel(label(previous ? `◀ ${previous.title}` : '◀ Previous'))
			.setDisabled(!previous),
		new ButtonBuilder().setCustomId(pipelineButtonId()).setStyle(ButtonStyle.Primary).setLabel('All stages'),
		new ButtonBuilder()
			.setCustomId(stageButtonId(next?.id ?? stage.id, 'next'))
			.setStyle(ButtonStyle.Secondary)
			.setLabel(label(next ? `${next.title} ▶` : 'Next ▶'))
			.setDisabled(!next),
	);
}
