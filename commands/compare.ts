import { SlashCommandBuilder } from 'discord.js';
import type { SlashCommand } from '../src/core/command.js';
import { UserFacingError } from '../src/core/errors.js';
import { replyPrepared, respondPrepared } from '../src/core/preparedReply.js';
import { otherModels, resolveModelQuery } from '../src/knowledge/topicQuery.js';
import type { KnowledgeBase, Topic } from '../src/knowledge/types.js';
import { notAModelMessage, sameModelMessage, unknownModelMessage } from '../src/render/notFound.js';

export const compare = {
	data: new SlashCommandBuilder()
		.setName('compare')
		.setDescription('Compare two models side by side')
		.addStringOption((option) =>
			option.setName('first').setDescription('A model').setRequired(true).setAutocomplete(true).setMaxLength(100),
		)
		.addStringOption((option) =>
			option
				.setName('second')
				.setDescription('Another model')
				.setRequired(true)
				.setAutocomplete(true)
				.setMaxLength(100),
		),

	async execute(interaction, ctx) {
		const first = pickModel(ctx.knowledge, interaction.options.getString('first', true));
		const second = pickModel(ctx.knowledge, interaction.options.getString('second', true));
		if (first.id === second.id) throw new UserFacingError(sameModelMessage(first, otherModels(ctx.knowledge, first)));
		await replyPrepared(interaction, ctx.views.comparison(first, second).reply);
	},

	async autocomplete(interaction, ctx) {
		await respondPrepared(interaction, ctx.views.modelChoices(interaction.options.getFocused()));
	},
} satisfies SlashCommand;

function pickModel(knowledge: KnowledgeBase, query: string): Topic {
	const pick = resolveModelQuery(knowledge, query);
	switch (pick.kind) {
		case 'model':
			return pick.topic;
		case 'notModel':
			throw new UserFacingError(notAModelMessage(pick.topic, pick.suggestions));
		case 'unknown':
			throw new UserFacingError(unknownModelMessage(query, pick.suggestions));
	}
}
