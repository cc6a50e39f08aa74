import type { LeitnerCard, LeitnerState } from './types.js';

export const TOP_BOX = 5;

export const EMPTY_LEITNER: LeitnerState = { cards: {}, pass: [] };

/** A right answer moves the card up a box; a miss sends it back to box 1. */
export function recordReview(state: LeitnerState, itemId: string, correct: boolean, now: number): LeitnerState {
	const before = state.cards[itemId];
	const card: LeitnerCard = {
		box: correct ? Math.min((before?.box ?? 0) + 1, TOP_BOX) : 1,
		lastCorrect: correct,
		lastAt: now,
	};
	return { ...state, cards: { ...state.cards, [itemId]: card } };
}

/**
 * Notes that an item was asked. When every item of the bank has been asked, the pass starts again, so no
 * item repeats within one pass through the bank.
 */
export function recordAsked(state: LeitnerState, itemId: string, bankSize: number): LeitnerState {
	const pass = state.pass.includes(itemId) ? state.pass : [...state.pass, itemId];
	return { ...state, pass: pass.length >= bankSize ? [] : pass };
}

/**
 * Picks the next item from `pool` (ids): items not yet asked in this pass, missed ones first, then unseen,
 * then the lowest box, then the longest unseen; `random` breaks ties. With everything in the pool already asked
 * this pass, the pool is used afresh.
 */
export function pickItem(pool: readonly string[], state: LeitnerState, random: () => number): string | undefined {
	const asked = new Set(state.pass);
	const fresh = pool.filter((id) => !asked.has(id));
	const candidates = fresh.length > 0 ? fresh : pool;
	let best: string[] = [];
	let bestKey: readonly number[] | undefined;
	for (const id of candidates) {
		const key = priority(state.cards[id]);
		const order = bestKey === undefined ? -1 : compareKeys(key, bestKey);
		if (order < 0) {
			best = [id];
			bestKey = key;
		} else if (order === 0) best.push(id);
	}
	return best[Math.min(Math.floor(random() * best.length), best.length - 1)];
}

/** Lower sorts first: [missed? 0 : unseen? 1 : 2, box, lastAt]. */
function priority(card: LeitnerCard | undefined): readonly number[] {
	if (!card) return [1, 0, 0];
	return [card.lastCorrect ? 2 : 0, card.box, card.lastAt];
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
	for (let index = 0; index < a.length; index += 1) {
		const difference = (a[index] ?? 0) - (b[index] ?? 0);
		if (difference !== 0) return difference;
	}
	return 0;
}
