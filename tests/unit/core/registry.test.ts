import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { SlashCommandBuilder } from 'discord.js';
import { describe, expect, it } from 'vitest';
import type { SlashCommand } from '../../../src/core/command.js';
import { DEFAULT_COMMANDS_DIR, loadCommands } from '../../../src/core/loadCommands.js';
import { createRegistry, RegistryError } from '../../../src/core/registry.js';

function command(name: string, prefixes: readonly string[] = []): SlashCommand {
	return {
		data: new SlashCommandBuilder().setName(name).setDescription(name),
		execute: () => Promise.resolve(),
		components: prefixes.map((prefix) => ({ prefix, handle: () => Promise.resolve() })),
	};
}

describe('command registry', () => {
	it('registers every module in commands/ under a unique name', async () => {
		const files = (await readdir(DEFAULT_COMMANDS_DIR)).filter((file) => file.endsWith('.ts'));
		const registry = await loadCommands();
		expect(registry.commands.size).toBe(files.length);
		expect([...registry.commands.keys()]).toContain('about');
		for (const [name, loaded] of registry.commands) expect(loaded.data.toJSON().name).toBe(name);
	});

	it('refuses two commands with one name, naming both files', () => {
		expect(() =>
			createRegistry([
				{ command: command('explain'), origin: 'explain.ts' },
				{ command: command('explain'), origin: 'explain-copy.ts' },
			]),
		).toThrow(new RegistryError('Command /explain is defined twice: explain.ts and explain-copy.ts'));
	});

	it('refuses one component prefix claimed by two commands', () => {
		expect(() =>
			createRegistry([
				{ command: command('quiz', ['answer']), origin: 'quiz.ts' },
				{ command: command('study', ['answer']), origin: 'study.ts' },
			]),
		).toThrow(/Component prefix "answer" is used twice: quiz.ts and study.ts/);
	});

	it('refuses a module that exports no command', async () => {
		const directory = fileURLToPath(new URL('../../fixtures/commands-broken/', import.meta.url));
		await expect(loadCommands(directory)).rejects.toThrow(/notACommand\.ts must export exactly one slash command/);
	});
});
