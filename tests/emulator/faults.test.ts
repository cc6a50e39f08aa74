import { once } from 'node:events';
import { DiscordAPIError, Events, Routes } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscordEmulator } from '../../src/emulator/index.js';
import type { DiscordEmulator } from '../../src/emulator/index.js';
import { connectBot } from './bot.js';
import type { TestBot } from './bot.js';

async function postError(bot: TestBot, channelId: string): Promise<DiscordAPIError | undefined> {
	try {
		await bot.client.rest.post(Routes.channelMessages(channelId), { body: { content: 'hello?' } });
		return undefined;
	} catch (error) {
		if (error instanceof DiscordAPIError) return error;
		throw error;
	}
}

describe('emulator faults and channels', () => {
	let emulator: DiscordEmulator;
	let bot: TestBot;
	beforeAll(async () => {
		emulator = await startDiscordEmulator({
			guilds: [{ name: 'Faults', channels: [{ name: 'study' }, { name: 'doomed' }, { name: 'muted' }] }],
		});
		bot = await connectBot(emulator);
	});
	afterAll(async () => {
		await bot.destroy();
		await emulator.stop();
	});

	it('makes discord.js wait out a 429 on the callback, then the reply arrives', async () => {
		bot.handle(async (interaction) => {
			if (interaction.isChatInputCommand()) await interaction.reply('after the wait');
		});
		emulator.faults.failNext({ route: 'callback', status: 429, retryAfterSeconds: 0.2 });
		const started = Date.now();
		const reply = await emulator.user('alice').slash('ping');
		expect(reply.content).toBe('after the wait');
		expect(Date.now() - started).toBeGreaterThanOrEqual(180);
		expect(emulator.faults.pending).toBe(0);
	});

	it('lets discord.js retry a webhook edit that got a 500', async () => {
		bot.handle(async (interaction) => {
			if (!interaction.isChatInputCommand()) return;
			await interaction.deferReply();
			await interaction.editReply('edited despite the 500');
		});
		emulator.faults.failNext({ route: 'webhook', status: 500, times: 2 });
		const handle = emulator.user('alice').startSlash('flaky');
		const reply = await handle.reply();
		expect(reply.content).toBe('edited despite the 500');
		expect(handle.original?.edits).toHaveLength(1);
		expect(emulator.faults.pending).toBe(0);
	});

	it('waits out a 429 with rate-limit headers on a channel post', async () => {
		const channel = emulator.channel('study')!;
		emulator.faults.failNext({ route: 'channelMessage', status: 429, retryAfterSeconds: 0.2 });
		await bot.client.rest.post(Routes.channelMessages(channel.id), { body: { content: 'queued' } });
		const posted = await emulator.waitForMessage((message) => message.content === 'queued');
		expect(posted.channelId).toBe(channel.id);
		expect(emulator.faults.pending).toBe(0);
	});

	it('records channel posts and answers 10003 once the channel is deleted', async () => {
		const channel = emulator.channel('doomed')!;
		const cached = bot.client.channels.cache.get(channel.id);
		if (!cached?.isSendable()) throw new Error('channel not cached');
		await cached.send('before');
		expect(emulator.channelMessages(channel.id).map((message) => message.content)).toEqual(['before']);

		const deleted = once(bot.client, Events.ChannelDelete);
		emulator.deleteChannel(channel.id);
		await deleted;
		expect(bot.client.channels.cache.has(channel.id)).toBe(false);
		const error = await postError(bot, channel.id);
		expect(error).toMatchObject({ code: 10003, status: 404 });
	});

	it('answers 50013 Missing Permissions once the bot may not send', async () => {
		const channel = emulator.channel('muted')!;
		const updated = once(bot.client, Events.ChannelUpdate);
		emulator.setChannelPermission(channel.id, { canSend: false });
		await updated;
		const cached = bot.client.channels.cache.get(channel.id);
		expect(
			cached?.isTextBased() && !cached.isDMBased() && cached.permissionsFor(emulator.botUserId)?.has('SendMessages'),
		).toBe(false);
		const error = await postError(bot, channel.id);
		expect(error).toMatchObject({ code: 50013, status: 403 });
		emulator.setChannelPermission(channel.id, { canSend: true });
		expect(await postError(bot, channel.id)).toBeUndefined();
	});

	it('retries command registration through a 503 and stores the commands', async () => {
		emulator.faults.failNext({ route: 'commands', status: 503 });
		await bot.client.application.commands.set([{ name: 'about', description: 'About the bot' }]);
		expect(emulator.commands().map((command) => command.name)).toEqual(['about']);
		expect(emulator.commands()[0]).toMatchObject({
			type: 1,
			application_id: emulator.applicationId,
			version: expect.any(String),
		});
	});

	it('answers unknown routes and bad JSON without crashing', async () => {
		const unknown = await fetch(`${emulator.apiUrl}/v10/nothing/here`);
		expect(unknown.status).toBe(404);
		expect(await unknown.json()).toEqual({ message: '404: Not Found', code: 0 });
		const multipart = await fetch(`${emulator.apiUrl}/v10/channels/${emulator.channel('study')!.id}/messages`, {
			method: 'POST',
			headers: { authorization: `Bot ${emulator.token}`, 'content-type': 'multipart/form-data; boundary=x' },
			body: '--x--',
		});
		expect(multipart.status).toBe(400);
		const gateway = await fetch(`${emulator.apiUrl}/v10/gateway/bot`, {
			headers: { authorization: `Bot ${emulator.token}` },
		});
		expect(gateway.headers.get('x-ratelimit-limit')).toBe('10000');
		expect(await gateway.json()).toMatchObject({
			url: expect.stringMatching(/^ws:\/\/127\.0\.0\.1:\d+\/gateway$/),
			shards: 1,
		});
	});
});
