import { ActionRowBuilder, ButtonBuilder, ButtonStyle } from 'discord.js';
import { buildCustomId } from '../core/customId.js';
import type { StoredAnswer } from '../reasoning/answerCache.js';
import type { QaAnswer } from '../qa/answer.js';
import type { IncompleteReason } from '../reasoning/types.js';
import { openTopicButtonId } from './explainIds.js';
import { LIMITS, truncate } from './limits.js';
import { splitMessage } from './splitMessage.js';
import { countOf } from './countOf.js';

export const ASK_IDS = {
	trace: 'ask-trace',
	tracePage: 'ask-tracepg',
	regenerate: 'ask-regen',
	followUp: 'ask-follow',
	followUpModal: 'ask-followq',
} as const;

export interface AnswerPayload {
	readonly content: string;
	readonly components: ActionRowBuilder<ButtonBuilder>[];
	readonly allowedMentions: { readonly parse: [] };
}

const INCOMPLETE: Readonly<Record<IncompleteReason, string>> = {
	length: 'the model reached its length limit',
	deadline: 'the model ran out of time',
	connection: 'the connection to the model dropped',
	'no-finish': 'the model stopped without finishing',
	provider: 'the provider stopped the answer',
};

const ENABLE_MODEL =
	'No reasoning model is configured, so this comes from the knowledge base only. ' +
	'An admin turns the model on by setting OPENAI_BASE_URL, OPENAI_API_KEY and REASONING_MODEL (see the README).';

/** A model answer as one or more messages; buttons go on the last one. */
export function renderModelAnswer(
	answer: StoredAnswer,
	options: { readonly cached: boolean; readonly threadId: string },
): AnswerPayload[] {
	const notice = answer.incomplete
		? `⚠️ **Incomplete answer**: ${INCOMPLETE[answer.incomplete]}. Showing what arrived.\n\n`
		: '';
	const body = answer.text.trim() === '' ? '*The model stopped before it wrote an answer.*' : answer.text;
	const reasoningTokens = answer.usage?.reasoningTokens ?? 0;
	const details = [
		`\`${answer.model}\``,
		...(reasoningTokens > 0 ? [countOf(reasoningTokens, 'reasoning token')] : []),
		...(options.cached ? [`cached answer from <t:${Math.floor(Date.parse(answer.createdAt) / 1000)}:f>`] : []),
	];
	const buttons = [
		button(buildCustomId(ASK_IDS.trace, answer.id), 'Show reasoning', ButtonStyle.Secondary),
		button(buildCustomId(ASK_IDS.regenerate, answer.id, options.threadId), 'Regenerate', ButtonStyle.Secondary),
		button(buildCustomId(ASK_IDS.followUp, options.threadId), 'Follow up', ButtonStyle.Primary),
	];
	return withButtons(splitMessage(`${notice}${body}\n\n-# ${details.join(' · ')}`), buttons);
}

/** Topics offered as buttons under an answer that our sources do not cover. */
const SUGGESTED_TOPICS = 3;

/**
 * An answer from the knowledge file: where it came from (topic and sources) and an "Open in /explain" button;
 * when our sources do not cover the question, the nearest topics as buttons. Says how to enable the model when
 * there is none.
 */
export function renderKnowledgeAnswer(answer: QaAnswer, options: { readonly noModel: boolean }): AnswerPayload[] {
	const body = answer.covered
		? `📚 **From the knowledge base** · ${answer.topic.title}\n${answer.text}\n\n-# Source: ${answer.sources.join('; ')}`
		: answer.text;
	const buttons = answer.covered
		? [button(openTopicButtonId(answer.topic.id), 'Open in /explain', ButtonStyle.Secondary)]
		: answer.suggestions
				.slice(0, SUGGESTED_TOPICS)
				.map((topic) =>
					button(openTopicButtonId(topic.id), truncate(topic.title, LIMITS.buttonLabel), ButtonStyle.Secondary),
				);
	return withButtons(splitMessage(options.noModel ? `${body}\n-# ${ENABLE_MODEL}` : body), buttons);
}

function withButtons(pieces: readonly string[], buttons: readonly ButtonBuilder[]): AnswerPayload[] {
	return pieces.map((content, index) => ({
		content,
		components:
			index === pieces.length - 1 && buttons.length > 0
				? [new ActionRowBuilder<ButtonBuilder>().addComponents(...buttons)]
				: [],
		allowedMentions: { parse: [] },
	}));
}

export function button(customId: string, label: string, style: ButtonStyle, disabled = false): ButtonBuilder {
	return new ButtonBuilder().setCustomId(customId).setLabel(label).setStyle(style).setDisabled(disabled);
}
