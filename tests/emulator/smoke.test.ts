import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscordEmulator } from '../../src/emulator/index.js';
import type { DiscordEmulator } from '../../src/emulator/index.js';
import { connectBot } from './bot.js';
import type { TestBot } from './bot.js';

describe('smoke', () => {
	let emulator: DiscordEmulator;
	let bot: TestBot;
	beforeAll(async () => {
		emulator = await startDiscordEmulator();
		bot = await connectBot(emulator);
	});
	afterAll(async () => {
		await bot.destroy();
		await emulator.stop();
	});

	it('replies', async () => {
		bot.handle(async (interaction) => {
			if (interaction.isChatInputCommand()) await interaction.reply(`hi ${interaction.options.getString('topic')}`);
		});
		const reply = await emulator.user('alice').slash('explain', { topic: 'x' });
		expect(reply.content).toBe('hi x');
	});
});
