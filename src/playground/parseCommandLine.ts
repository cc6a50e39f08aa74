import {
	ApplicationCommandOptionType,
	type APIApplicationCommandBasicOption,
	type APIApplicationCommandOption,
	type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';

export type CommandDefinition = RESTPostAPIChatInputApplicationCommandsJSONBody;

export interface ParsedCommandLine {
	/** Command path as the emulator takes it: `quiz leaderboard`. */
	readonly command: string;
	readonly options: Readonly<Record<string, string | number | boolean>>;
}

export type ParseResult =
	{ readonly ok: true; readonly value: ParsedCommandLine } | { readonly ok: false; readonly help: string };

/** Parses what a person types, `/explain topic: cold start`, the way Discord's command bar reads it. */
export function parseCommandLine(line: string, definitions: readonly CommandDefinition[]): ParseResult {
	const trimmed = line.trim();
	const match = /^\/(\S+)\s*(.*)$/s.exec(trimmed);
	if (!match?.[1]) return fail(`Type a slash command, e.g. /about.\n${listCommands(definitions)}`);
	const name = match[1].toLowerCase();
	const definition = definitions.find((candidate) => candidate.name === name);
	if (!definition) return fail(`Unknown command /${name}.\n${listCommands(definitions)}`);
	let rest = match[2] ?? '';
	const path = [name];
	let options: readonly APIApplicationCommandOption[] = definition.options ?? [];
	for (;;) {
		const nested = options.filter(isSubcommandOrGroup);
		if (nested.length === 0) break;
		const word = /^(\S+)\s*/.exec(rest);
		const chosen = nested.find((option) => option.name === word?.[1]?.toLowerCase());
		if (!chosen || !word)
			return fail(
				`/${path.join(' ')} needs one of: ${nested.map((option) => option.name).join(', ')}.\n${usage(definition)}`,
			);
		path.push(chosen.name);
		rest = rest.slice(word[0].length);
		options = 'options' in chosen ? (chosen.options ?? []) : [];
	}
	const basic = options.filter((option): option is APIApplicationCommandBasicOption => !isSubcommandOrGroup(option));
	const values = readOptionValues(rest, basic);
	if (!values.ok) return fail(`${values.help}\nUsage: ${formatUsage(path, basic)}`);
	const missing = basic.filter((option) => option.required && !(option.name in values.value));
	if (missing.length > 0) {
		return fail(
			`Missing ${missing.map((option) => `${option.name}:`).join(', ')}.\nUsage: ${formatUsage(path, basic)}`,
		);
	}
	return { ok: true, value: { command: path.join(' '), options: values.value } };
}

type ValuesResult =
	| { readonly ok: true; readonly value: Record<string, string | number | boolean> }
	| { readonly ok: false; readonly help: string };

function readOptionValues(text: string, options: readonly APIApplicationCommandBasicOption[]): ValuesResult {
	const names = options.map((option) => option.name);
	const value: Record<string, string | number | boolean> = {};
	if (text.trim() === '') return { ok: true, value };
	// `name:` starts an option; the value runs until the next known `name:`.
	const marker = new RegExp(`(?:^|\\s)(${names.map(escapeRegExp).join('|') || '(?!)'}):`, 'gi');
	const starts = [...text.matchAll(marker)];
	const leading = text.slice(0, starts[0]?.index ?? text.length).trim();
	if (leading !== '') {
		const hint = names.length
			? `Options go as name: value (${names.map((n) => `${n}:`).join(' ')}).`
			: 'This command takes no options.';
		return { ok: false, help: `I don't know what "${leading}" is for. ${hint}` };
	}
	for (const [index, start] of starts.entries()) {
		const optionName = (start[1] ?? '').toLowerCase();
		const valueStart = start.index + start[0].length;
		const raw = text.slice(valueStart, starts[index + 1]?.index ?? text.length).trim();
		const option = options.find((candidate) => candidate.name === optionName);
		if (!option) continue;
		const converted = convert(raw.replace(/^"(.*)"$/s, '$1'), option);
		if (!converted.ok) return converted;
		value[option.name] = converted.value;
	}
	return { ok: true, value };
}

function convert(
	raw: string,
	option: APIApplicationCommandBasicOption,
): { ok: true; value: string | number | boolean } | { ok: false; help: string } {
	if (raw === '') return { ok: false, help: `${option.name}: needs a value.` };
	switch (option.type) {
		case ApplicationCommandOptionType.Integer:
		case ApplicationCommandOptionType.Number: {
			const number = Number(raw);
			const whole = option.type === ApplicationCommandOptionType.Integer;
			if (!Number.isFinite(number) || (whole && !Number.isInteger(number))) {
				return { ok: false, help: `${option.name}: must be a ${whole ? 'whole ' : ''}number.` };
			}
			return { ok: true, value: number };
		}
		case ApplicationCommandOptionType.Boolean:
			if (!/^(true|false)$/i.test(raw)) return { ok: false, help: `${option.name}: must be true or false.` };
			return { ok: true, value: raw.toLowerCase() === 'true' };
		case ApplicationCommandOptionType.String: {
			const choices = option.choices ?? [];
			if (choices.length === 0) return { ok: true, value: raw };
			const choice = choices.find(
				(c) => c.value.toLowerCase() === raw.toLowerCase() || c.name.toLowerCase() === raw.toLowerCase(),
			);
			if (!choice) return { ok: false, help: `${option.name}: pick one of ${choices.map((c) => c.value).join(', ')}.` };
			return { ok: true, value: choice.value };
		}
		case ApplicationCommandOptionType.User:
		case ApplicationCommandOptionType.Channel:
		case ApplicationCommandOptionType.Role:
		case ApplicationCommandOptionType.Mentionable:
		case ApplicationCommandOptionType.Attachment:
			// The playground passes ids or names through; the emulator resolves them.
			return { ok: true, value: raw };
	}
}

function isSubcommandOrGroup(option: APIApplicationCommandOption): boolean {
	return (
		option.type === ApplicationCommandOptionType.Subcommand ||
		option.type === ApplicationCommandOptionType.SubcommandGroup
	);
}

function formatUsage(path: readonly string[], options: readonly APIApplicationCommandBasicOption[]): string {
	const parts = options.map((option) =>
		option.required ? `${option.name}:<${option.description}>` : `[${option.name}:<${option.description}>]`,
	);
	return [`/${path.join(' ')}`, ...parts].join(' ');
}

function usage(definition: CommandDefinition): string {
	return usageLines(definition).join('\n');
}

function usageLines(definition: CommandDefinition): string[] {
	const lines: string[] = [];
	const walk = (path: readonly string[], options: readonly APIApplicationCommandOption[]) => {
		const nested = options.filter(isSubcommandOrGroup);
		if (nested.length === 0) {
			lines.push(
				`  ${formatUsage(
					path,
					options.filter((option): option is APIApplicationCommandBasicOption => !isSubcommandOrGroup(option)),
				)}`,
			);
			return;
		}
		for (const option of nested) walk([...path, option.name], 'options' in option ? (option.options ?? []) : []);
	};
	walk([definition.name], definition.options ?? []);
	return lines;
}

export function listCommands(definitions: readonly CommandDefinition[]): string {
	const sorted = [...definitions].sort((a, b) => a.name.localeCompare(b.name));
	const entries = sorted.map((definition) => {
		const [first, ...more] = usageLines(definition);
		return [`${first ?? ''}  — ${definition.description}`, ...more].join('\n');
	});
	return `Commands:\n${entries.join('\n')}`;
}

function fail(help: string): ParseResult {
	return { ok: false, help };
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
