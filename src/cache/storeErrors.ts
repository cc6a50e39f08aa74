/** What the Redis client throws while the server is away (disableOfflineQueue makes these immediate). */
const UNAVAILABLE_MESSAGES = new Set([
	'The client is offline',
	'The client is closed',
	'Connection timeout',
	'Socket closed unexpectedly',
]);
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);

/**
 * A store (keyv or the learner database) cannot take this operation right now: it is unreachable, read-only, full,
 * failing to read or write, or its file is gone. The user is told the storage is unavailable, never "something went
 * wrong"; nothing was written.
 */
export class StoreUnavailableError extends Error {
	public override readonly name = 'StoreUnavailableError';
}

/** True when the error (or one of its causes) means the store cannot be reached, as opposed to a bug. */
export function isStoreUnavailable(error: unknown): boolean {
	let current: unknown = error;
	for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
		if (current instanceof StoreUnavailableError) return true;
		if (UNAVAILABLE_MESSAGES.has(current.message)) return true;
		if ('code' in current && typeof current.code === 'string' && UNAVAILABLE_CODES.has(current.code)) return true;
		current = current.cause;
	}
	return false;
}
