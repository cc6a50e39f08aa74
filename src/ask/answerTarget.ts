import { setTimeout as sleep } from 'node:timers/promises';
import {
	DiscordAPIError,
	type ButtonInteraction,
	type ChatInputCommandInteraction,
	type Message,
	type ModalSubmitInteraction,
} from 'discord.js';
import type { Logger } from 'pino';
import type { AnswerPayload } from '../render/askAnswer.js';
import { renderMovedNotice } from '../render/askNotices.js';

export type AskInteraction = ChatInputCommandInteraction | ModalSubmitInteraction | ButtonInteraction;

/** Where an answer goes: the deferred reply while its token lives, a channel message after. */
export interface AnswerTarget {
	/** A progress line: one try, no retry (the next one replaces it anyway). */
	progress(payload: AnswerPayload): Promise<void>;
	/** The answer or its error message: retried with backoff while the token lives, then posted in the channel. */
	edit(payload: AnswerPayload): Promise<void>;
	followUp(payload: AnswerPayload): Promise<void>;
}

const TOKEN_LIFETIME_MS = 15 * 60_000;
/** Switch a minute early: an edit in flight at 15:00 would fail with Invalid Webhook Token. */
const TOKEN_SAFETY_MS = 60_000;
const EXPIRED_TOKEN_CODES = new Set([50027, 10015]);
/** Waits between tries of a final edit Discord failed (discord.js already retried each 3 times). */
const RETRY_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 15_000, 30_000];

/**
 * Interaction tokens die after 15 minutes. A reply still running near that limit continues as a normal
 * channel message (and so does one whose token Discord already refused), instead of failing; the reply then says
 * where the answer went. A final edit Discord fails (5xx past discord.js's retries) is tried again until the token
 * is about to die.
 */
export function createAnswerTarget(interaction: AskInteraction, now: () => number, log: Logger): AnswerTarget {
	const expiresAt = interaction.createdTimestamp + TOKEN_LIFETIME_MS - TOKEN_SAFETY_MS;
	let useChannel = false;
	/** The token still works when we move to the channel (time ran out, not Discord refusing it). */
	let canPointToChannel = false;
	let channelMessage: Message | undefined;

	async function channelSend(payload: AnswerPayload): Promise<Message> {
		const channel = interaction.channel ?? (await interaction.client.channels.fetch(interaction.channelId ?? ''));
		if (!channel?.isSendable()) throw new Error('the answer outlived its interaction token and the channel is gone');
		const message = await channel.send(payload);
		if (canPointToChannel) {
			canPointToChannel = false;
			await interaction
				.editReply({ content: renderMovedNotice(message.url), components: [], allowedMentions: { parse: [] } })
				.catch((error: unknown) => {
					log.warn({ err: error }, 'could not point the reply to the channel message');
				});
		}
		return message;
	}

	/** Sends through the interaction; false when the answer must go to the channel instead. */
	async function viaInteraction(send: () => Promise<unknown>, retry: boolean): Promise<boolean> {
		for (let attempt = 0; ; attempt++) {
			if (!useChannel && now() >= expiresAt) {
				useChannel = true;
				canPointToChannel = true;
			}
			if (useChannel) return false;
			try {
				await send();
				return true;
			} catch (error) {
				if (isExpiredToken(error)) {
					log.warn({ code: error.code }, 'interaction token expired; continuing as a channel message');
					useChannel = true;
					return false;
				}
				const delay = RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)] ?? 0;
				if (!retry || !isTransient(error) || now() + delay >= expiresAt) throw error;
				log.warn({ err: error, attempt: attempt + 1, retryInMs: delay }, 'final edit failed; trying again');
				await sleep(delay);
			}
		}
	}

	return {
		async progress(payload) {
			if (await viaInteraction(() => interaction.editReply(payload), false)) return;
			// Past the token's life a progress line is not worth a channel message.
		},
		async edit(payload) {
			if (await viaInteraction(() => interaction.editReply(payload), true)) return;
			if (channelMessage) await channelMessage.edit(payload);
			else channelMessage = await channelSend(payload);
		},
		async followUp(payload) {
			if (await viaInteraction(() => interaction.followUp(payload), true)) return;
			await channelSend(payload);
		},
	};
}

function isExpiredToken(error: unknown): error is DiscordAPIError & { code: number } {
	return error instanceof DiscordAPIError && typeof error.code === 'number' && EXPIRED_TOKEN_CODES.has(error.code);
}

/** A 5xx, a rate limit or a dropped connection: worth another try. A 4xx would fail the same way again. */
function isTransient(error: unknown): boolean {
	if (typeof error !== 'object' || error === null) return false;
	const status = 'status' in error && typeof error.status === 'number' ? error.status : undefined;
	if (status !== undefined) return status >= 500 || status === 429;
	// A dropped connection or a timed-out request (not a bug in our payload, which would fail the same way again).
	return (error instanceof Error && error.name === 'AbortError') || ('code' in error && typeof error.code === 'string');
}
