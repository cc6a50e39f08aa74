import { StoreError } from '../cache/store.js';

export type DatabaseTarget =
	| { readonly kind: 'sqlite'; readonly file: string; readonly location: string }
	| { readonly kind: 'postgres'; readonly url: string; readonly location: string };

const EXPECTED = 'expected sqlite://<path> or postgres://user@host:5432/database';

/** DATABASE_URL → where the learner database is; `location` is safe to log (no credentials). */
export function parseDatabaseUrl(url: string): DatabaseTarget {
	const scheme = url.includes('://') ? url.slice(0, url.indexOf('://')) : '';
	if (scheme === 'sqlite') {
		const file = url.slice('sqlite://'.length);
		if (file === '')
			throw new StoreError('DATABASE_URL: sqlite:// needs a file path, e.g. sqlite://./data/reasonbot.sqlite');
		return { kind: 'sqlite', file, location: file === ':memory:' ? 'sqlite (in memory)' : `sqlite ${file}` };
	}
	if (scheme === 'postgres' || scheme === 'postgresql') {
		let parsed: URL;
		try {
			parsed = new URL(url);
		} catch (error) {
			throw new StoreError(`DATABASE_URL: not a valid URL; ${EXPECTED}`, { cause: error });
		}
		return { kind: 'postgres', url, location: `${scheme}://${parsed.host}${parsed.pathname}` };
	}
	throw new StoreError(`DATABASE_URL: unknown database "${scheme}://"; ${EXPECTED}`);
}

/** The password in a database or Redis URL ('' when there is none), for the logger to redact wherever it shows up. */
export function passwordOf(url: string): string {
	try {
		return decodeURIComponent(new URL(url).password);
	} catch {
		// Not a URL (sqlite://./path parses, a bad value fails config first): nothing to hide.
		return '';
	}
}
