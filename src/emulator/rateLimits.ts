import { createHash } from 'node:crypto';

const MAX_BUCKETS = 10_000;

interface Bucket {
	remaining: number;
	resetAt: number;
}

export interface RateLimitVerdict {
	readonly limited: boolean;
	readonly headers: Record<string, string>;
	readonly retryAfterSeconds: number;
}

/** Per-bucket request windows with Discord's X-RateLimit-* headers. Uses the real clock, as discord.js does. */
export class RateLimiter {
	readonly #buckets = new Map<string, Bucket>();
	readonly #hashes = new Map<string, string>();

	constructor(
		private readonly limit: number,
		private readonly windowMs: number,
	) {}

	/** One bucket per route template and major parameter (channel, webhook token, interaction), as on Discord. */
	hit(routeTemplate: string, majorParameter: string): RateLimitVerdict {
		const now = Date.now();
		const key = `${routeTemplate} ${majorParameter}`;
		let bucket = this.#buckets.get(key);
		if (!bucket) {
			if (this.#buckets.size >= MAX_BUCKETS) this.#prune(now);
			bucket = { remaining: this.limit, resetAt: now + this.windowMs };
			this.#buckets.set(key, bucket);
		}
		if (now >= bucket.resetAt) {
			bucket.remaining = this.limit;
			bucket.resetAt = now + this.windowMs;
		}
		const limited = bucket.remaining <= 0;
		if (!limited) bucket.remaining -= 1;
		const resetAfterSeconds = (bucket.resetAt - now) / 1000;
		return {
			limited,
			retryAfterSeconds: resetAfterSeconds,
			headers: rateLimitHeaders(
				this.limit,
				bucket.remaining,
				bucket.resetAt,
				resetAfterSeconds,
				this.#hash(routeTemplate),
			),
		};
	}

	#hash(routeTemplate: string): string {
		let hash = this.#hashes.get(routeTemplate);
		if (hash === undefined) {
			hash = createHash('sha1').update(routeTemplate).digest('hex').slice(0, 16);
			this.#hashes.set(routeTemplate, hash);
		}
		return hash;
	}

	#prune(now: number): void {
		for (const [key, bucket] of this.#buckets) if (bucket.resetAt <= now) this.#buckets.delete(key);
	}

	clear(): void {
		this.#buckets.clear();
	}
}

export function rateLimitHeaders(
	limit: number,
	remaining: number,
	resetAtMs: number,
	resetAfterSeconds: number,
	bucket: string,
): Record<string, string> {
	return {
		'x-ratelimit-limit': String(limit),
		'x-ratelimit-remaining': String(remaining),
		'x-ratelimit-reset': (resetAtMs / 1000).toFixed(3),
		'x-ratelimit-reset-after': resetAfterSeconds.toFixed(3),
		'x-ratelimit-bucket': bucket,
	};
}
