import { ButtonBuilder, ButtonStyle, type ActionRowBuilder, type EmbedBuilder } from 'discord.js';
import { topicById } from '../knowledge/topicQuery.js';
import type { KnowledgeBase, Topic } from '../knowledge/types.js';
import { stageDiagramButtonId } from './pictures/pictureIds.js';
import { renderStageNavigation } from './stageNavigation.js';
import { renderTopicEmbed } from './topicEmbed.js';

export interface TopicMessage {
	readonly embeds: EmbedBuilder[];
	readonly components: ActionRowBuilder<ButtonBuilder>[];
	readonly allowedMentions: { readonly parse: [] };
}

/** A topic's embed; a stage also gets previous / all stages / next buttons and its place in the pipeline diagram. */
export function renderTopicMessage(topic: Topic, knowledge: KnowledgeBase): TopicMessage {
	const related = topic.related.flatMap((id) => topicById(knowledge, id) ?? []);
	const stages = knowledge.stages();
	const position = stages.findIndex((stage) => stage.id === topic.id) + 1;
	const isStage = position > 0;
	const embed = renderTopicEmbed(topic, {
		related,
		...(isStage ? { stage: { position, count: stages.length } } : {}),
	});
	return {
		embeds: [embed],
		components: isStage
			? [
					renderStageNavigation(topic, stages).addComponents(
						new ButtonBuilder()
							.setCustomId(stageDiagramButtonId(topic.id))
							.setStyle(ButtonStyle.Secondary)
							.setLabel('🗺️ Diagram'),
					),
				]
			: [],
		allowedMentions: { parse: [] },
	};
}
