import { Keyv } from 'keyv';
import { describe, expect, it } from 'vitest';
import { bestEffort } from '../../../src/cache/bestEffort.js';
import { isStoreUnavailable } from '../../../src/cache/storeErrors.js';
import { captureLogs } from '../../helpers/logs.js';

function keyvFailingWith(error: Error): Keyv<string> {
	const failing = () => Promise.reject(error);
	const keyv = new Keyv<string>({
		store: { get: failing, set: failing, delete: failing, clear: failing, has: failing, on: () => undefined },
	});
	keyv.throwOnErrors = true;
	return keyv;
}

describe('isStoreUnavailable', () => {
	it('recognises the Redis client being offline, also as a cause, and not other errors', () => {
		expect(isStoreUnavailable(new Error('The client is offline'))).toBe(true);
		expect(isStoreUnavailable(new Error('wrapped', { cause: new Error('The client is closed') }))).toBe(true);
		expect(isStoreUnavailable(Object.assign(new Error('connect failed'), { code: 'ECONNREFUSED' }))).toBe(true);
		expect(isStoreUnavailable(new Error('WRONGTYPE Operation against a key'))).toBe(false);
		expect(isStoreUnavailable('The client is offline')).toBe(false);
	});
});

describe('bestEffort', () => {
	it('reads nothing and skips writes while the store is unreachable, with a warning each time', async () => {
		const logs = captureLogs();
		const keyv = bestEffort(keyvFailingWith(new Error('The client is offline')), 'ask-cache', logs.logger);
		expect(await keyv.get('k')).toBeUndefined();
		expect(await keyv.set('k', 'v')).toBe(false);
		expect(await keyv.delete('k')).toBe(false);
		const warnings = logs.lines().filter((line) => line['msg'] === 'store unavailable: carrying on without it');
		expect(warnings.map((line) => line['operation'])).toEqual(['get', 'set', 'delete']);
		expect(warnings[0]).toMatchObject({ level: 40, namespace: 'ask-cache' });
	});

	it('lets any other error through', async () => {
		const keyv = bestEffort(keyvFailingWith(new Error('WRONGTYPE')), 'ask-cache', captureLogs().logger);
		await expect(keyv.get('k')).rejects.toThrow('WRONGTYPE');
	});

	it('behaves like the namespace when the store works', async () => {
		const keyv = bestEffort(new Keyv<string>(), 'ask-cache', captureLogs().logger);
		await keyv.set('k', 'v');
		expect(await keyv.get('k')).toBe('v');
		expect(keyv.namespace).toBe('keyv');
	});
});
