/**
 * Students round the figures they quote ("v3 cost $5.6M to train", "r1 got like 80 on aime"): a figure that is
 * within a rounding of one the knowledge states stands for it, so retrieval finds the passage that states it.
 */
export interface RoundedFigures {
	/** The knowledge's figures this typed figure may be a rounding of (never the figure itself). */
	near(word: string): readonly string[];
}

/** A figure as `words` writes it: digits, an optional decimal part, an optional unit ("5.576m", "79.8", "6.5x"). */
const FIGURE = /^(\d+(?:\.\d+)?)([a-z]{0,2})$/;
/** Years are exact: "2024" is no rounding of "2025". */
const YEAR = /^(19|20)\d\d$/;

export function createRoundedFigures(knownWords: Iterable<string>): RoundedFigures {
	const byUnit = new Map<string, { readonly word: string; readonly value: number }[]>();
	for (const word of new Set(knownWords)) {
		const match = FIGURE.exec(word);
		if (!match || YEAR.test(word)) continue;
		const unit = match[2] ?? '';
		byUnit.set(unit, [...(byUnit.get(unit) ?? []), { word, value: Number(match[1]) }]);
	}
	return {
		near(word) {
			const match = FIGURE.exec(word);
			// Only a figure that looks rounded: with a unit or decimals ("5.6m", "79.8"); "671" or "2" are exact.
			if (!match || YEAR.test(word) || !(match[2] || match[1]?.includes('.'))) return [];
			const typed = match[1] ?? '';
			const value = Number(typed);
			const decimals = typed.split('.')[1]?.length ?? 0;
			const scale = 10 ** decimals;
			// Rounded or cut to the typed decimals: "5.6m" and "5.5m" for "5.576m"; "685b" is no rounding of "671b".
			const roundsTo = (known: number): boolean =>
				Math.round(known * scale) === Math.round(value * scale) ||
				Math.floor(known * scale) === Math.round(value * scale);
			return (byUnit.get(match[2] ?? '') ?? [])
				.filter((known) => known.word !== word && roundsTo(known.value))
				.map((known) => known.word);
		},
	};
}
