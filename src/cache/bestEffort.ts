import type { Keyv } from 'keyv';
import type { Logger } from 'pino';
import { isStoreUnavailable } from './storeErrors.js';

const READS = new Set<PropertyKey>(['get', 'has']);
const WRITES = new Set<PropertyKey>(['set', 'delete']);

/**
 * A view of a namespace that keeps working while the store is unreachable: reads find nothing, writes are skipped,
 * each with a warning. For data the bot can do without (an answer cache, rate-limit counters); never for scores.
 * Other errors still propagate.
 */
export function bestEffort<Value>(keyv: Keyv<Value>, name: string, logger: Logger): Keyv<Value> {
	const degrade = (operation: PropertyKey, missing: unknown) => (error: unknown) => {
		if (!isStoreUnavailable(error)) throw error;
		logger.warn(
			{ err: error, namespace: name, operation: String(operation) },
			'store unavailable: carrying on without it',
		);
		return missing;
	};
	return new Proxy(keyv, {
		get(target, property, receiver) {
			const value: unknown = Reflect.get(target, property, receiver);
			if (typeof value !== 'function' || !(READS.has(property) || WRITES.has(property))) return value;
			// get: nothing found; has, set, delete: false, as keyv answers for a key it could not touch.
			const missing = property === 'get' ? undefined : false;
			return (...args: unknown[]): Promise<unknown> => {
				try {
					const result: unknown = Reflect.apply(value, target, args);
					return Promise.resolve(result).catch(degrade(property, missing));
				} catch (error) {
					return Promise.resolve(degrade(property, missing)(error));
				}
			};
		},
	});
}
