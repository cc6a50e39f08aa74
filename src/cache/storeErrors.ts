/** What the Redis client throws while the server is away (disableOfflineQueue makes these immediate). */
const UNAVAILABLE_MESSAGES = new Set([
	'The client is offline',
	'The client is closed',
	'Connection timeout',
	'Socket closed unexpectedly',
]);
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);

/** True when the error (or one of its causes) means the store cannot be reached, as opposed to a bug. */
export function isStoreUnavailable(error: unknown): boolean {
	let current: unknown = error;
	for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
		if (UNAVAILABLE_MESSAGES.has(current.message)) return true;
		if ('code' in current && typeof current.code === 'string' && UNAVAILABLE_CODES.has(current.code)) return true;
		current = current.cause;
	}
	return false;
}
