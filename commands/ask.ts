import { MessageFlags, SlashCommandBuilder } from 'discord.js';
import { runAsk } from '../src/ask/runAsk.js';
import type { ComponentHandler, SlashCommand } from '../src/core/command.js';
import { UserFacingError } from '../src/core/errors.js';
import { assertOnItsMessage } from '../src/core/pressedOnMessage.js';
import { ASK_IDS } from '../src/render/askAnswer.js';
import { renderFollowUpModal } from '../src/render/askNotices.js';
import { renderTracePage } from '../src/render/askTrace.js';

const EXPIRED = 'That answer has expired. Ask again with /ask.';
const ASKER_ONLY =
	'Only the person who asked can regenerate this answer. Ask your own with /ask, or press Follow up to continue from it.';

// Who may press what: Show reasoning and Follow up, anyone who sees the answer (the reasoning is shown only to the
// presser; a follow-up by someone else starts their own thread); Regenerate, only the asker. Every button acts only
// on the message it is on (assertOnItsMessage), and the trace pager only on the private trace.

const showReasoning: ComponentHandler = {
	prefix: ASK_IDS.trace,
	async handle(interaction, [answerId = ''], ctx) {
		if (!interaction.isButton()) throw new UserFacingError(EXPIRED);
		assertOnItsMessage(interaction);
		const answer = await ctx.ask.cache.answerById(answerId);
		if (!answer) throw new UserFacingError(EXPIRED);
		await interaction.reply({ ...renderTracePage(answer, 0), flags: MessageFlags.Ephemeral });
	},
};

const tracePage: ComponentHandler = {
	prefix: ASK_IDS.tracePage,
	async handle(interaction, [answerId = '', page = '0'], ctx) {
		if (!interaction.isButton()) throw new UserFacingError(EXPIRED);
		assertOnItsMessage(interaction);
		// It edits the message it is on: only ever the presser's private trace, never a public answer.
		if (!interaction.message.flags.has(MessageFlags.Ephemeral)) throw new UserFacingError(EXPIRED);
		const answer = await ctx.ask.cache.answerById(answerId);
		if (!answer) throw new UserFacingError(EXPIRED);
		await interaction.update(renderTracePage(answer, Number.parseInt(page, 10) || 0));
	},
};

const regenerate: ComponentHandler = {
	prefix: ASK_IDS.regenerate,
	async handle(interaction, [answerId = ''], ctx) {
		if (!interaction.isButton()) throw new UserFacingError(EXPIRED);
		assertOnItsMessage(interaction);
		// Discord names who made the message's interaction: the asker (or whoever regenerated or followed up).
		if (interaction.message.interactionMetadata?.user.id !== interaction.user.id) throw new UserFacingError(ASKER_ONLY);
		const answer = await ctx.ask.cache.answerById(answerId);
		if (!answer) throw new UserFacingError(EXPIRED);
		// The presser's own new thread with the same context: threads are never shared between users.
		const thread = ctx.ask.conversations.start(interaction.user.id, answer.history);
		await runAsk(interaction, ctx, { question: answer.question, thread, regenerate: true });
	},
};

const followUp: ComponentHandler = {
	prefix: ASK_IDS.followUp,
	async handle(interaction, [threadId = ''], ctx) {
		if (!interaction.isButton()) throw new UserFacingError(EXPIRED);
		assertOnItsMessage(interaction);
		if (!(await ctx.ask.conversations.get(threadId))) throw new UserFacingError(EXPIRED);
		await interaction.showModal(renderFollowUpModal(threadId));
	},
};

const followUpModal: ComponentHandler = {
	prefix: ASK_IDS.followUpModal,
	async handle(interaction, [threadId = ''], ctx) {
		if (!interaction.isModalSubmit()) throw new UserFacingError(EXPIRED);
		const thread = await ctx.ask.conversations.forFollowUp(threadId, interaction.user.id);
		if (!thread) throw new UserFacingError(EXPIRED);
		const question = interaction.fields.getTextInputValue('question').trim();
		if (question === '') throw new UserFacingError('The follow-up question was empty.');
		await runAsk(interaction, ctx, { question, thread, regenerate: false });
	},
};

export const ask = {
	data: new SlashCommandBuilder()
		.setName('ask')
		.setDescription('Ask an open question about reasoning models')
		.addStringOption((option) =>
			option
				.setName('question')
				.setDescription('Your question (up to 1000 characters)')
				.setRequired(true)
				.setMinLength(1)
				.setMaxLength(1000),
		),

	async execute(interaction, ctx) {
		const question = interaction.options.getString('question', true).trim();
		if (question === '') throw new UserFacingError('Ask a question with some words in it.');
		// A new question: its thread is started only if a model answers it.
		await runAsk(interaction, ctx, { question, thread: undefined, regenerate: false });
	},

	components: [showReasoning, tracePage, regenerate, followUp, followUpModal],
} satisfies SlashCommand;
