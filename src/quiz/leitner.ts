import type { LeitnerCard, LeitnerState } from './types.js';

export const TOP_BOX = 5;

export const EMPTY_LEITNER: LeitnerState = { cards: {}, pass: [] };

/** A right answer moves the card up a box; a miss sends it back to box 1. */
export function recordReview(state: LeitnerState, itemId: string, correct: boolean, now: number): LeitnerState {
	return { ...state, cards: { ...state.cards, [itemId]: reviewedCard(state.cards[itemId], correct, now) } };
}

/** The card after one review: the rule recordReview applies, for callers that keep their own copy of the cards. */
export function reviewedCard(before: LeitnerCard | undefined, correct: boolean, now: number): LeitnerCard {
	return { box: correct ? Math.min((before?.box ?? 0) + 1, TOP_BOX) : 1, lastCorrect: correct, lastAt: now };
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
 * this pass, the pool is used afresh. `asked` is the pass as a set, when the caller keeps one.
 */
export function pickItem(
	pool: readonly string[],
	state: LeitnerState,
	random: () => number,
	asked: ReadonlySet<string> = new Set(state.pass),
): string | undefined {
	// Runs on every /quiz question: one pass over the pool, no arrays per item.
	let best: string[] = [];
	let bestRank = 0;
	let bestBox = 0;
	let bestAt = 0;
	for (const freshOnly of [true, false]) {
		for (const id of pool) {
			if (freshOnly && asked.has(id)) continue;
			const card = state.cards[id];
			// Lower sorts first: missed 0, unseen 1, answered right 2; then the box, then the time last seen.
			const rank = card ? (card.lastCorrect ? 2 : 0) : 1;
			const box = card?.box ?? 0;
			const at = card?.lastAt ?? 0;
			const order =
				best.length === 0 ? -1 : rank !== bestRank ? rank - bestRank : box !== bestBox ? box - bestBox : at - bestAt;
			if (order < 0) {
				best = [id];
				bestRank = rank;
				bestBox = box;
				bestAt = at;
			} else if (order === 0) best.push(id);
		}
		if (best.length > 0) break;
	}
	return best[Math.min(Math.floor(random() * best.length), best.length - 1)];
}
