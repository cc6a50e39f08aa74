import { createHash } from 'node:crypto';
import type { Keyv } from 'keyv';
import { LRUCache } from 'lru-cache';
import type { ConversationTurn } from './prompt.js';
import type { IncompleteReason, TokenUsage } from './types.js';

/** An answer as kept for the cache, the Show reasoning button and Regenerate. */
export interface StoredAnswer {
	readonly id: string;
	readonly question: string;
	/** The turns before this question (never reasoning). */
	readonly history: readonly ConversationTurn[];
	readonly text: string;
	readonly trace: string;
	readonly incomplete: IncompleteReason | null;
	readonly model: string;
	/** ISO time the model produced it. */
	readonly createdAt: string;
	readonly usage: TokenUsage | null;
}

/** Same question (case, spacing and end punctuation aside), same model, same knowledge, same history → same key. */
export function answerCacheKey(
	question: string,
	model: string,
	knowledgeVersion: string,
	history: readonly ConversationTurn[],
): string {
	const normalised = normaliseQuestion(question);
	const context = history.map((turn) => [normaliseQuestion(turn.question), turn.answer]);
	return createHash('sha256')
		.update(JSON.stringify([normalised, model, knowledgeVersion, context]))
		.digest('hex')
		.slice(0, 32);
}

export function normaliseQuestion(question: string): string {
	return question
		.normalize('NFKC')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.replace(/[\s?!.]+$/, '')
		.trim();
}

/** Answers kept in process memory in front of the store, and for how long at most. */
const HOT_ANSWERS = 500;
const HOT_TTL_MS = 10 * 60_000;
/**
 * And how much text they hold at most (characters): a reasoning model's trace runs to tens of KB, so 500 answers
 * alone could hold tens of MB. About 2 MB of ASCII keeps some 70 answers with 30 KB traces, or all 500 short ones.
 */
const HOT_ANSWER_CHARS = 2_000_000;

/**
 * The keyv cache of complete answers plus single flight: concurrent identical questions share one upstream
 * call. In-process only: one bot process owns the model calls.
 *
 * Recent answers are also kept in memory (LRU): a repeated question then costs no store round trip, which with
 * SQLite was half of a cached /ask's CPU. An answer changes only by Regenerate, which writes through here; one
 * regenerated on another shard reaches this process when the memory entry expires (at most ten minutes).
 */
export class AnswerCache {
	readonly #inFlight = new Map<string, Promise<StoredAnswer>>();
	readonly #hot: LRUCache<string, StoredAnswer>;

	constructor(
		private readonly byKey: Keyv<StoredAnswer>,
		private readonly byId: Keyv<StoredAnswer>,
		options: { readonly ttlMs?: number } = {},
	) {
		this.#hot = new LRUCache({
			max: HOT_ANSWERS,
			maxSize: HOT_ANSWER_CHARS,
			sizeCalculation: charactersOf,
			ttl: Math.min(options.ttlMs ?? HOT_TTL_MS, HOT_TTL_MS),
		});
	}

	async lookup(key: string): Promise<StoredAnswer | undefined> {
		const hot = this.#hot.get(key);
		if (hot) return hot;
		const stored = await this.byKey.get(key);
		if (stored) this.#hot.set(key, stored);
		return stored;
	}

	async answerById(id: string): Promise<StoredAnswer | undefined> {
		return this.byId.get(id);
	}

	/**
	 * Runs `produce` unless the same key is already running; complete answers are cached. With `reuseCached`, a
	 * new flight first looks in the cache again: a caller whose earlier lookup missed may arrive just after an
	 * identical question's flight ended, and must get that answer rather than call the model a second time.
	 * `joined` is true when the answer was not produced by this call.
	 */
	async shared(
		key: string,
		produce: () => Promise<StoredAnswer>,
		options: { readonly reuseCached: boolean },
	): Promise<{ readonly answer: StoredAnswer; readonly joined: boolean }> {
		const running = this.#inFlight.get(key);
		if (running) return { answer: await running, joined: true };
		let fromCache = false;
		const task = (async () => {
			const cached = options.reuseCached ? await this.lookup(key) : undefined;
			if (cached) {
				fromCache = true;
				return cached;
			}
			const answer = await produce();
			await this.byId.set(answer.id, answer);
			if (answer.incomplete === null) {
				await this.byKey.set(key, answer);
				this.#hot.set(key, answer);
			}
			return answer;
		})();
		this.#inFlight.set(key, task);
		try {
			return { answer: await task, joined: fromCache };
		} finally {
			this.#inFlight.delete(key);
		}
	}
}

/** An answer's text in characters, what its memory mostly is (at least 1, as the LRU requires). */
function charactersOf(answer: StoredAnswer): number {
	let characters = answer.question.length + answer.text.length + answer.trace.length;
	for (const turn of answer.history) characters += turn.question.length + turn.answer.length;
	return Math.max(1, characters);
}
