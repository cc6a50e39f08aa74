import { closeSync, fstatSync, openSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { LRUCache } from 'lru-cache';
import type { Logger } from 'pino';
import { StoreUnavailableError } from '../../cache/storeErrors.js';

/** How long a statement waits for another process's lock, all told; the waiting happens off the event loop. */
const BUSY_TIMEOUT_MS = 5_000;
/**
 * How long SQLite itself may wait for a lock: better-sqlite3 waits synchronously, blocking the event loop, and the
 * holder can be a transaction of this very process waiting for that loop. So SQLite waits only briefly (most
 * transactions take well under a millisecond) and `exclusive` waits the rest asynchronously, retrying.
 */
const SYNCHRONOUS_BUSY_MS = 2;
const STATEMENT_CACHE_SIZE = 256;
const PRESENCE_CHECK_MS = 5_000;

/** The connection as tasks inside `exclusive` see it. */
export interface SqliteConnection {
	/** The statement for this SQL text, prepared once. */
	statement(sqlText: string): BetterSqlite3.Statement;
	readonly raw: BetterSqlite3.Database;
}

/**
 * One better-sqlite3 connection to a SQLite file, shared by everything in the process that uses the file (the keyv
 * store and the learner database both default to ./data/reasonbot.sqlite). A second connection to the same file in
 * the same process would deadlock: better-sqlite3 waits for a lock synchronously, so it would block the very event
 * loop the transaction holding the lock needs to finish.
 */
export interface SqliteFile {
	/** The path as configured, or `:memory:`. */
	readonly file: string;
	readonly isInMemory: boolean;
	/**
	 * Runs `task` alone on the connection: nothing else on this file starts until it settles, so a transaction may
	 * await between statements without another task's statement landing inside it. A task that fails because
	 * another process holds the lock (SQLITE_BUSY) runs again after a pause, so it must be all or nothing: one
	 * statement, or one transaction that rolls back.
	 */
	exclusive<T>(task: (connection: SqliteConnection) => T | Promise<T>): Promise<T>;
	/**
	 * Throws StoreUnavailableError when the file was deleted or replaced since it was opened: SQLite would go on
	 * writing to the unlinked file, and every write acknowledged from then on would be gone at the next start.
	 * `recheck` looks at the file now (before a commit); otherwise the last check (every few seconds, and at every
	 * write) decides, which is enough for reads.
	 */
	assertPresent(recheck: boolean): void;
	/** Gives up this user's share; the connection closes when the last user has closed. */
	close(): void;
}

export interface SqliteFiles {
	/** Opens the file (creating its folder) or shares the connection already open to it. Rejects with SQLite's error. */
	open(file: string): Promise<SqliteFile>;
}

/** The SQLite files of one process; built once in bot.ts and handed to both stores so they share connections. */
export function createSqliteFiles(logger: Logger): SqliteFiles {
	const open = new Map<string, Promise<{ shared: SharedConnection; users: number }>>();
	return {
		async open(file) {
			const inMemory = file === ':memory:';
			// In-memory databases are private to their connection: each user gets its own.
			const key = inMemory ? undefined : path.resolve(file);
			let opening = key === undefined ? undefined : open.get(key);
			if (!opening) {
				opening = connect(file, inMemory, logger).then((shared) => ({ shared, users: 0 }));
				if (key !== undefined) {
					open.set(key, opening);
					opening.catch(() => open.delete(key));
				}
			}
			const entry = await opening;
			entry.users += 1;
			let closed = false;
			return {
				file,
				isInMemory: inMemory,
				exclusive: (task) => entry.shared.exclusive(task),
				assertPresent: (recheck) => {
					entry.shared.assertPresent(recheck);
				},
				close() {
					if (closed) return;
					closed = true;
					entry.users -= 1;
					if (entry.users > 0) return;
					if (key !== undefined) open.delete(key);
					entry.shared.close();
				},
			};
		},
	};
}

interface SharedConnection {
	exclusive<T>(task: (connection: SqliteConnection) => T | Promise<T>): Promise<T>;
	assertPresent(recheck: boolean): void;
	close(): void;
}

async function connect(file: string, inMemory: boolean, logger: Logger): Promise<SharedConnection> {
	// Asynchronous on purpose: a folder that never answers (under /proc) must leave the start-up timeout able to fire.
	if (!inMemory) await mkdir(path.dirname(path.resolve(file)), { recursive: true });
	const raw = new BetterSqlite3(file, { timeout: SYNCHRONOUS_BUSY_MS });
	try {
		// WAL: readers never block the writer and a crash loses no committed write. synchronous=NORMAL is safe with
		// WAL (a power cut may lose the last commits, a killed process loses nothing) and skips an fsync per commit.
		if (!inMemory) raw.pragma('journal_mode = WAL');
		raw.pragma('synchronous = NORMAL');
		// The page cache is process memory that only grows towards its cap as pages are read: 8 MB holds the hot pages
		// of a large learner database (the OS file cache keeps the rest), where 32 MB per connection mostly held RSS.
		raw.pragma('cache_size = -8000');
	} catch (error) {
		raw.close();
		throw error;
	}
	const statements = new LRUCache<string, BetterSqlite3.Statement>({ max: STATEMENT_CACHE_SIZE });
	const connection: SqliteConnection = {
		raw,
		statement(sqlText) {
			let statement = statements.get(sqlText);
			if (!statement) {
				statement = raw.prepare(sqlText);
				statements.set(sqlText, statement);
			}
			return statement;
		},
	};
	const identity = inMemory ? undefined : identityOf(file);
	// A descriptor of our own on the file we opened: while the file is still linked under a name, its link count is
	// above 0; deleted, or replaced by renaming another file over it, the count falls to 0. Asking the open descriptor
	// (fstat) skips resolving the path, which every commit did before: about 13 µs of a press in the bot. The
	// descriptor is only read from and closed after SQLite's own connection (closing any descriptor of a file drops
	// the process's POSIX locks on it).
	const watched = inMemory ? undefined : openToWatch(file);
	let lost: string | undefined;
	const checkPresence = () => {
		if (identity === undefined || lost !== undefined) return;
		let now: string | undefined;
		try {
			if (watched !== undefined && fstatSync(watched).nlink > 0) return;
			now = identityOf(file);
		} catch (error) {
			// Not knowing (say, a permission change on the folder) is no proof the file is gone: keep writing.
			logger.warn({ err: error, file }, 'could not check that the SQLite file is still there');
			return;
		}
		if (now === identity) return;
		lost = now === undefined ? 'was deleted' : 'was replaced by another file';
		logger.error(
			{ file },
			`the SQLite file ${file} ${lost} while the bot was running: writes are refused until it is restored and the bot restarted`,
		);
	};
	const watcher = identity === undefined ? undefined : setInterval(checkPresence, PRESENCE_CHECK_MS).unref();
	let tail: Promise<unknown> = Promise.resolve();
	const queued = <T>(task: (connection: SqliteConnection) => T | Promise<T>): Promise<T> => {
		const result = tail.then(() => task(connection));
		tail = result.catch(() => undefined);
		return result;
	};
	return {
		async exclusive(task) {
			const deadline = Date.now() + BUSY_TIMEOUT_MS;
			for (let attempt = 0; ; attempt += 1) {
				try {
					return await queued(task);
				} catch (error) {
					if (!isBusy(error) || Date.now() > deadline) throw error;
					// Off the queue while waiting: this connection's other work (reads never wait in WAL) goes on.
					await sleep(Math.min(2 ** attempt, 25) * (0.5 + Math.random()));
				}
			}
		},
		assertPresent(recheck) {
			if (recheck) checkPresence();
			if (lost !== undefined) throw new StoreUnavailableError(`the SQLite file ${file} ${lost}`);
		},
		close() {
			clearInterval(watcher);
			statements.clear();
			raw.close();
			if (watched !== undefined) closeSync(watched);
		},
	};
}

function isBusy(error: unknown): boolean {
	return (
		error instanceof Error && 'code' in error && typeof error.code === 'string' && error.code.startsWith('SQLITE_BUSY')
	);
}

function sleep(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

/** A read-only descriptor of the file, or undefined when it cannot be had (the path check then does the work). */
function openToWatch(file: string): number | undefined {
	try {
		return openSync(file, 'r');
	} catch {
		return undefined;
	}
}

/** Device and inode: what stays the same while the file is the one we opened; undefined when there is none. */
function identityOf(file: string): string | undefined {
	const stats = statSync(file, { throwIfNoEntry: false });
	return stats ? `${String(stats.dev)}:${String(stats.ino)}` : undefined;
}
