import { LabelBuilder, ModalBuilder, TextInputBuilder, TextInputStyle } from 'discord.js';
import { buildCustomId } from '../core/customId.js';
import type { LimitHit, LimitName } from '../reasoning/limits.js';
import type { ModelErrorKind } from '../reasoning/types.js';
import { ASK_IDS } from './askAnswer.js';

const LIMITS: Readonly<Record<LimitName, string>> = {
	cooldown: 'You are asking a little fast: the cooldown between questions',
	'daily-quota': 'You have used your daily question quota: it',
	'guild-budget': "This server has used today's token budget for the model: it",
	'regenerate-cooldown': 'Regenerate is rate-limited: its cooldown',
};

/** Which limit stopped the question, and when it resets (a Discord timestamp the client shows locally). */
export function renderLimitHit(hit: LimitHit): string {
	const at = Math.ceil(hit.resetsAt.getTime() / 1000);
	return `${LIMITS[hit.limit]} resets <t:${at}:R> (<t:${at}:t>).`;
}

const MODEL_ERRORS: Readonly<Record<ModelErrorKind, string>> = {
	unavailable: 'The reasoning model is unavailable right now (the admin has been told). Try again later.',
	busy: 'The reasoning model is busy right now. Try again in a minute.',
	timeout: 'The reasoning model took too long and sent nothing back. Try again, or ask a narrower question.',
	failed: 'The reasoning model failed to answer. Try again in a minute.',
	misconfigured:
		'The reasoning model is misconfigured (its model id is unknown to the provider), so /ask is off until an admin fixes REASONING_MODEL. /explain and /compare still work.',
	'too-long':
		'Your question and its thread are too long for the reasoning model, even with older turns and passages left out. Ask it as a fresh question with /ask (not a follow-up), or shorten it.',
	rejected:
		"The reasoning model's provider refused this request, so asking the same again will not help. Try a shorter or fresh question with /ask.",
};

export function renderModelError(kind: ModelErrorKind): string {
	return MODEL_ERRORS[kind];
}

/** The reply, when its answer outlived the 15 minutes Discord gives a reply and went to the channel instead. */
export function renderMovedNotice(messageUrl: string): string {
	return `⏩ This answer took longer than Discord lets a reply run (15 minutes), so it continues in a new message: ${messageUrl}`;
}

/** The final state of an answer the bot could not finish because it stopped (a restart, a deploy). */
export const RESTARTED_WHILE_ANSWERING =
	'🔁 The bot restarted while answering, so this answer was lost. Ask again with /ask.';

export function renderFollowUpModal(threadId: string): ModalBuilder {
	const input = new TextInputBuilder()
		.setCustomId('question')
		.setStyle(TextInputStyle.Paragraph)
		.setMinLength(1)
		.setMaxLength(1000)
		.setRequired(true);
	return new ModalBuilder()
		.setCustomId(buildCustomId(ASK_IDS.followUpModal, threadId))
		.setTitle('Follow-up question')
		.addLabelComponents(new LabelBuilder().setLabel('Your follow-up').setTextInputComponent(input));
}
