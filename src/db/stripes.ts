import type { Dialect } from './database.js';

/**
 * Leaderboard buckets per points total. PostgreSQL runs answers in parallel, so each total is split into stripes
 * that 100 users answering at once rarely share; SQLite runs one writer at a time, so one row per total is enough,
 * and a rank sums a sixteenth of the rows.
 */
export function bucketStripes(dialect: Dialect): number {
	return dialect === 'postgres' ? 16 : 1;
}

/** A user's stripe: a stable hash of the id (FNV-1a), so the user always moves in and out of the same rows. */
export function stripeOf(userId: string, stripes: number): number {
	let hash = 0x811c9dc5;
	for (let index = 0; index < userId.length; index += 1) {
		hash ^= userId.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0) % stripes;
}
