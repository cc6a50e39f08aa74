import type { MentionNames } from '../markup/index.js';

/** How terminal text is drawn: ANSI styles on a terminal, plain text in a pipe or a log. */
export interface TerminalStyle {
	readonly ansi: boolean;
	readonly names: MentionNames;
	readonly now: () => Date;
}

const CODES = {
	bold: ['\x1b[1m', '\x1b[22m'],
	dim: ['\x1b[2m', '\x1b[22m'],
	italic: ['\x1b[3m', '\x1b[23m'],
	underline: ['\x1b[4m', '\x1b[24m'],
	strike: ['\x1b[9m', '\x1b[29m'],
	inverse: ['\x1b[7m', '\x1b[27m'],
	cyan: ['\x1b[36m', '\x1b[39m'],
	blue: ['\x1b[34m', '\x1b[39m'],
} as const;

export type Ansi = keyof typeof CODES;

/** `text` in the ANSI style when the output is a terminal; unchanged otherwise. */
export function paint(style: Pick<TerminalStyle, 'ansi'>, ansi: Ansi, text: string): string {
	if (!style.ansi || text === '') return text;
	const [open, close] = CODES[ansi];
	return `${open}${text}${close}`;
}

/** ANSI when writing to a terminal, unless NO_COLOR asks otherwise (https://no-color.org). */
export function wantsAnsi(output: { isTTY?: boolean }, env: Readonly<Record<string, string | undefined>>): boolean {
	return output.isTTY === true && !env['NO_COLOR'];
}
