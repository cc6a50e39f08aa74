import { EventEmitter } from 'node:events';
import type { SqliteConnection, SqliteFile } from '../db/sqlite/sqliteFile.js';

/** Rows read per step when iterating a namespace. */
const PAGE_SIZE = 100;

// @keyv/sqlite's table and value format (key `namespace:key`, value keyv's serialised JSON), so a file written by
// the earlier versions reads the same.
const CREATE_TABLE = 'CREATE TABLE IF NOT EXISTS keyv(key VARCHAR(255) PRIMARY KEY, value TEXT )';
const SELECT = 'SELECT value FROM keyv WHERE key = ?';
const SELECT_MANY = 'SELECT key, value FROM keyv WHERE key IN (SELECT value FROM json_each(?))';
const UPSERT = 'INSERT INTO keyv (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value';
const DELETE = 'DELETE FROM keyv WHERE key = ?';
const DELETE_MANY = 'DELETE FROM keyv WHERE key IN (SELECT value FROM json_each(?))';
const CLEAR = 'DELETE FROM keyv WHERE key LIKE ?';
const PAGE = 'SELECT key, value FROM keyv WHERE key LIKE ? ORDER BY key LIMIT ? OFFSET ?';
const EXISTS = 'SELECT 1 AS found FROM keyv WHERE key = ?';

interface Row {
	readonly key: string;
	readonly value: string;
}

/**
 * keyv's SQLite store over the process's better-sqlite3 connection to the file (see SqliteFile), in place of
 * @keyv/sqlite over the sqlite3 driver: one SQLite driver for the keyv store and the learner database, every
 * statement prepared once, and no second connection to a file the learner database writes. It fulfils keyv's
 * KeyvStoreAdapter contract with values as keyv serialised them (strings), which keyv deserialises itself.
 */
export class SqliteKeyvAdapter extends EventEmitter {
	public readonly opts: { readonly dialect: 'sqlite'; readonly url: string };
	public namespace?: string | undefined;

	public constructor(private readonly file: SqliteFile) {
		super();
		this.opts = { dialect: 'sqlite', url: `sqlite://${file.file}` };
	}

	/** Creates the table the first time; every adapter on the file shares it. */
	public static async prepareTable(file: SqliteFile): Promise<void> {
		await file.exclusive((connection) => connection.raw.exec(CREATE_TABLE));
	}

	public get(key: string): Promise<string | undefined> {
		return this.read((connection) => {
			const row: unknown = connection.statement(SELECT).get(key);
			return isRow(row, 'value') ? row.value : undefined;
		});
	}

	public getMany(keys: string[]): Promise<(string | undefined)[]> {
		return this.read((connection) => {
			const rows = connection.statement(SELECT_MANY).all(JSON.stringify(keys)).filter(isKeyValueRow);
			const byKey = new Map(rows.map((row) => [row.key, row.value]));
			return keys.map((key) => byKey.get(key));
		});
	}

	public async set(key: string, value: unknown): Promise<void> {
		if (typeof value !== 'string') throw new TypeError('keyv hands the store serialised strings');
		await this.write((connection) => connection.statement(UPSERT).run(key, value));
	}

	public async delete(key: string): Promise<boolean> {
		return (await this.write((connection) => connection.statement(DELETE).run(key))).changes > 0;
	}

	public async deleteMany(keys: string[]): Promise<boolean> {
		return (await this.write((connection) => connection.statement(DELETE_MANY).run(JSON.stringify(keys)))).changes > 0;
	}

	public async clear(): Promise<void> {
		await this.write((connection) => connection.statement(CLEAR).run(this.namespace ? `${this.namespace}:%` : '%'));
	}

	public has(key: string): Promise<boolean> {
		return this.read((connection) => connection.statement(EXISTS).get(key) !== undefined);
	}

	public async *iterator(namespace?: string): AsyncGenerator<[string, string], void> {
		const pattern = namespace ? `${namespace}:%` : '%';
		for (let offset = 0; ; offset += PAGE_SIZE) {
			const rows = await this.read((connection) =>
				connection.statement(PAGE).all(pattern, PAGE_SIZE, offset).filter(isKeyValueRow),
			);
			for (const row of rows) yield [row.key, row.value];
			if (rows.length < PAGE_SIZE) return;
		}
	}

	/** The file is closed by the store that opened it, once every namespace is done. */
	public disconnect(): Promise<void> {
		return Promise.resolve();
	}

	private read<T>(task: (connection: SqliteConnection) => T): Promise<T> {
		return this.file.exclusive((connection) => {
			this.file.assertPresent(false);
			return task(connection);
		});
	}

	/** A write to a file that was deleted under us would be lost at the next start: refuse it instead. */
	private write<T>(task: (connection: SqliteConnection) => T): Promise<T> {
		return this.file.exclusive((connection) => {
			this.file.assertPresent(true);
			return task(connection);
		});
	}
}

function isRow<Field extends string>(row: unknown, field: Field): row is Record<Field, string> {
	return typeof row === 'object' && row !== null && field in row && typeof Reflect.get(row, field) === 'string';
}

function isKeyValueRow(row: unknown): row is Row {
	return isRow(row, 'key') && isRow(row, 'value');
}
