/** Small text helpers shared by the quiz renderers. */

export const BUTTON_LABEL_MAX = 80;
export const FIELD_VALUE_MAX = 1024;
export const LETTERS = ['A', 'B', 'C', 'D', 'E'] as const;

export function clip(text: string, max: number): string {
	return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** "3 of 4 (75%)". */
export function accuracy(correct: number, answered: number): string {
	return answered === 0 ? '—' : `${correct} of ${answered} (${Math.round((correct / answered) * 100)}%)`;
}

/** Names as plain text, joined until `max` characters, then "and N more". */
export function nameList(names: readonly string[], max: number): string {
	let text = '';
	for (const [index, name] of names.entries()) {
		const next = text === '' ? name : `${text}, ${name}`;
		const rest = names.length - index - 1;
		const tail = rest > 0 ? ` and ${rest} more` : '';
		if (`${next}${tail}`.length > max) return `${text} and ${names.length - index} more`;
		text = next;
	}
	return text;
}

/** Keeps user-supplied names from being read as Markdown or mentions in embeds. */
export function plainName(name: string): string {
	return name.replace(/[\\*_~`|>@#]/g, (character) => `\\${character}`);
}

/** Discord's timestamp markup: shown in each reader's time zone. */
export function timestamp(ms: number, style: 'R' | 't' | 'f'): string {
	return `<t:${Math.floor(ms / 1000)}:${style}>`;
}

/** Options that fit a button are its label; otherwise they go in the body and buttons say A–D. */
export function usesLetters(options: readonly string[]): boolean {
	return options.some((option) => option.length > BUTTON_LABEL_MAX);
}

/** How an option is named to the user: "B. long option text" when the buttons use letters. */
export function optionLabel(options: readonly string[], index: number): string {
	const text = options[index] ?? '?';
	return usesLetters(options) ? `${LETTERS[index] ?? index + 1}. ${text}` : text;
}
