import KeyvRedis, { createClient } from '@keyv/redis';
import { Keyv } from 'keyv';
import type { Logger } from 'pino';
import { namespaceRegistry } from './namespaces.js';
import { StoreError, type Store } from './store.js';

const CONNECT_TIMEOUT_MS = 3_000;
const MAX_RECONNECT_DELAY_MS = 2_000;

/** One Redis connection shared by every namespace; commands fail fast while Redis is away. */
export async function openRedisStore(url: string, logger: Logger): Promise<Store> {
	const location = withoutCredentials(url);
	let connectedOnce = false;
	const client = createClient({
		url,
		// Without this, commands queue forever while Redis is down and handlers hang.
		disableOfflineQueue: true,
		socket: {
			connectTimeout: CONNECT_TIMEOUT_MS,
			// Give up at start-up (a clear error beats a silent wait); once running, keep trying.
			reconnectStrategy: (attempts, cause) =>
				connectedOnce ? Math.min(2 ** attempts * 100, MAX_RECONNECT_DELAY_MS) : cause,
		},
	});
	let lastErrorLoggedAt = 0;
	client.on('error', (error: unknown) => {
		if (!connectedOnce) return; // the failed connect() below reports it
		// A down Redis reports every reconnect attempt: one warning every 30 s is enough.
		if (Date.now() - lastErrorLoggedAt < 30_000) return;
		lastErrorLoggedAt = Date.now();
		logger.warn({ err: error, store: location }, 'redis connection problem');
	});
	try {
		await withTimeout(client.connect(), CONNECT_TIMEOUT_MS);
		await client.ping();
		connectedOnce = true;
	} catch (error) {
		if (client.isOpen) client.destroy();
		throw new StoreError(
			`CACHE_URL: cannot connect to ${location}: ${error instanceof Error ? error.message : String(error)}`,
			{
				cause: error,
			},
		);
	}
	const namespaces = namespaceRegistry((options) => {
		const adapter = new KeyvRedis(client, {
			namespace: options.namespace,
			throwOnConnectError: true,
			throwOnErrors: true,
		});
		return new Keyv({ store: adapter, ...options, useKeyPrefix: false });
	}, logger);
	return {
		backend: 'redis',
		location,
		namespace: (name, options) => namespaces.get(name, options),
		close: async () => {
			if (client.isOpen) await client.close();
		},
	};
}

function withoutCredentials(url: string): string {
	const parsed = new URL(url);
	parsed.username = '';
	parsed.password = '';
	return parsed.toString().replace(/\/$/, '');
}

async function withTimeout<T>(promise: Promise<T>, timeoutMs: number): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => {
			reject(new Error(`no answer within ${timeoutMs} ms`));
		}, timeoutMs);
	});
	try {
		return await Promise.race([promise, timeout]);
	} finally {
		clearTimeout(timer);
	}
}
