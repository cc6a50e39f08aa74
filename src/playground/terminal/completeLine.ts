import {
	ApplicationCommandOptionType,
	type APIApplicationCommandBasicOption,
	type APIApplicationCommandOption,
} from 'discord.js';
import type { AutocompleteChoice, SlashOptions } from '../../emulator/index.js';
import type { CommandDefinition } from '../parseCommandLine.js';

/** What Tab offers: each candidate replaces `partial`, the end of the line. */
export interface Completion {
	readonly partial: string;
	readonly candidates: readonly string[];
}

export interface CompletionSources {
	readonly definitions: readonly CommandDefinition[];
	/** The command's real autocomplete handler, reached through the emulator as Discord's client would. */
	readonly autocomplete: (
		command: string,
		options: SlashOptions,
		focused: string,
	) => Promise<readonly AutocompleteChoice[]>;
	readonly channelNames: () => readonly string[];
}

const NOTHING: Completion = { partial: '', candidates: [] };

/** Completes a command name, a subcommand, an option name or an option's value for the line typed so far. */
export async function completeLine(line: string, sources: CompletionSources): Promise<Completion> {
	const command = /^\/(\S*)(\s+([\s\S]*))?$/.exec(line);
	if (!command) return line === '' ? { partial: '', candidates: names(sources.definitions, '/') } : NOTHING;
	const name = (command[1] ?? '').toLowerCase();
	if (command[2] === undefined) return { partial: line, candidates: names(sources.definitions, `/${name}`) };
	const definition = sources.definitions.find((candidate) => candidate.name === name);
	if (!definition) return NOTHING;
	let rest = command[3] ?? '';
	const path = [name];
	let options: readonly APIApplicationCommandOption[] = definition.options ?? [];
	for (;;) {
		const nested = options.filter(isSubcommandOrGroup);
		if (nested.length === 0) break;
		const word = /^(\S*)(\s+)?/.exec(rest);
		const typed = word?.[1] ?? '';
		if (!word?.[2])
			return offer(
				typed,
				nested.map((option) => `${option.name} `),
			);
		const chosen = nested.find((option) => option.name === typed.toLowerCase());
		if (!chosen) return NOTHING;
		path.push(chosen.name);
		rest = rest.slice(word[0].length);
		options = 'options' in chosen ? (chosen.options ?? []) : [];
	}
	const basic = options.filter((option): option is APIApplicationCommandBasicOption => !isSubcommandOrGroup(option));
	const values = typedValues(rest, basic);
	const trailingWord = /(?:^|\s)([^\s:]*)$/.exec(rest)?.[1] ?? '';
	const current = values.at(-1);
	const unused = basic.filter((option) => !values.some((value) => value.option === option));
	const optionNames = () =>
		offer(
			trailingWord,
			unused.map((option) => `${option.name}: `),
		);
	if (!current) return optionNames();
	// `topic: cold st|` completes the value; `topic: cold start ex|` may start another option.
	if (!suggestsValues(current.option) && rest.endsWith(' ')) return optionNames();
	const candidates = await valueCandidates(current.option, current.raw, path.join(' '), values, sources);
	if (candidates.length === 0 && trailingWord !== '' && current.raw !== trailingWord) return optionNames();
	return { partial: current.raw, candidates };
}

interface TypedValue {
	readonly option: APIApplicationCommandBasicOption;
	readonly raw: string;
}

/** `name: value` pairs in order; the last one's raw value is untrimmed at the end (the cursor is there). */
function typedValues(text: string, options: readonly APIApplicationCommandBasicOption[]): TypedValue[] {
	if (options.length === 0) return [];
	const marker = new RegExp(`(?:^|\\s)(${options.map((option) => escapeRegExp(option.name)).join('|')}):\\s*`, 'gi');
	const starts = [...text.matchAll(marker)];
	return starts.flatMap((start, index) => {
		const option = options.find((candidate) => candidate.name === start[1]?.toLowerCase());
		if (!option) return [];
		const end = starts[index + 1]?.index ?? text.length;
		const raw = text.slice(start.index + start[0].length, end);
		return [{ option, raw: index === starts.length - 1 ? raw.replace(/^\s+/, '') : raw.trim() }];
	});
}

async function valueCandidates(
	option: APIApplicationCommandBasicOption,
	partial: string,
	command: string,
	values: readonly TypedValue[],
	sources: CompletionSources,
): Promise<string[]> {
	const wanted = partial.trim().toLowerCase();
	const matching = (candidates: readonly string[]) =>
		candidates.filter((candidate) => candidate.toLowerCase().startsWith(wanted));
	if (option.type === ApplicationCommandOptionType.Boolean) return matching(['true', 'false']);
	if (option.type === ApplicationCommandOptionType.Channel) return matching(sources.channelNames());
	if (
		option.type === ApplicationCommandOptionType.String ||
		option.type === ApplicationCommandOptionType.Integer ||
		option.type === ApplicationCommandOptionType.Number
	) {
		if (option.choices) {
			return option.choices
				.filter((choice) => `${choice.name} ${choice.value}`.toLowerCase().includes(wanted))
				.map((choice) => String(choice.value));
		}
		if (!option.autocomplete) return [];
		const others: Record<string, string> = {};
		for (const value of values) others[value.option.name] = value.raw.trim();
		try {
			const choices = await sources.autocomplete(command, others, option.name);
			return choices.map((choice) => String(choice.value));
		} catch {
			// A value the emulator cannot send yet (say, half a number): nothing to offer.
			return [];
		}
	}
	return [];
}

function suggestsValues(option: APIApplicationCommandBasicOption): boolean {
	const flags = option as { readonly autocomplete?: boolean; readonly choices?: readonly unknown[] };
	return flags.autocomplete === true || flags.choices !== undefined;
}

function offer(typed: string, candidates: readonly string[]): Completion {
	const wanted = typed.toLowerCase();
	return { partial: typed, candidates: candidates.filter((candidate) => candidate.toLowerCase().startsWith(wanted)) };
}

function names(definitions: readonly CommandDefinition[], typed: string): string[] {
	return definitions
		.map((definition) => `/${definition.name} `)
		.filter((name) => name.startsWith(typed))
		.sort();
}

function isSubcommandOrGroup(option: APIApplicationCommandOption): boolean {
	return (
		option.type === ApplicationCommandOptionType.Subcommand ||
		option.type === ApplicationCommandOptionType.SubcommandGroup
	);
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
