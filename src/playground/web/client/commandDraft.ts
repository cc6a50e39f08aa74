import type { SlashValue, WireCommand, WireCommandOption } from '../protocol.js';

const SUBCOMMAND = 1;
const SUBCOMMAND_GROUP = 2;
export const OptionType = { String: 3, Integer: 4, Boolean: 5, User: 6, Channel: 7, Number: 10 } as const;

/** Where the cursor is in a half-typed command line, for the picker. */
export type Draft =
	| { readonly stage: 'none' }
	| { readonly stage: 'command'; readonly prefix: string }
	| {
			readonly stage: 'subcommand';
			readonly base: string;
			readonly prefix: string;
			readonly choices: readonly WireCommandOption[];
	  }
	| {
			readonly stage: 'option';
			readonly base: string;
			readonly prefix: string;
			readonly remaining: readonly WireCommandOption[];
	  }
	| {
			readonly stage: 'value';
			/** The line up to where the value starts. */
			readonly base: string;
			readonly partial: string;
			readonly option: WireCommandOption;
			/** `quiz start`, as the emulator takes it. */
			readonly commandPath: string;
			readonly filled: Readonly<Record<string, SlashValue>>;
	  };

/** Reads `/explain topic: col` the way the picker needs it; the same `name: value` rules as parseCommandLine. */
export function readDraft(text: string, commands: readonly WireCommand[]): Draft {
	const head = /^\/(\S*)(\s?)/.exec(text);
	if (!head) return { stage: 'none' };
	const name = (head[1] ?? '').toLowerCase();
	if (head[2] === '') return { stage: 'command', prefix: name };
	const command = commands.find((candidate) => candidate.name === name);
	if (!command) return { stage: 'none' };
	const path = [command.name];
	let options = command.options;
	let consumed = head[0].length;
	for (;;) {
		const nested = options.filter((option) => option.type === SUBCOMMAND || option.type === SUBCOMMAND_GROUP);
		if (nested.length === 0) break;
		const word = /^(\S*)(\s?)/.exec(text.slice(consumed));
		const typed = (word?.[1] ?? '').toLowerCase();
		const chosen = nested.find((option) => option.name === typed);
		if (!word || word[2] === '' || !chosen) {
			return { stage: 'subcommand', base: text.slice(0, consumed), prefix: typed, choices: nested };
		}
		path.push(chosen.name);
		consumed += word[0].length;
		options = chosen.options ?? [];
	}
	const base = text.slice(0, consumed);
	const rest = text.slice(consumed);
	const names = options.map((option) => option.name);
	const marker = new RegExp(`(?:^|\\s)(${names.map(escapeRegExp).join('|') || '(?!)'}):`, 'gi');
	const starts = [...rest.matchAll(marker)];
	const filled: Record<string, SlashValue> = {};
	starts.forEach((start, index) => {
		const option = options.find((candidate) => candidate.name === (start[1] ?? '').toLowerCase());
		const end = starts[index + 1]?.index ?? rest.length;
		const raw = rest.slice(start.index + start[0].length, end).trim();
		if (option && raw !== '') filled[option.name] = typed(raw, option);
	});
	const remaining = options.filter((option) => !(option.name in filled));
	const last = starts.at(-1);
	if (!last) return { stage: 'option', base, prefix: rest.trim().toLowerCase(), remaining };
	const valueStart = last.index + last[0].length;
	const value = rest.slice(valueStart);
	const option = options.find((candidate) => candidate.name === (last[1] ?? '').toLowerCase());
	if (!option) return { stage: 'none' };
	if (value.trim() !== '' && /\s$/.test(value)) return { stage: 'option', base: text, prefix: '', remaining };
	const others = Object.fromEntries(Object.entries(filled).filter(([key]) => key !== option.name));
	return {
		stage: 'value',
		base: base + rest.slice(0, valueStart) + (value.startsWith(' ') ? ' ' : ''),
		partial: value.trim(),
		option,
		commandPath: path.join(' '),
		filled: others,
	};
}

function typed(raw: string, option: WireCommandOption): SlashValue {
	if (option.type === OptionType.Integer || option.type === OptionType.Number) {
		const number = Number(raw);
		return Number.isFinite(number) ? number : raw;
	}
	if (option.type === OptionType.Boolean && /^(true|false)$/i.test(raw)) return raw.toLowerCase() === 'true';
	return raw;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
