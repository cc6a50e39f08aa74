import { LRUCache } from 'lru-cache';
import { reviewedCard } from './leitner.js';
import type { Learner } from './store.js';
import type { LeitnerCard, LeitnerState } from './types.js';

/** Learners whose review state a process keeps (the active members of its guilds; about 5 KB each). */
const LEARNERS_IN_MEMORY = 2_000;

/**
 * The Leitner state of recent learners, kept in step with what this process writes: reading a learner's cards and
 * pass was the largest part of a /quiz question. Only the guild's own shard asks and answers there, so no other
 * process changes these rows meanwhile; and the state only steers which item is asked next.
 */
export interface LeitnerCache {
	/**
	 * The cached state, or `load`'s (kept unless this learner's state changed while it loaded). The cache changes a
	 * state it holds in place: read it before the next await, do not keep it.
	 */
	get(guildId: string, learner: Learner, load: () => Promise<LeitnerState>): Promise<LeitnerState>;
	/** The cached learner's pass as a set (for pickItem); undefined when the learner is not cached. */
	askedSet(guildId: string, learner: Learner): ReadonlySet<string> | undefined;
	/** After a committed answer: the card moves as the database moved it. */
	reviewed(guildId: string, learner: Learner, itemId: string, correct: boolean, at: number): void;
	/** After a committed round: the item joins the pass (which starts again once the bank is through). */
	asked(guildId: string, learner: Learner, itemId: string, bankSize: number): void;
}

/**
 * A learner's state as the cache holds it: its own copy, changed in place. Copying the cards on every answer (a
 * spread of an object with a key per item asked) took about 40 µs of a press, more than most of its SQL statements.
 */
interface Held {
	readonly state: { readonly cards: Record<string, LeitnerCard>; readonly pass: string[] };
	/** The pass as a set, for pickItem. */
	readonly asked: Set<string>;
}

export function createLeitnerCache(max = LEARNERS_IN_MEMORY): LeitnerCache {
	const states = new LRUCache<string, Held>({ max });
	// Learners with a load in flight: a load that raced a change of that learner would cache the state before it.
	const loading = new Map<string, { loads: number; changes: number }>();
	const keyOf = (guildId: string, learner: Learner) => `${guildId}:${learner}`;
	const update = (key: string, change: (held: Held) => void) => {
		const inFlight = loading.get(key);
		if (inFlight) inFlight.changes += 1;
		const held = states.get(key);
		if (held) change(held);
	};
	return {
		async get(guildId, learner, load) {
			const key = keyOf(guildId, learner);
			const cached = states.get(key);
			if (cached) return cached.state;
			let inFlight = loading.get(key);
			if (!inFlight) loading.set(key, (inFlight = { loads: 0, changes: 0 }));
			inFlight.loads += 1;
			const changesBefore = inFlight.changes;
			try {
				const state = await load();
				if (inFlight.changes !== changesBefore) return state;
				// A copy: the loaded state may be shared (EMPTY_LEITNER), and the cache changes its own in place.
				const held: Held = {
					state: { cards: { ...state.cards }, pass: [...state.pass] },
					asked: new Set(state.pass),
				};
				states.set(key, held);
				return held.state;
			} finally {
				inFlight.loads -= 1;
				if (inFlight.loads === 0) loading.delete(key);
			}
		},
		askedSet(guildId, learner) {
			return states.get(keyOf(guildId, learner))?.asked;
		},
		reviewed(guildId, learner, itemId, correct, at) {
			update(keyOf(guildId, learner), ({ state }) => {
				state.cards[itemId] = reviewedCard(state.cards[itemId], correct, at);
			});
		},
		asked(guildId, learner, itemId, bankSize) {
			update(keyOf(guildId, learner), ({ state, asked }) => {
				if (!asked.has(itemId)) {
					state.pass.push(itemId);
					asked.add(itemId);
				}
				// Every item of the bank asked: the next pass starts empty (as recordAsked has it).
				if (state.pass.length >= bankSize) {
					state.pass.length = 0;
					asked.clear();
				}
			});
		},
	};
}
