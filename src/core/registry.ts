import type { ComponentHandler, SlashCommand } from './command.js';

export interface CommandRegistry {
	readonly commands: ReadonlyMap<string, SlashCommand>;
	readonly components: ReadonlyMap<string, ComponentHandler>;
}

export class RegistryError extends Error {
	public override readonly name = 'RegistryError';
}

/** Builds the lookup tables; `origin` names where each command came from, for clear duplicate errors. */
export function createRegistry(
	entries: readonly { readonly command: SlashCommand; readonly origin: string }[],
): CommandRegistry {
	const commands = new Map<string, SlashCommand>();
	const commandOrigins = new Map<string, string>();
	const components = new Map<string, ComponentHandler>();
	const componentOrigins = new Map<string, string>();
	for (const { command, origin } of entries) {
		const name = command.data.name;
		const earlier = commandOrigins.get(name);
		if (earlier) throw new RegistryError(`Command /${name} is defined twice: ${earlier} and ${origin}`);
		commands.set(name, command);
		commandOrigins.set(name, origin);
		for (const handler of command.components ?? []) {
			const owner = componentOrigins.get(handler.prefix);
			if (owner) throw new RegistryError(`Component prefix "${handler.prefix}" is used twice: ${owner} and ${origin}`);
			components.set(handler.prefix, handler);
			componentOrigins.set(handler.prefix, origin);
		}
	}
	return { commands, components };
}
