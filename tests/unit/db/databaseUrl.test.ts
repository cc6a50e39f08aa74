import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/app/config.js';
import { parseDatabaseUrl, passwordOf } from '../../../src/db/databaseUrl.js';

describe('DATABASE_URL', () => {
	it('defaults to the SQLite file the keyv store uses by default', () => {
		const config = loadConfig({});
		expect(config.DATABASE_URL).toBe('sqlite://./data/reasonbot.sqlite');
		expect(config.DATABASE_URL).toBe(config.CACHE_URL);
	});

	it('names SQLite files and PostgreSQL servers without credentials', () => {
		expect(parseDatabaseUrl('sqlite://./data/x.sqlite')).toEqual({
			kind: 'sqlite',
			file: './data/x.sqlite',
			location: 'sqlite ./data/x.sqlite',
		});
		expect(parseDatabaseUrl('postgres://bot:s3cret@db.internal:5433/reasonbot?sslmode=require')).toMatchObject({
			kind: 'postgres',
			location: 'postgres://db.internal:5433/reasonbot',
		});
		expect(passwordOf('postgresql://bot:s%40cret@db/reasonbot')).toBe('s@cret');
		expect(passwordOf('sqlite://./data/x.sqlite')).toBe('');
	});

	it('refuses another database in one line naming the variable, and never prints a password', () => {
		expect(() => loadConfig({ DATABASE_URL: 'mysql://bot:s3cret@db/reasonbot' })).toThrow(
			'Invalid configuration: DATABASE_URL: expected sqlite://<path> or postgres://user@host:5432/database (got "mysql://bot:***@db/reasonbot")',
		);
		expect(() => parseDatabaseUrl('sqlite://')).toThrow(/^DATABASE_URL: sqlite:\/\/ needs a file path/);
	});
});
