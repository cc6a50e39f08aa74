/** Leaderboard buckets per points total: enough that 100 users answering at once rarely share a row. */
export const BUCKET_STRIPES = 16;

/** A user's stripe: a stable hash of the id (FNV-1a), so the user always moves in and out of the same rows. */
export function stripeOf(userId: string): number {
	let hash = 0x811c9dc5;
	for (let index = 0; index < userId.length; index += 1) {
		hash ^= userId.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0) % BUCKET_STRIPES;
}
