// Matches `token`, `discordToken`, `api_key`, `Authorization`… but not counters such as `promptTokens`.
const SECRET_KEY_PATTERN = /(token|api[-_]?key|authorization|secret|password|cookie)$/i;
const REDACTED = '[redacted]';
const MAX_DEPTH = 12;

/**
 * Returns a copy of `value` with secrets replaced, at any depth: values under secret-looking keys,
 * and any occurrence of a known secret string (a token pasted into an error message, say).
 */
export function redactSecrets(value: unknown, knownSecrets: readonly string[]): unknown {
	// Most lines (one per interaction) hold nothing to redact: checking first spares them a deep copy.
	if (!needsRedaction(value, knownSecrets, 0, new WeakSet())) return value;
	return redactValue(value, knownSecrets, 0, new WeakSet());
}

/** True when redactValue would change something: a secret-looking key, a secret in a string, an Error to unfold. */
function needsRedaction(value: unknown, secrets: readonly string[], depth: number, seen: WeakSet<object>): boolean {
	if (typeof value === 'string') return stringNeedsRedaction(value, secrets);
	if (typeof value !== 'object' || value === null) return false;
	if (depth >= MAX_DEPTH || seen.has(value) || value instanceof Error) return true;
	seen.add(value);
	if (Array.isArray(value)) return value.some((item: unknown) => needsRedaction(item, secrets, depth + 1, seen));
	for (const key in value) {
		if (!Object.hasOwn(value, key)) continue;
		const field: unknown = Reflect.get(value, key);
		if (SECRET_KEY_PATTERN.test(key) && field !== undefined) return true;
		if (needsRedaction(field, secrets, depth + 1, seen)) return true;
	}
	return false;
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

const CREDENTIAL_PATTERN = /\b(Bearer|Bot)\s+[A-Za-z0-9._~+/=-]{16,}/;

function stringNeedsRedaction(text: string, secrets: readonly string[]): boolean {
	return secrets.some((secret) => secret.length >= 6 && text.includes(secret)) || CREDENTIAL_PATTERN.test(text);
}

export function redactString(text: string, secrets: readonly string[]): string {
	if (!stringNeedsRedaction(text, secrets)) return text;
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
