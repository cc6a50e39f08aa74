import { isRecord } from './json.js';
import type { CommandOptionSpec, RegisteredCommand } from './types.js';
import type { SlashOptions } from './actorTypes.js';

const SUBCOMMAND = 1;
const SUBCOMMAND_GROUP = 2;

/**
 * Refuses what Discord's client would not let a user send for a registered command: an unknown subcommand or
 * option, a missing required option, a value outside the option's choices. Returns the leaf option specs.
 */
export function checkInvocation(
	command: RegisteredCommand,
	path: readonly string[],
	options: SlashOptions,
	isAutocomplete: boolean,
): readonly CommandOptionSpec[] {
	let specs: readonly CommandOptionSpec[] = command.options;
	let label = `/${command.name}`;
	for (const part of path) {
		const next = specs.find(
			(spec) => spec.name === part && (spec.type === SUBCOMMAND || spec.type === SUBCOMMAND_GROUP),
		);
		if (!next) throw new Error(`${label} has no subcommand "${part}" (it has: ${names(specs, true)})`);
		specs = next.options ?? [];
		label = `${label} ${part}`;
	}
	if (specs.some((spec) => spec.type === SUBCOMMAND || spec.type === SUBCOMMAND_GROUP)) {
		throw new Error(`${label} needs a subcommand (one of: ${names(specs, true)})`);
	}
	for (const [key, value] of Object.entries(options)) {
		const spec = specs.find((candidate) => candidate.name === key);
		if (!spec) throw new Error(`${label} has no option "${key}" (it has: ${names(specs, false)})`);
		const choices = Array.isArray(spec.choices) ? spec.choices.filter(isRecord) : [];
		const raw = typeof value === 'object' ? value.id : value;
		if (!isAutocomplete && choices.length > 0 && !choices.some((choice) => choice.value === raw)) {
			throw new Error(`${label} option "${key}" must be one of its choices, not ${JSON.stringify(raw)}`);
		}
	}
	if (!isAutocomplete) {
		const missing = specs.filter((spec) => spec.required === true && !(spec.name in options)).map((spec) => spec.name);
		if (missing.length > 0) throw new Error(`${label} is missing required option(s): ${missing.join(', ')}`);
	}
	return specs;
}

function names(specs: readonly CommandOptionSpec[], subcommands: boolean): string {
	const matching = specs.filter((spec) => (spec.type === SUBCOMMAND || spec.type === SUBCOMMAND_GROUP) === subcommands);
	return matching.map((spec) => spec.name).join(', ') || 'none';
}
