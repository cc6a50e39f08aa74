import type { JsonObject } from './json.js';
import type { DiscordErrorBody } from './types.js';

/** A Discord API error; route handlers throw it and the server answers with its status and body. */
export class DiscordHttpError extends Error {
	constructor(
		readonly status: number,
		readonly body: DiscordErrorBody,
	) {
		super(`${status} ${body.message} (code ${body.code})`);
	}
}

const error = (status: number, code: number, message: string) => () => new DiscordHttpError(status, { message, code });

export const DiscordErrors = {
	notFound: error(404, 0, '404: Not Found'),
	unauthorized: error(401, 0, '401: Unauthorized'),
	unknownChannel: error(404, 10003, 'Unknown Channel'),
	unknownGuild: error(404, 10004, 'Unknown Guild'),
	unknownMessage: error(404, 10008, 'Unknown Message'),
	unknownWebhook: error(404, 10015, 'Unknown Webhook'),
	unknownApplication: error(404, 10002, 'Unknown Application'),
	unknownCommand: error(404, 10063, 'Unknown application command'),
	unknownInteraction: error(404, 10062, 'Unknown interaction'),
	alreadyAcknowledged: error(400, 40060, 'Interaction has already been acknowledged.'),
	emptyMessage: error(400, 50006, 'Cannot send an empty message'),
	missingPermissions: error(403, 50013, 'Missing Permissions'),
	invalidWebhookToken: error(401, 50027, 'Invalid Webhook Token'),
	invalidJson: error(400, 50109, 'The request body contains invalid JSON.'),
	invalidFormBody: (errors: JsonObject) =>
		new DiscordHttpError(400, { message: 'Invalid Form Body', code: 50035, errors }),
};
