import {
	MessageFlags,
	SlashCommandBuilder,
	InteractionContextType,
	type ChatInputCommandInteraction,
} from 'discord.js';
import type { SlashCommand } from '../src/core/command.js';
import type { InteractionContext } from '../src/core/context.js';
import { deferIfSlow, replyOrEdit } from '../src/core/deferIfSlow.js';
import { UserFacingError } from '../src/core/errors.js';
import { fetchReplyId, replyData, replyNow } from '../src/core/preparedReply.js';
import type { AnswerResult } from '../src/quiz/service.js';
import { QUIZ_DIFFICULTIES, type QuizDifficulty } from '../src/knowledge/types.js';
import { renderLeaderboard, renderStats, type EmbedPayload } from '../src/render/quizBoards.js';
import { withPicture } from '../src/render/pictures/pictureMessage.js';
import type { StatsPictureRequest } from '../src/render/pictures/statsPicture.js';
import { renderAnswerFeedback } from '../src/render/quizFeedback.js';
import { ANSWER_ACTION, QUIZ_PREFIX, renderQuestion } from '../src/render/quizQuestion.js';
import { optionLabel } from '../src/render/quizText.js';

const STALE = 'This button is no longer valid. Try /quiz question for a new question.';

export const quiz = {
	data: new SlashCommandBuilder()
		.setName('quiz')
		.setDescription('Study quiz: answer questions, see the leaderboard and your stats')
		.setContexts(InteractionContextType.Guild)
		.addSubcommand((sub) =>
			sub
				.setName('question')
				.setDescription('Post a question with answer buttons')
				.addStringOption((option) =>
					option.setName('topic').setDescription('Practise one topic').setAutocomplete(true).setMaxLength(100),
				)
				.addStringOption((option) =>
					option
						.setName('difficulty')
						.setDescription('Only questions of this difficulty')
						.addChoices(...QUIZ_DIFFICULTIES.map((level) => ({ name: level, value: level }))),
				),
		)
		.addSubcommand((sub) => sub.setName('leaderboard').setDescription('Top 10 of this server, and your rank'))
		.addSubcommand((sub) => sub.setName('stats').setDescription('Your accuracy by topic and your streaks')),

	async execute(interaction, ctx) {
		const guildId = interaction.guildId;
		if (!guildId) throw new UserFacingError('The quiz works in servers only.');
		const { service, scheduler } = ctx.quiz;
		const title = (id: string) => ctx.knowledge.get(id)?.title ?? id;
		const subcommand = interaction.options.getSubcommand();
		if (subcommand === 'leaderboard') {
			await interaction.reply(
				renderLeaderboard(await service.leaderboard(guildId, interaction.user.id), interaction.user.id),
			);
		} else if (subcommand === 'stats') {
			const stats = await service.stats(guildId, interaction.user.id);
			const text = renderStats(stats, title);
			await interaction.reply({ ...text, flags: MessageFlags.Ephemeral });
			if (stats) await addStatsPicture(interaction, ctx, { guildId, score: stats, topicTitle: title }, text);
		} else {
			const topic = resolveQuizTopic(interaction.options.getString('topic'), ctx);
			const difficulty = parseDifficulty(interaction.options.getString('difficulty'));
			const question = await service.ask({
				guildId,
				channelId: interaction.channelId,
				askedBy: interaction.user.id,
				topic,
				difficulty,
			});
			if (!question)
				throw new UserFacingError('No question matches that topic and difficulty. Try another difficulty.');
			await replyNow(
				interaction,
				replyData(renderQuestion(question, title(question.item.topic)), { ephemeral: false }),
			);
			scheduler.armReveal(question.round.endsAt);
			// The first press brings the message id (its store step keeps it); only a question nobody presses soon is
			// asked for it. Waiting for it here was work in the very moment the first presses arrive.
			scheduler.awaitMessageId(guildId, question.round.id, () => fetchReplyId(interaction));
		}
	},

	async autocomplete(interaction, ctx) {
		const topics = ctx.quiz.service.bank.topics;
		const hits = ctx.knowledge.search(interaction.options.getFocused(), { limit: 100 });
		const choices = hits.filter((hit) => topics.has(hit.topic.id)).slice(0, 25);
		await interaction.respond(choices.map((hit) => ({ name: hit.topic.title.slice(0, 100), value: hit.topic.id })));
	},

	components: [
		{
			prefix: QUIZ_PREFIX,
			async handle(interaction, args, ctx) {
				const [action, roundId, optionText] = args;
				const guildId = interaction.guildId;
				if (
					!interaction.isButton() ||
					action !== ANSWER_ACTION ||
					!roundId ||
					!optionText ||
					!/^\d$/.test(optionText) ||
					!guildId
				) {
					throw new UserFacingError(STALE);
				}
				// Many members press at once and the store step queues behind the others: defer only if it gets slow.
				const guard = deferIfSlow(interaction, { ephemeral: true });
				let result: AnswerResult;
				try {
					result = await ctx.quiz.service.answer({
						guildId,
						roundId,
						userId: interaction.user.id,
						name: interaction.user.displayName,
						option: Number(optionText),
						messageId: interaction.message.id,
					});
				} finally {
					await guard.settle();
				}
				switch (result.kind) {
					case 'unknown':
					case 'invalid-option':
						throw new UserFacingError(STALE);
					case 'closed':
						throw new UserFacingError('This question has finished. Try /quiz question for a new one.');
					case 'duplicate':
						throw new UserFacingError(
							`You already answered this question (you chose "${optionLabel(result.question.item.options, result.previous.option)}").`,
						);
					case 'recorded': {
						const { item } = result.question;
						const title = ctx.knowledge.get(item.topic)?.title ?? item.topic;
						await replyOrEdit(interaction, renderAnswerFeedback(item, result.answer.option, title), {
							ephemeral: true,
						});
						ctx.quiz.scheduler.syncSoon(guildId, roundId);
					}
				}
			},
		},
	],
} satisfies SlashCommand;

/**
 * The numbers go out first; the picture (accuracy by topic, answers per day) is drawn afterwards and edited in, so
 * rendering never delays the stats. A picture that fails leaves the text as it is.
 */
async function addStatsPicture(
	interaction: ChatInputCommandInteraction,
	ctx: InteractionContext,
	request: Omit<StatsPictureRequest, 'userId'>,
	text: EmbedPayload,
): Promise<void> {
	const [embed] = text.embeds;
	if (!embed) return;
	try {
		const picture = await ctx.pictures.stats({ ...request, userId: interaction.user.id });
		await interaction.editReply(withPicture(embed.toJSON(), picture));
	} catch (error) {
		ctx.log.warn({ err: error }, 'quiz stats picture failed; the text stats stand');
	}
}

function resolveQuizTopic(query: string | null, ctx: InteractionContext): string | undefined {
	if (query === null) return undefined;
	const topic = ctx.knowledge.get(query);
	if (!topic) throw new UserFacingError(`No topic "${query.slice(0, 100)}". Pick one from the list while typing.`);
	if (!ctx.quiz.service.bank.topics.has(topic.id))
		throw new UserFacingError(`There are no questions on ${topic.title} yet.`);
	return topic.id;
}

function parseDifficulty(value: string | null): QuizDifficulty | undefined {
	return QUIZ_DIFFICULTIES.find((level) => level === value);
}
