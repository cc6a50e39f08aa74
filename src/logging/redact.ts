// Matches `token`, `discordToken`, `api_key`, `Authorization`… but not counters such as `promptTokens`.
const SECRET_KEY_PATTERN = /(token|api[-_]?key|authorization|secret|password|cookie)$/i;
const REDACTED = '[redacted]';
const MAX_DEPTH = 12;

/**
 * Returns a copy of `value` with secrets replaced, at any depth: values under secret-looking keys,
 * and any occurrence of a known secret string (a token pasted into an error message, say).
 */
export function redactSecrets(value: unknown, knownSecrets: readonly string[]): unknown {
	return redactValue(value, knownSecrets, 0, new WeakSet());
}

function redactValue(value: unknown, secrets: readonly string[], depth: number, seen: WeakSet<object>): unknown {
	if (typeof value === 'string') return redactString(value, secrets);
	if (typeof value !== 'object' || value === null) return value;
	if (depth >= MAX_DEPTH || seen.has(value)) return '[…]';
	seen.add(value);
	if (Array.isArray(value)) return value.map((item: unknown) => redactValue(item, secrets, depth + 1, seen));
	const source = value instanceof Error ? errorFields(value) : value;
	const copy: Record<string, unknown> = {};
	for (const [key, field] of Object.entries(source)) {
		copy[key] =
			SECRET_KEY_PATTERN.test(key) && field !== undefined ? REDACTED : redactValue(field, secrets, depth + 1, seen);
	}
	return copy;
}

export function redactString(text: string, secrets: readonly string[]): string {
	let result = text;
	for (const secret of secrets) {
		if (secret.length >= 6 && result.includes(secret)) result = result.split(secret).join(REDACTED);
	}
	// Bearer/Bot credentials in a header that was stringified into a message.
	return result.replace(/\b(Bearer|Bot)\s+[A-Za-z0-9._~+/=-]{16,}/g, `$1 ${REDACTED}`);
}

/** Errors keep their non-enumerable message and stack, which pino's serializer would show. */
function errorFields(error: Error): Record<string, unknown> {
	return {
		type: error.name,
		message: error.message,
		stack: error.stack,
		...(error.cause === undefined ? {} : { cause: error.cause }),
		...Object.fromEntries(Object.entries(error)),
	};
}
