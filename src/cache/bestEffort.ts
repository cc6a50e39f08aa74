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
	// One wrapper per method, made on first use: a wrapper and its handler made on every call were about 1% of what
	// the bot allocates under the soak's traffic (the answer cache, limits and threads read through here).
	// At most the four methods above, each remade only if the method itself was replaced (a test's stub).
	const wrappers = new Map<PropertyKey, { method: unknown; wrapper: (...args: unknown[]) => Promise<unknown> }>();
	const wrap = (target: Keyv<Value>, property: PropertyKey, method: (...args: unknown[]) => unknown) => {
		// get: nothing found; has, set, delete: false, as keyv answers for a key it could not touch.
		const onError = degrade(property, property === 'get' ? undefined : false);
		return (...args: unknown[]): Promise<unknown> => {
			try {
				return Promise.resolve(Reflect.apply(method, target, args)).catch(onError);
			} catch (error) {
				return Promise.resolve(onError(error));
			}
		};
	};
	return new Proxy(keyv, {
		get(target, property, receiver) {
			const value: unknown = Reflect.get(target, property, receiver);
			if (typeof value !== 'function' || !(READS.has(property) || WRITES.has(property))) return value;
			const known = wrappers.get(property);
			if (known?.method === value) return known.wrapper;
			const wrapper = wrap(target, property, value as (...args: unknown[]) => unknown);
			wrappers.set(property, { method: value, wrapper });
			return wrapper;
		},
	});
}
