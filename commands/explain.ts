import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import type { SlashCommand } from '../src/core/command.js';
import { UserFacingError } from '../src/core/errors.js';
import { assertOnItsMessage } from '../src/core/pressedOnMessage.js';
import { replyPrepared, respondPrepared } from '../src/core/preparedReply.js';
import { resolveExplainQuery, topicById } from '../src/knowledge/topicQuery.js';
import { EXPLAIN_PREFIX, parseExplainAction } from '../src/render/explainIds.js';
import { unknownTopicMessage } from '../src/render/notFound.js';

const STALE = 'This button is no longer valid. Try /explain topic: pipeline.';

export const explain = {
	data: new SlashCommandBuilder()
		.setName('explain')
		.setDescription('Explain a topic: a training stage, model, concept or benchmark')
		.addStringOption((option) =>
			option
				.setName('topic')
				.setDescription('A topic, or "pipeline" for every training stage')
				.setRequired(true)
				.setAutocomplete(true)
				.setMaxLength(100),
		),

	// The answer is in memory: reply at once rather than defer.
	async execute(interaction, ctx) {
		const query = interaction.options.getString('topic', true);
		const target = resolveExplainQuery(ctx.knowledge, query);
		if (target.kind === 'unknown') throw new UserFacingError(unknownTopicMessage(query, target.suggestions));
		const view = target.kind === 'pipeline' ? ctx.views.pipeline() : ctx.views.topic(target.topic);
		await replyPrepared(interaction, view.reply);
	},

	async autocomplete(interaction, ctx) {
		await respondPrepared(interaction, ctx.views.topicChoices(interaction.options.getFocused()));
	},

	components: [
		{
			prefix: EXPLAIN_PREFIX,
			// Stage navigation edits the message in place, like paging.
			async handle(interaction, args, ctx) {
				const action = parseExplainAction(args);
				if (!action || !interaction.isMessageComponent()) throw new UserFacingError(STALE);
				// Pressed under another command's reply: a new private message, never an edit of that reply.
				if (action.kind === 'topic') {
					const topic = topicById(ctx.knowledge, action.topicId);
					if (!topic) throw new UserFacingError(STALE);
					await interaction.reply({ ...ctx.views.topic(topic).message(), flags: MessageFlags.Ephemeral });
					return;
				}
				// From here on the pressed message is edited: only ever with one of its own buttons, so a forged id cannot
				// turn someone's /ask answer into the pipeline.
				assertOnItsMessage(interaction, STALE);
				if (action.kind === 'pipeline') {
					await interaction.update(ctx.views.pipeline().message());
					return;
				}
				const stageId =
					action.kind === 'stage'
						? action.topicId
						: interaction.isStringSelectMenu()
							? interaction.values[0]
							: undefined;
				const stage = stageId === undefined ? undefined : topicById(ctx.knowledge, stageId);
				if (stage?.kind !== 'stage') throw new UserFacingError(STALE);
				await interaction.update(ctx.views.topic(stage).message());
			},
		},
	],
} satisfies SlashCommand;
