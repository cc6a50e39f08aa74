import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { SlashCommand } from './command.js';
import { createRegistry, RegistryError, type CommandRegistry } from './registry.js';

/** commands/ beside src/, whether running from the TypeScript sources or from dist/. */
export const DEFAULT_COMMANDS_DIR = fileURLToPath(new URL('../../commands/', import.meta.url));

const MODULE_FILE = /^[^.].*(?<!\.d)\.(ts|js)$/;

/** Loads every module in the directories; each must export exactly one SlashCommand, and names must be unique. */
export async function loadCommands(...directories: readonly string[]): Promise<CommandRegistry> {
	const lists = await Promise.all((directories.length ? directories : [DEFAULT_COMMANDS_DIR]).map(loadCommandModules));
	return createRegistry(lists.flat());
}

async function loadCommandModules(directory: string): Promise<{ command: SlashCommand; origin: string }[]> {
	const files = (await readdir(directory)).filter((file) => MODULE_FILE.test(file) && !file.includes('.test.')).sort();
	const entries = await Promise.all(
		files.map(async (file) => {
			const moduleExports: unknown = await import(pathToFileURL(path.join(directory, file)).href);
			const commands = Object.values(moduleExports ?? {}).filter(isSlashCommand);
			if (commands.length !== 1 || !commands[0]) {
				throw new RegistryError(
					`${file} must export exactly one slash command ({ data, execute }); found ${commands.length}`,
				);
			}
			return { command: commands[0], origin: file };
		}),
	);
	return entries;
}

export function isSlashCommand(value: unknown): value is SlashCommand {
	if (typeof value !== 'object' || value === null) return false;
	if (!('data' in value) || !('execute' in value) || typeof value.execute !== 'function') return false;
	const data: unknown = value.data;
	return (
		typeof data === 'object' &&
		data !== null &&
		'name' in data &&
		typeof data.name === 'string' &&
		'toJSON' in data &&
		typeof data.toJSON === 'function'
	);
}
