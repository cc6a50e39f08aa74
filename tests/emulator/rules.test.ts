import { DiscordAPIError, MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscordEmulator } from '../../src/emulator/index.js';
import type { DiscordEmulator } from '../../src/emulator/index.js';
import { connectBot } from './bot.js';
import type { TestBot } from './bot.js';

const button = (index: number) => ({ type: 2, style: 1, label: `B${index}`, custom_id: `b:${index}` });

describe("emulator enforces Discord's rules", () => {
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

	it('refuses a first callback after 3 seconds with 10062 Unknown interaction', async () => {
		bot.handle(async (interaction) => {
			if (!interaction.isChatInputCommand()) return;
			emulator.advanceTime(3_001);
			await interaction.reply('too late');
		});
		const error = bot.nextApiError(10062);
		await expect(emulator.user('alice').slash('slow')).rejects.toThrow(/Unknown interaction \(code 10062\)/);
		expect((await error).status).toBe(404);
	});

	it('refuses a second callback with 40060 and keeps the first reply', async () => {
		bot.handle(async (interaction) => {
			if (!interaction.isChatInputCommand()) return;
			await interaction.reply('first');
			await bot.client.rest.post(`/interactions/${interaction.id}/${interaction.token}/callback`, {
				body: { type: 4, data: { content: 'second' } },
				auth: false,
			});
		});
		const error = bot.nextApiError(40060);
		const reply = await emulator.user('alice').slash('twice');
		expect(reply.content).toBe('first');
		expect((await error).status).toBe(400);
	});

	it('expires the webhook token after 15 minutes with 50027', async () => {
		bot.handle(async (interaction) => {
			if (!interaction.isChatInputCommand()) return;
			await interaction.deferReply();
			emulator.advanceTime(15 * 60_000 + 1);
			await interaction.editReply('way too late');
		});
		const error = bot.nextApiError(50027);
		const handle = emulator.user('alice').startSlash('forever');
		await expect(handle.reply()).rejects.toThrow(/Invalid Webhook Token \(code 50027\)/);
		expect((await error).status).toBe(401);
		expect(handle.original?.loading).toBe(true);
	});

	it('rejects content over 2000 characters with 50035 and an errors tree', async () => {
		bot.handle(async (interaction) => {
			if (interaction.isChatInputCommand()) await interaction.reply('x'.repeat(2001));
		});
		const error = bot.nextApiError(50035);
		await expect(emulator.user('alice').slash('long')).rejects.toThrow(/Invalid Form Body \(code 50035\).*content/);
		expect((await error).rawError).toMatchObject({
			errors: {
				data: { content: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 2000 or fewer in length.' }] } },
			},
		});
	});

	it('rejects six buttons in a row and six rows with 50035', async () => {
		bot.handle(async (interaction) => {
			if (!interaction.isChatInputCommand()) return;
			await interaction.deferReply();
			const tooWide = [{ type: 1, components: [1, 2, 3, 4, 5, 6].map(button) }];
			await interaction.editReply({ content: 'buttons', components: tooWide }).catch((error: unknown) => {
				expect(error instanceof DiscordAPIError && error.rawError).toMatchObject({
					errors: { components: { 0: { components: { _errors: [{ code: 'BASE_TYPE_BAD_LENGTH' }] } } } },
				});
			});
			const tooTall = [1, 2, 3, 4, 5, 6].map((index) => ({ type: 1, components: [button(index)] }));
			await interaction.editReply({ content: 'rows', components: tooTall });
		});
		const error = bot.nextApiError(50035);
		const handle = emulator.user('alice').startSlash('buttons');
		await expect(handle.reply()).rejects.toThrow(/50035.*BASE_TYPE_BAD_LENGTH/);
		expect((await error).rawError).toMatchObject({
			errors: { components: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } },
		});
		expect(handle.events.filter((event) => event.kind === 'rejected')).toHaveLength(2);
	});

	it('rejects embed and autocomplete limits', async () => {
		bot.handle(async (interaction) => {
			if (interaction.isAutocomplete()) {
				const choices = Array.from({ length: 26 }, (_, index) => ({ name: `c${index}`, value: `v${index}` }));
				await interaction.respond(choices);
			} else if (interaction.isChatInputCommand()) {
				const fields = Array.from({ length: 6 }, (_, index) => ({ name: `f${index}`, value: 'v'.repeat(1000) }));
				await interaction.reply({ embeds: [{ title: 't'.repeat(257), fields }] });
			}
		});
		await expect(emulator.user('alice').slash('embed')).rejects.toThrow(/MAX_EMBED_SIZE_EXCEEDED/);
		await expect(emulator.user('alice').slash('embed')).rejects.toThrow(/"title":\{"_errors"/);
		await expect(emulator.user('alice').autocomplete('embed', { q: 'c' }, 'q')).rejects.toThrow(
			/"choices":\{"_errors":\[\{"code":"BASE_TYPE_MAX_LENGTH"/,
		);
	});

	it('rejects an empty message with 50006', async () => {
		bot.handle(async (interaction) => {
			if (interaction.isChatInputCommand()) await interaction.reply({ content: '' });
		});
		const error = bot.nextApiError(50006);
		await expect(emulator.user('alice').slash('empty')).rejects.toThrow(/Cannot send an empty message \(code 50006\)/);
		expect((await error).status).toBe(400);
	});

	it('records allowed_mentions exactly as received on every payload', async () => {
		const before = emulator.payloads.length;
		bot.handle(async (interaction) => {
			if (!interaction.isChatInputCommand()) return;
			await interaction.reply('hello <@123>');
			await interaction.editReply('edited <@123>');
			await interaction.followUp({ content: 'ping <@456>', allowedMentions: { users: ['456'] } });
			const channel = interaction.channel;
			if (channel?.isSendable()) await channel.send('posted');
		});
		const handle = emulator.user('alice').startSlash('mentions');
		await handle.waitFor((state) => state.followUps.length === 1);
		await emulator.waitForMessage((message) => message.content === 'posted');
		const received = emulator.payloads.slice(before);
		expect(received.map((payload) => payload.source)).toEqual(['callback', 'webhookEdit', 'followUp', 'channelPost']);
		expect(received.map((payload) => payload.allowedMentions)).toEqual([
			{ parse: [] },
			{ parse: [] },
			{ users: ['456'] },
			{ parse: [] },
		]);
		expect(handle.original?.edits[0]?.allowedMentions).toEqual({ parse: [] });
	});

	it('keeps an ephemeral deferral ephemeral after the edit', async () => {
		bot.handle(async (interaction) => {
			if (!interaction.isChatInputCommand()) return;
			await interaction.deferReply({ flags: MessageFlags.Ephemeral });
			await interaction.editReply('secret');
		});
		const reply = await emulator.user('alice').slash('secret');
		expect(reply).toMatchObject({ content: 'secret', ephemeral: true, type: 'message' });
	});
});
