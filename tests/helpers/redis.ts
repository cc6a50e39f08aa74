/**
 * Redis-backed tests run when REDIS_URL is set. With REQUIRE_REDIS=1 (CI) a missing REDIS_URL is an
 * error, and an unreachable Redis fails the tests that use it instead of skipping them.
 */
export function redisUrlForTests(): string | undefined {
	const url = process.env['REDIS_URL'];
	if (!url && process.env['REQUIRE_REDIS'] === '1') {
		throw new Error('REQUIRE_REDIS=1 but REDIS_URL is not set');
	}
	return url || undefined;
}

/** A key prefix unique to one test run, so parallel runs against one Redis never collide. */
export function uniqueNamespace(label: string): string {
	return `${label}-${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
