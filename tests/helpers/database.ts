/**
 * The learner database of a bot under test, unless the test names one: the CACHE_URL's SQLite file when there is
 * one (the defaults put both in one file, and restart tests expect quiz data to survive with the cache), else a
 * private in-memory database, so tests never write ./data/reasonbot.sqlite.
 */
export function testDatabaseUrl(env: Readonly<Record<string, string>> = {}): string {
	const given = env['DATABASE_URL'];
	if (given) return given;
	const cache = env['CACHE_URL'] ?? '';
	return cache.startsWith('sqlite://') ? cache : 'sqlite://:memory:';
}
