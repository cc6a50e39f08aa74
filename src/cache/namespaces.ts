import type { Keyv } from 'keyv';
import type { Logger } from 'pino';
import { StoreError, type NamespaceOptions } from './store.js';

/**
 * Memoises one Keyv per namespace name, wired the same way for every backend: errors are thrown
 * to the caller (so no write is silently lost) and also logged.
 */
export interface KeyvBaseOptions {
	readonly namespace: string;
	readonly ttl?: number;
}

export function namespaceRegistry(create: (options: KeyvBaseOptions) => Keyv, logger: Logger) {
	const created = new Map<string, { keyv: Keyv; ttlMs: number | undefined }>();
	return {
		get<Value>(name: string, options: NamespaceOptions = {}): Keyv<Value> {
			const existing = created.get(name);
			if (existing) {
				if (existing.ttlMs !== options.ttlMs) throw new StoreError(`namespace "${name}" reopened with another TTL`);
				// Keyv's value type is the caller's promise about what it stores; keyv cannot check it.
				// eslint-disable-next-line @typescript-eslint/no-unsafe-return
				return existing.keyv;
			}
			const keyv = create(options.ttlMs === undefined ? { namespace: name } : { namespace: name, ttl: options.ttlMs });
			keyv.throwOnErrors = true;
			keyv.on('error', (error: unknown) => {
				logger.debug({ err: error, namespace: name }, 'store operation failed');
			});
			created.set(name, { keyv, ttlMs: options.ttlMs });
			// eslint-disable-next-line @typescript-eslint/no-unsafe-return -- as above
			return keyv;
		},
		all(): Keyv[] {
			return [...created.values()].map((entry) => entry.keyv);
		},
	};
}
