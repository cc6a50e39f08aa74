import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../../src/core/loadCommands.js';
import { createRegistry } from '../../src/core/registry.js';
import { deployCommands, formatDeployResult } from '../../src/deploy/deployCommands.js';
import { startDiscordEmulator, type DiscordEmulator } from '../../src/emulator/index.js';
import { registryWithFixtures } from '../helpers/harness.js';

describe('deploy-commands', () => {
	let emulator: DiscordEmulator;
	beforeAll(async () => {
		emulator = await startDiscordEmulator();
	});
	afterAll(async () => {
		await emulator.stop();
	});

	it('registers globally, then reports unchanged, changed and removed commands on later runs', async () => {
		const target = { token: emulator.token, apiUrl: emulator.apiUrl };
		const full = await registryWithFixtures();
		const first = await deployCommands(full, target);
		expect(first.scope).toBe('global');
		expect(first.applicationId).toBe(emulator.applicationId);
		expect(first.added).toEqual([...full.commands.keys()]);
		expect(
			emulator
				.commands()
				.map((command) => command.name)
				.sort(),
		).toEqual([...full.commands.keys()].sort());

		const again = await deployCommands(full, target);
		expect(again.added).toEqual([]);
		expect(again.changed).toEqual([]);
		expect([...again.unchanged].sort()).toEqual([...full.commands.keys()].sort());

		const real = await loadCommands();
		const about = real.commands.get('about');
		if (!about) throw new Error('commands/about.ts is missing');
		const renamed = {
			...about,
			data: { name: 'about', toJSON: () => ({ ...about.data.toJSON(), description: 'A new description' }) },
		};
		const smaller = createRegistry([{ command: renamed, origin: 'about.ts' }]);
		const third = await deployCommands(smaller, target);
		expect(third.changed).toEqual(['about']);
		expect([...third.removed].sort()).toEqual([...full.commands.keys()].filter((name) => name !== 'about').sort());
		expect(formatDeployResult(third)).toMatch(/changed: \/about/);
	});

	it('registers in one guild when a guild id is given', async () => {
		const guildId = emulator.guilds[0]?.id;
		const result = await deployCommands(await loadCommands(), {
			token: emulator.token,
			apiUrl: emulator.apiUrl,
			guildId,
		});
		expect(result.scope).toBe(`guild ${guildId ?? ''}`);
		expect(emulator.commands(guildId).map((command) => command.name)).toContain('about');
	});
});
