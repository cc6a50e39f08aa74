import {
	DiscordAPIError,
	type ButtonInteraction,
	type ChatInputCommandInteraction,
	type Message,
	type ModalSubmitInteraction,
} from 'discord.js';
import type { Logger } from 'pino';
import type { AnswerPayload } from '../render/askAnswer.js';

export type AskInteraction = ChatInputCommandInteraction | ModalSubmitInteraction | ButtonInteraction;

/** Where an answer goes: the deferred reply while its token lives, a channel message after. */
export interface AnswerTarget {
	edit(payload: AnswerPayload): Promise<void>;
	followUp(payload: AnswerPayload): Promise<void>;
}

const TOKEN_LIFETIME_MS = 15 * 60_000;
/** Switch a minute early: an edit in flight at 15:00 would fail with Invalid Webhook Token. */
const TOKEN_SAFETY_MS = 60_000;
const EXPIRED_TOKEN_CODES = new Set([50027, 10015]);

/**
 * Interaction tokens die after 15 minutes. A reply still running near that limit continues as a normal
 * channel message (and so does one whose token Discord already refused), instead of failing.
 */
export function createAnswerTarget(interaction: AskInteraction, now: () => number, log: Logger): AnswerTarget {
	const expiresAt = interaction.createdTimestamp + TOKEN_LIFETIME_MS - TOKEN_SAFETY_MS;
	let useChannel = false;
	let channelMessage: Message | undefined;

	async function channelSend(payload: AnswerPayload): Promise<Message> {
		const channel = interaction.channel ?? (await interaction.client.channels.fetch(interaction.channelId ?? ''));
		if (!channel?.isSendable()) throw new Error('the answer outlived its interaction token and the channel is gone');
		return channel.send(payload);
	}

	async function viaInteraction(send: () => Promise<unknown>): Promise<boolean> {
		if (!useChannel && now() >= expiresAt) useChannel = true;
		if (useChannel) return false;
		try {
			await send();
			return true;
		} catch (error) {
			if (!(error instanceof DiscordAPIError) || typeof error.code !== 'number' || !EXPIRED_TOKEN_CODES.has(error.code))
				throw error;
			log.warn({ code: error.code }, 'interaction token expired; continuing as a channel message');
			useChannel = true;
			return false;
		}
	}

	return {
		async edit(payload) {
			if (await viaInteraction(() => interaction.editReply(payload))) return;
			if (channelMessage) await channelMessage.edit(payload);
			else channelMessage = await channelSend(payload);
		},
		async followUp(payload) {
			if (await viaInteraction(() => interaction.followUp(payload))) return;
			await channelSend(payload);
		},
	};
}
