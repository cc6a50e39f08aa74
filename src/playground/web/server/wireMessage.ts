import type { RecordedMessage } from '../../../emulator/index.js';
import type { WireMessage } from '../protocol.js';

/** The parts of a recorded message the page shows (the page never sees payload bodies or mentions settings). */
export function toWireMessage(message: RecordedMessage): WireMessage {
	return {
		id: message.id,
		channelId: message.channelId,
		content: message.content,
		embeds: message.embeds,
		components: message.components,
		attachments: message.attachments.map((attachment) => ({ ...attachment })),
		ephemeral: message.ephemeral,
		loading: message.loading,
		deleted: message.deleted,
		edited: message.edits.length > 1,
		createdAt: message.createdAt,
		...(message.interactionId === undefined ? {} : { interactionId: message.interactionId }),
	};
}
