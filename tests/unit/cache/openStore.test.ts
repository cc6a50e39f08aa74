import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../src/cache/openStore.js';
import { StoreError, type Store } from '../../../src/cache/store.js';
import { redisUrlForTests, uniqueNamespace } from '../../helpers/redis.js';
import { silentLogger } from '../../helpers/logs.js';

async function sleep(ms: number): Promise<void> {
	await new Promise((resolve) => setTimeout(resolve, ms));
}

function storeContract(label: string, open: () => Promise<Store>) {
	describe(label, () => {
		let store: Store;
		beforeAll(async () => {
			store = await open();
		});
		afterAll(async () => {
			await store.close();
		});

		it('stores and reads back values by namespace, without mixing namespaces', async () => {
			const scores = store.namespace<{ points: number }>(uniqueNamespace('scores'));
			const other = store.namespace<{ points: number }>(uniqueNamespace('other'));
			await scores.set('alice', { points: 3 });
			await other.set('alice', { points: 99 });
			expect(await scores.get('alice')).toEqual({ points: 3 });
			expect(await other.get('alice')).toEqual({ points: 99 });
		});

		it('returns the same instance for the same namespace name', () => {
			const name = uniqueNamespace('same');
			expect(store.namespace(name)).toBe(store.namespace(name));
		});

		it('expires entries after the namespace TTL', async () => {
			const shortLived = store.namespace<string>(uniqueNamespace('ttl'), { ttlMs: 150 });
			await shortLived.set('key', 'value');
			expect(await shortLived.get('key')).toBe('value');
			await sleep(300);
			expect(await shortLived.get('key')).toBeUndefined();
		});
	});
}

storeContract('memory store', () => openStore('memory://', silentLogger()));

describe('sqlite store', () => {
	let directory: string;
	beforeAll(async () => {
		directory = await mkdtemp(path.join(tmpdir(), 'reasonbot-store-'));
	});
	afterAll(async () => {
		await rm(directory, { recursive: true, force: true });
	});

	storeContract('contract', () => openStore(`sqlite://${path.join(directory, 'contract.sqlite')}`, silentLogger()));

	it('keeps data across a close and reopen of the same file, in WAL mode', async () => {
		const file = path.join(directory, 'nested', 'restart.sqlite');
		const first = await openStore(`sqlite://${file}`, silentLogger());
		await first.namespace<number>('scores').set('guild:1:alice', 42);
		await first.close();
		const second = await openStore(`sqlite://${file}`, silentLogger());
		expect(await second.namespace<number>('scores').get('guild:1:alice')).toBe(42);
		await second.close();
		const { default: BetterSqlite3 } = await import('better-sqlite3');
		const db = new BetterSqlite3(file, { readonly: true });
		const mode: unknown = db.prepare('PRAGMA journal_mode').get();
		db.close();
		expect(mode).toEqual({ journal_mode: 'wal' });
	});

	it('fails with a clear StoreError when the file cannot be opened', async () => {
		const blocker = path.join(directory, 'not-a-dir');
		await (await import('node:fs/promises')).writeFile(blocker, 'x');
		await expect(openStore(`sqlite://${path.join(blocker, 'db.sqlite')}`, silentLogger())).rejects.toThrow(
			/CACHE_URL: cannot open the SQLite file/,
		);
	});
});

describe('store factory', () => {
	it('rejects an unknown scheme with the variable name', async () => {
		const failure = openStore('mongo://localhost', silentLogger());
		await expect(failure).rejects.toBeInstanceOf(StoreError);
		await expect(failure).rejects.toThrow('CACHE_URL: unknown store "mongo://"');
	});

	it('fails clearly when Redis cannot be reached', async () => {
		await expect(openStore('redis://127.0.0.1:1', silentLogger())).rejects.toThrow(
			/CACHE_URL: cannot connect to redis:\/\/127\.0\.0\.1:1/,
		);
	});
});

const redisUrl = redisUrlForTests();
describe.runIf(redisUrl)('redis store', () => {
	storeContract('contract', () => openStore(redisUrl ?? '', silentLogger()));

	it('shares data between two independent connections (two bot processes)', async () => {
		const name = uniqueNamespace('shared');
		const first = await openStore(redisUrl ?? '', silentLogger());
		const second = await openStore(redisUrl ?? '', silentLogger());
		await first.namespace<string>(name).set('answer', 'from shard 0');
		expect(await second.namespace<string>(name).get('answer')).toBe('from shard 0');
		await Promise.all([first.close(), second.close()]);
	});
});
