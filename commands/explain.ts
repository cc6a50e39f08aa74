import {
	MessageFlags,
	SlashCommandBuilder,
	type MessageComponentInteraction,
	type RepliableInteraction,
} from 'discord.js';
import type { SlashCommand } from '../src/core/command.js';
import type { InteractionContext } from '../src/core/context.js';
import { UserFacingError } from '../src/core/errors.js';
import { assertOnItsMessage } from '../src/core/pressedOnMessage.js';
import { replyPrepared, respondPrepared } from '../src/core/preparedReply.js';
import { resolveExplainQuery, topicById } from '../src/knowledge/topicQuery.js';
import type { Topic } from '../src/knowledge/types.js';
import { EXPLAIN_PREFIX, parseExplainAction } from '../src/render/explainIds.js';
import type { View } from '../src/render/knowledgeViews.js';
import { unknownTopicMessage } from '../src/render/notFound.js';
import { parseStageDiagram } from '../src/render/pictures/pictureIds.js';
import { pictureMessage, withPicture } from '../src/render/pictures/pictureMessage.js';
import type { Picture } from '../src/render/pictures/picture.js';
import { replyWithPicture } from '../src/render/pictures/replyWithPicture.js';
import type { PipelineMessage } from '../src/render/pipelineMessage.js';
import type { TopicMessage } from '../src/render/topicMessage.js';

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

	// The answer is in memory: reply at once rather than defer. The pipeline and benchmark topics carry a picture.
	async execute(interaction, ctx) {
		const query = interaction.options.getString('topic', true);
		const target = resolveExplainQuery(ctx.knowledge, query);
		if (target.kind === 'unknown') throw new UserFacingError(unknownTopicMessage(query, target.suggestions));
		if (target.kind === 'pipeline') {
			await replyWithView(interaction, ctx, ctx.views.pipeline(), ctx.pictures.knowledge.pipeline(), false);
			return;
		}
		const chart = chartOf(ctx, target.topic);
		if (chart) await replyWithView(interaction, ctx, ctx.views.topic(target.topic), chart, false);
		else await replyPrepared(interaction, ctx.views.topic(target.topic).reply);
	},

	async autocomplete(interaction, ctx) {
		await respondPrepared(interaction, ctx.views.topicChoices(interaction.options.getFocused()));
	},

	components: [
		{
			prefix: EXPLAIN_PREFIX,
			// Stage navigation edits the message in place, like paging.
			async handle(interaction, args, ctx) {
				if (!interaction.isMessageComponent()) throw new UserFacingError(STALE);
				const diagramStage = parseStageDiagram(args);
				if (diagramStage !== undefined) {
					await showStageDiagram(interaction, ctx, diagramStage);
					return;
				}
				const action = parseExplainAction(args);
				if (!action) throw new UserFacingError(STALE);
				// Pressed under another command's reply: a new private message, never an edit of that reply.
				if (action.kind === 'topic') {
					const topic = topicById(ctx.knowledge, action.topicId);
					if (!topic) throw new UserFacingError(STALE);
					const chart = chartOf(ctx, topic);
					if (chart) await replyWithView(interaction, ctx, ctx.views.topic(topic), chart, true);
					else await interaction.reply({ ...ctx.views.topic(topic).message(), flags: MessageFlags.Ephemeral });
					return;
				}
				// From here on the pressed message is edited: only ever with one of its own buttons, so a forged id cannot
				// turn someone's /ask answer into the pipeline.
				assertOnItsMessage(interaction, STALE);
				if (action.kind === 'pipeline') {
					await interaction.update(pipelineUpdate(ctx));
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
				// The pipeline's diagram goes with it: a stage card has no picture of its own.
				await interaction.update({ ...ctx.views.topic(stage).message(), attachments: [] });
			},
		},
	],
} satisfies SlashCommand;

/** A benchmark topic's chart of every model's figures; undefined for other topics and uncovered benchmarks. */
function chartOf(ctx: InteractionContext, topic: Topic): Promise<Picture> | undefined {
	return topic.kind === 'benchmark' ? ctx.pictures.knowledge.benchmark(topic) : undefined;
}

/** A knowledge view with its picture as the embed's image; the plain view if drawing fails. */
async function replyWithView(
	interaction: RepliableInteraction | MessageComponentInteraction,
	ctx: InteractionContext,
	view: View<TopicMessage | PipelineMessage>,
	picture: Promise<Picture>,
	ephemeral: boolean,
): Promise<void> {
	const pictured = (drawn: Picture) => {
		const message = view.message();
		const [embed] = message.embeds;
		return { ...withPicture(embed?.toJSON() ?? {}, drawn), components: message.components };
	};
	await replyWithPicture(
		interaction,
		{ picture, message: pictured, fallback: () => view.message(), ephemeral },
		ctx.log,
	);
}

/** "All stages" from a stage card: the overview, with the diagram when it is drawn already (never waited for). */
function pipelineUpdate(ctx: InteractionContext) {
	const message = ctx.views.pipeline().message();
	const drawn = ctx.pictures.knowledge.ready(ctx.pictures.knowledge.pipeline());
	const [embed] = message.embeds;
	if (!drawn || !embed) return { ...message, attachments: [] };
	return { ...withPicture(embed.toJSON(), drawn), components: message.components, attachments: [] };
}

/** "🗺️ Diagram" on a stage card: the pipeline with that stage highlighted, to whoever pressed it. */
async function showStageDiagram(
	interaction: MessageComponentInteraction,
	ctx: InteractionContext,
	stageId: string,
): Promise<void> {
	assertOnItsMessage(interaction, STALE);
	const stage = topicById(ctx.knowledge, stageId);
	if (stage?.kind !== 'stage') throw new UserFacingError(STALE);
	await replyWithPicture(
		interaction,
		{
			picture: ctx.pictures.knowledge.pipeline(stage),
			message: (drawn) => pictureMessage(`Where "${stage.title}" sits in the pipeline`, drawn),
			fallback: () => ({ content: 'The diagram could not be drawn just now. Try again in a moment.' }),
			ephemeral: true,
		},
		ctx.log,
	);
}
