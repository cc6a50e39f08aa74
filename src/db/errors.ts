import { StoreUnavailableError } from '../cache/storeErrors.js';

/** SQLite result codes (extended codes start with these) that are the file's or the disk's fault, not ours. */
const SQLITE_UNAVAILABLE = [
	'SQLITE_READONLY',
	'SQLITE_FULL',
	'SQLITE_IOERR',
	'SQLITE_CANTOPEN',
	'SQLITE_BUSY',
	'SQLITE_LOCKED',
	'SQLITE_CORRUPT',
	'SQLITE_NOTADB',
	'SQLITE_PERM',
];

/**
 * PostgreSQL SQLSTATE classes and codes meaning the server cannot serve us now: connection exceptions (08),
 * insufficient resources such as a full disk (53), operator intervention such as a shutdown (57), system I/O errors
 * (58), a read-only transaction on a standby (25006).
 */
const POSTGRES_UNAVAILABLE_CLASSES = ['08', '53', '57', '58'];
const POSTGRES_UNAVAILABLE_CODES = new Set(['25006']);
/** What node-postgres itself throws when the socket goes or never comes. */
const POSTGRES_CLIENT_MESSAGES = [
	'Connection terminated',
	'timeout exceeded when trying to connect',
	'Query read timeout',
	'Client has encountered a connection error',
	'Client was closed',
	'Cannot use a pool after calling end',
];
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENOTFOUND']);

function codeOf(error: Error): string | undefined {
	return 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

export function isSqliteUnavailable(error: unknown): boolean {
	if (!(error instanceof Error)) return false;
	const code = codeOf(error);
	return code !== undefined && SQLITE_UNAVAILABLE.some((prefix) => code === prefix || code.startsWith(`${prefix}_`));
}

export function isPostgresUnavailable(error: unknown): boolean {
	if (!(error instanceof Error)) return false;
	const code = codeOf(error);
	if (code !== undefined) {
		if (NETWORK_CODES.has(code) || POSTGRES_UNAVAILABLE_CODES.has(code)) return true;
		if (/^[0-9A-Z]{5}$/.test(code) && POSTGRES_UNAVAILABLE_CLASSES.includes(code.slice(0, 2))) return true;
	}
	if (error instanceof AggregateError) return error.errors.some(isPostgresUnavailable);
	return POSTGRES_CLIENT_MESSAGES.some((message) => error.message.startsWith(message));
}

/** Rethrows `error` as StoreUnavailableError when `isUnavailable` says so, keeping it as the cause. */
export function unavailableOr(error: unknown, isUnavailable: (error: unknown) => boolean, where: string): unknown {
	if (error instanceof StoreUnavailableError || !isUnavailable(error)) return error;
	const reason = error instanceof Error ? error.message : String(error);
	return new StoreUnavailableError(`${where}: ${reason}`, { cause: error });
}
