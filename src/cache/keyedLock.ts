import { randomBytes } from 'node:crypto';
import type { Keyv } from 'keyv';

/** Runs tasks for one key one at a time: in this process always, and across processes when the store is Redis. */
export interface KeyedLock {
	run<T>(key: string, task: () => Promise<T>): Promise<T>;
}

export interface KeyedLockOptions {
	/** A crashed holder's lock expires after this; keep it well above the longest critical section. */
	readonly ttlMs?: number;
	/** How long to wait for another process's lock before failing. */
	readonly waitMs?: number;
}

export class LockTimeoutError extends Error {
	public override readonly name = 'LockTimeoutError';
}

// Deletes the lock only if we still hold it: a lock that expired and was taken by another process stays.
const RELEASE_SCRIPT =
	"if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

/**
 * An in-process queue per key; when `keyv` is Redis-backed also `SET key token NX PX ttl` on its connection, so
 * processes sharing the store take turns. SQLite and memory stores belong to one process: the queue alone serialises them.
 */
export function createKeyedLock(keyv: Keyv, name: string, options: KeyedLockOptions = {}): KeyedLock {
	const ttlMs = options.ttlMs ?? 10_000;
	const waitMs = options.waitMs ?? 10_000;
	const tails = new Map<string, Promise<unknown>>();
	const redis = redisClientOf(keyv.store);

	async function withRedisLock<T>(key: string, task: () => Promise<T>): Promise<T> {
		if (!redis) return task();
		const lockKey = `lock:${name}:${key}`;
		const token = randomBytes(8).toString('hex');
		const deadline = Date.now() + waitMs;
		for (let attempt = 0; ; attempt += 1) {
			const reply = await redis.set(lockKey, token, { condition: 'NX', expiration: { type: 'PX', value: ttlMs } });
			if (reply === 'OK') break;
			if (Date.now() > deadline) throw new LockTimeoutError(`lock ${lockKey} still held after ${waitMs} ms`);
			await sleep(Math.min(5 * 2 ** Math.min(attempt, 4), 50) * (0.5 + Math.random()));
		}
		try {
			return await task();
		} finally {
			await redis.eval(RELEASE_SCRIPT, { keys: [lockKey], arguments: [token] });
		}
	}

	return {
		run(key, task) {
			const previous = tails.get(key) ?? Promise.resolve();
			const result = previous.then(
				() => withRedisLock(key, task),
				() => withRedisLock(key, task),
			);
			const tail = result.catch(() => undefined);
			tails.set(key, tail);
			void tail.then(() => {
				if (tails.get(key) === tail) tails.delete(key);
			});
			return result;
		},
	};
}

function sleep(ms: number): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The two Redis commands the lock needs. */
interface LockClient {
	set(
		key: string,
		value: string,
		options: { condition: 'NX'; expiration: { type: 'PX'; value: number } },
	): Promise<string | null>;
	eval(script: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
}

/**
 * The Redis connection behind a @keyv/redis adapter, recognised by shape: importing @keyv/redis here just for an
 * instanceof check would load the Redis client into every process, SQLite ones included.
 */
function redisClientOf(adapter: unknown): LockClient | undefined {
	if (typeof adapter !== 'object' || adapter === null || !('client' in adapter) || !('opts' in adapter))
		return undefined;
	const { client, opts } = adapter;
	const isRedis = typeof opts === 'object' && opts !== null && 'dialect' in opts && opts.dialect === 'redis';
	return isRedis && isLockClient(client) ? client : undefined;
}

function isLockClient(value: unknown): value is LockClient {
	return (
		typeof value === 'object' &&
		value !== null &&
		'set' in value &&
		typeof value.set === 'function' &&
		'eval' in value &&
		typeof value.eval === 'function'
	);
}
