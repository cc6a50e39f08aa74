import type { Keyv } from 'keyv';

export interface LimitSettings {
	/** 0 turns a limit off. */
	readonly cooldownMs: number;
	readonly dailyQuota: number;
	readonly guildDailyTokens: number;
	readonly regenerateCooldownMs: number;
}

export type LimitName = 'cooldown' | 'daily-quota' | 'guild-budget' | 'regenerate-cooldown';

export interface LimitHit {
	readonly limit: LimitName;
	readonly resetsAt: Date;
}

const DAY_MS = 86_400_000;

/**
 * Per-user cooldown and daily quota, per-guild daily token budget, counted in the store so they hold across
 * restarts. Checks and counts run one at a time so two quick presses cannot both pass a limit.
 */
export class AskLimits {
	#queue: Promise<unknown> = Promise.resolve();

	constructor(
		private readonly counters: Keyv<number>,
		private readonly settings: LimitSettings,
		private readonly now: () => Date,
	) {}

	/** Admits a question (counting it) or says which limit stops it. */
	async admitQuestion(userId: string): Promise<LimitHit | undefined> {
		return this.#serial(async () => {
			const hit = (await this.#cooldown(`cooldown:${userId}`, this.settings.cooldownMs)) ?? (await this.#quota(userId));
			if (hit) return hit;
			await this.#startCooldown(`cooldown:${userId}`, this.settings.cooldownMs);
			if (this.settings.dailyQuota > 0) {
				const key = `quota:${userId}:${this.#day()}`;
				await this.counters.set(key, ((await this.counters.get(key)) ?? 0) + 1, DAY_MS * 2);
			}
			return undefined;
		});
	}

	async admitRegenerate(userId: string): Promise<LimitHit | undefined> {
		return this.#serial(async () => {
			const key = `regenerate:${userId}`;
			const hit = await this.#cooldown(key, this.settings.regenerateCooldownMs);
			if (!hit) await this.#startCooldown(key, this.settings.regenerateCooldownMs);
			return hit;
		});
	}

	/** Checked before a model call; cached and knowledge answers cost no tokens. */
	async checkGuildBudget(guildId: string | null): Promise<LimitHit | undefined> {
		if (guildId === null || this.settings.guildDailyTokens <= 0) return undefined;
		const used = (await this.counters.get(`tokens:${guildId}:${this.#day()}`)) ?? 0;
		return used >= this.settings.guildDailyTokens ? { limit: 'guild-budget', resetsAt: this.#nextDay() } : undefined;
	}

	async recordTokens(guildId: string | null, tokens: number): Promise<void> {
		if (guildId === null || tokens <= 0) return;
		await this.#serial(async () => {
			const key = `tokens:${guildId}:${this.#day()}`;
			await this.counters.set(key, ((await this.counters.get(key)) ?? 0) + tokens, DAY_MS * 2);
		});
	}

	async #cooldown(key: string, cooldownMs: number): Promise<LimitHit | undefined> {
		if (cooldownMs <= 0) return undefined;
		const until = await this.counters.get(key);
		const limit: LimitName = key.startsWith('regenerate:') ? 'regenerate-cooldown' : 'cooldown';
		return until !== undefined && until > this.now().getTime() ? { limit, resetsAt: new Date(until) } : undefined;
	}

	async #startCooldown(key: string, cooldownMs: number): Promise<void> {
		if (cooldownMs > 0) await this.counters.set(key, this.now().getTime() + cooldownMs, cooldownMs);
	}

	async #quota(userId: string): Promise<LimitHit | undefined> {
		if (this.settings.dailyQuota <= 0) return undefined;
		const asked = (await this.counters.get(`quota:${userId}:${this.#day()}`)) ?? 0;
		return asked >= this.settings.dailyQuota ? { limit: 'daily-quota', resetsAt: this.#nextDay() } : undefined;
	}

	#day(): string {
		return this.now().toISOString().slice(0, 10);
	}

	/** Daily limits reset at midnight UTC. */
	#nextDay(): Date {
		return new Date(Math.floor(this.now().getTime() / DAY_MS) * DAY_MS + DAY_MS);
	}

	async #serial<T>(task: () => Promise<T>): Promise<T> {
		const run = this.#queue.then(task, task);
		this.#queue = run.catch(() => undefined);
		return run;
	}
}
