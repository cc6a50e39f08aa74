import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteConnection, type SqliteConnection } from '../../../src/cache/sqliteConnection.js';

describe('the shared SQLite connection (prepared statements)', () => {
	let directory: string;
	let connection: SqliteConnection;
	beforeAll(async () => {
		directory = await mkdtemp(path.join(tmpdir(), 'reasonbot-sqlite-'));
		connection = await openSqliteConnection(path.join(directory, 'db.sqlite'), 1_000);
		await connection.query('CREATE TABLE kv(key TEXT PRIMARY KEY, value TEXT)');
	});
	afterAll(async () => {
		await connection.close();
		await rm(directory, { recursive: true, force: true });
	});

	it('runs the same statement again and again with new parameters', async () => {
		const upsert = 'INSERT INTO kv (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value';
		await Promise.all(Array.from({ length: 50 }, (_, index) => connection.query(upsert, `k${String(index)}`, 'a')));
		await connection.query(upsert, 'k7', 'b');
		expect(await connection.query('SELECT value FROM kv WHERE key = ?', 'k7')).toEqual([{ value: 'b' }]);
		expect(await connection.query('SELECT value FROM kv WHERE key = ?', 'k8')).toEqual([{ value: 'a' }]);
		expect(await connection.query('SELECT count(*) AS n FROM kv')).toEqual([{ n: 50 }]);
		expect(await connection.query('SELECT count(*) AS n FROM kv')).toEqual([{ n: 50 }]);
	});

	it('takes parameters as @keyv/sqlite passes them: one by one, or as one array', async () => {
		const page = 'SELECT key FROM kv WHERE key LIKE ? ORDER BY key LIMIT ? OFFSET ?';
		expect(await connection.query(page, ['k1%', 2, 0])).toEqual([{ key: 'k1' }, { key: 'k10' }]);
		expect(await connection.query(page, 'k1%', 2, 2)).toEqual([{ key: 'k11' }, { key: 'k12' }]);
	});

	it('rejects a statement that cannot be prepared, and keeps working', async () => {
		await expect(connection.query('SELECT nope FROM missing_table')).rejects.toThrow(/no such table/);
		await expect(connection.query('SELECT nope FROM missing_table')).rejects.toThrow(/no such table/);
		expect(await connection.query('SELECT value FROM kv WHERE key = ?', 'k1')).toEqual([{ value: 'a' }]);
	});

	it('keeps what was written when the file is opened again', async () => {
		const again = await openSqliteConnection(path.join(directory, 'db.sqlite'), 1_000);
		try {
			expect(await again.query('SELECT value FROM kv WHERE key = ?', 'k7')).toEqual([{ value: 'b' }]);
		} finally {
			await again.close();
		}
	});
});
