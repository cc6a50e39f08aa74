import { SlashCommandBuilder } from 'discord.js';
import type { SlashCommand } from '../src/core/command.js';
import { UserFacingError } from '../src/core/errors.js';
import { assertOnItsMessage } from '../src/core/pressedOnMessage.js';
import { replyPrepared, respondPrepared } from '../src/core/preparedReply.js';
import { otherModels, resolveModelQuery, topicById } from '../src/knowledge/topicQuery.js';
import type { KnowledgeBase, Topic } from '../src/knowledge/types.js';
import { notAModelMessage, sameModelMessage, unknownModelMessage } from '../src/render/notFound.js';
import { COMPARE_PREFIX, parseCompareChart } from '../src/render/pictures/pictureIds.js';
import { pictureMessage } from '../src/render/pictures/pictureMessage.js';
import { replyWithPicture } from '../src/render/pictures/replyWithPicture.js';

const STALE = 'This button is no longer valid. Try /compare again.';

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

	components: [
		{
			prefix: COMPARE_PREFIX,
			// "📊 Chart": the benchmark chart of the pair, to whoever pressed it (the /compare reply stays as it is).
			async handle(interaction, args, ctx) {
				const pair = parseCompareChart(args);
				if (!pair || !interaction.isButton()) throw new UserFacingError(STALE);
				// Only from a /compare reply that carries this very button: a forged id on another message is refused.
				assertOnItsMessage(interaction, STALE);
				const first = topicById(ctx.knowledge, pair.firstId);
				const second = topicById(ctx.knowledge, pair.secondId);
				if (first?.kind !== 'model' || second?.kind !== 'model') throw new UserFacingError(STALE);
				const picture = ctx.pictures.knowledge.comparison(first, second);
				if (!picture)
					throw new UserFacingError(`Our sources give no figures for both ${first.title} and ${second.title}.`);
				const title = `${first.title} vs ${second.title}`;
				await replyWithPicture(
					interaction,
					{
						picture,
						message: (drawn) => pictureMessage(title, drawn, 'Figures from the score table; /ask for the details.'),
						fallback: () => ({ content: 'The chart could not be drawn just now. Try again in a moment.' }),
						ephemeral: true,
					},
					ctx.log,
				);
			},
		},
	],
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
