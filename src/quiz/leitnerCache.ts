import { LRUCache } from 'lru-cache';
import { recordAsked, recordReview } from './leitner.js';
import type { Learner } from './store.js';
import type { LeitnerState } from './types.js';

/** Learners whose review state a process keeps (the active members of its guilds; about 5 KB each). */
const LEARNERS_IN_MEMORY = 2_000;

/**
 * The Leitner state of recent learners, kept in step with what this process writes: reading a learner's cards and
 * pass was the largest part of a /quiz question. Only the guild's own shard asks and answers there, so no other
 * process changes these rows meanwhile; and the state only steers which item is asked next.
 */
export interface LeitnerCache {
	/** The cached state, or `load`'s (kept unless this learner's state changed while it loaded). */
	get(guildId: string, learner: Learner, load: () => Promise<LeitnerState>): Promise<LeitnerState>;
	/** After a committed answer: the card moves as the database moved it. */
	reviewed(guildId: string, learner: Learner, itemId: string, correct: boolean, at: number): void;
	/** After a committed round: the item joins the pass (which starts again once the bank is through). */
	asked(guildId: string, learner: Learner, itemId: string, bankSize: number): void;
}

export function createLeitnerCache(max = LEARNERS_IN_MEMORY): LeitnerCache {
	const states = new LRUCache<string, LeitnerState>({ max });
	// Learners with a load in flight: a load that raced a change of that learner would cache the state before it.
	const loading = new Map<string, { loads: number; changes: number }>();
	const keyOf = (guildId: string, learner: Learner) => `${guildId}:${learner}`;
	const update = (key: string, change: (state: LeitnerState) => LeitnerState) => {
		const inFlight = loading.get(key);
		if (inFlight) inFlight.changes += 1;
		const state = states.get(key);
		if (state) states.set(key, change(state));
	};
	return {
		async get(guildId, learner, load) {
			const key = keyOf(guildId, learner);
			const cached = states.get(key);
			if (cached) return cached;
			let inFlight = loading.get(key);
			if (!inFlight) loading.set(key, (inFlight = { loads: 0, changes: 0 }));
			inFlight.loads += 1;
			const changesBefore = inFlight.changes;
			try {
				const state = await load();
				if (inFlight.changes === changesBefore) states.set(key, state);
				return state;
			} finally {
				inFlight.loads -= 1;
				if (inFlight.loads === 0) loading.delete(key);
			}
		},
		reviewed(guildId, learner, itemId, correct, at) {
			update(keyOf(guildId, learner), (state) => recordReview(state, itemId, correct, at));
		},
		asked(guildId, learner, itemId, bankSize) {
			update(keyOf(guildId, learner), (state) => recordAsked(state, itemId, bankSize));
		},
	};
}
