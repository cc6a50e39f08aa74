import { DiscordAPIError, RESTJSONErrorCodes, Routes, type Client } from 'discord.js';
import { replyData } from '../core/preparedReply.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import { renderQuestion } from '../render/quizQuestion.js';
import { DeliveryError, type QuizDelivery } from './delivery.js';
import type { Question } from './service.js';

const CHANNEL_GONE = new Set<number>([RESTJSONErrorCodes.UnknownChannel, RESTJSONErrorCodes.UnknownMessage]);
const NOT_ALLOWED = new Set<number>([RESTJSONErrorCodes.MissingPermissions, RESTJSONErrorCodes.MissingAccess]);

/**
 * The quiz's Discord side, the one file of src/quiz/ that imports discord.js: posts and edits question messages
 * through the client and maps 10003/50013 to DeliveryError.
 */
export function createQuizDelivery(client: () => Client, knowledge: KnowledgeBase): QuizDelivery {
	const payload = (question: Question) =>
		renderQuestion(question, knowledge.get(question.item.topic)?.title ?? question.item.topic);

	const channel = async (channelId: string) => {
		const found = await client().channels.fetch(channelId);
		if (!found?.isSendable() || !found.isTextBased())
			throw new DeliveryError('channel-gone', `channel ${channelId} cannot take messages`);
		return found;
	};

	return {
		post: (question) =>
			mapErrors(async () => {
				const message = await (await channel(question.round.channelId)).send(payload(question));
				return message.id;
			}),
		show: (question) =>
			mapErrors(async () => {
				const { messageId, channelId } = question.round;
				if (messageId === null) return;
				// Straight to the REST route, serialised once: after presses this runs once a second per open round, and
				// the channel fetch and discord.js's message payload cost more than the edit itself.
				await client().rest.patch(Routes.channelMessage(channelId, messageId), {
					body: replyData(payload(question), { ephemeral: false }),
				});
			}),
	};
}

async function mapErrors<T>(task: () => Promise<T>): Promise<T> {
	try {
		return await task();
	} catch (error) {
		if (error instanceof DiscordAPIError && typeof error.code === 'number') {
			if (CHANNEL_GONE.has(error.code)) throw new DeliveryError('channel-gone', error.message, { cause: error });
			if (NOT_ALLOWED.has(error.code)) throw new DeliveryError('no-permission', error.message, { cause: error });
		}
		throw error;
	}
}
