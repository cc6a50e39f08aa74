import type { FatalGatewayClose } from '../app/fatalGatewayClose.js';

const KIND = 'reasonbot:fatal-gateway-close';
/** Long enough for a message on a local pipe; a manager that is gone must not hold the bot's exit. */
const SEND_TIMEOUT_MS = 1_000;

type Send = (message: unknown, callback: (error: Error | null) => void) => boolean;

/**
 * A shard child of `npm run start:sharded` tells its manager (over the fork's IPC channel) that Discord closed it
 * for good, so the manager stops instead of respawning a process that would be closed again. Resolves once sent,
 * at once when there is no manager (a single bot), and never rejects.
 */
export function reportFatalCloseToManager(
	close: FatalGatewayClose,
	send: Send | undefined = process.send?.bind(process),
): Promise<void> {
	if (!send) return Promise.resolve();
	return new Promise((resolve) => {
		const timer = setTimeout(resolve, SEND_TIMEOUT_MS);
		const done = () => {
			clearTimeout(timer);
			resolve();
		};
		try {
			send({ kind: KIND, code: close.code, shardId: close.shardId, cause: close.cause }, done);
		} catch {
			// The channel is closed: the manager is gone, nobody to tell.
			done();
		}
	});
}

/** The fatal close a child reported, or undefined for any other message (discord.js's own, a user's eval). */
export function fatalCloseOf(message: unknown): FatalGatewayClose | undefined {
	if (typeof message !== 'object' || message === null) return undefined;
	const { kind, code, shardId, cause } = message as Record<string, unknown>;
	if (kind !== KIND || typeof code !== 'number' || typeof shardId !== 'number' || typeof cause !== 'string')
		return undefined;
	return { code, shardId, cause };
}
