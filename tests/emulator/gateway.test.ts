import { once } from 'node:events';
import { Events, GatewayDispatchEvents } from 'discord.js';
import type { GatewayDispatchPayload } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startDiscordEmulator } from '../../src/emulator/index.js';
import type { DiscordEmulator, EmulatorOptions } from '../../src/emulator/index.js';
import { connectBot } from './bot.js';
import type { TestBot } from './bot.js';

// discord.js spaces identifies 5 s apart per bucket; the reconnect tests do not need to wait for that.
const noIdentifyThrottle = { buildIdentifyThrottler: () => ({ waitForIdentify: () => Promise.resolve() }) };

describe('emulator gateway', () => {
	let emulator: DiscordEmulator | undefined;
	let bot: TestBot | undefined;
	afterEach(async () => {
		await bot?.destroy();
		await emulator?.stop();
		bot = undefined;
		emulator = undefined;
	});

	async function start(
		options: EmulatorOptions = {},
		shards?: 'auto',
	): Promise<{ emulator: DiscordEmulator; bot: TestBot }> {
		emulator = await startDiscordEmulator(options);
		bot = await connectBot(emulator, { ws: noIdentifyThrottle, ...(shards ? { shards } : {}) });
		bot.handle(async (interaction) => {
			if (interaction.isChatInputCommand())
				await interaction.reply(`pong from shard ${interaction.guild?.shardId ?? '?'}`);
		});
		return { emulator, bot };
	}

	it('resumes after a resumable close (4000), replaying what it missed', async () => {
		const { emulator, bot } = await start();
		const resumed = once(bot.client, Events.ShardResume);
		emulator.closeGateway(4000);
		// Sent while the socket is down: it must arrive through the replay after RESUME.
		const reply = emulator.user('alice').slash('ping');
		await resumed;
		expect((await reply).content).toBe('pong from shard 0');
		expect(emulator.stats.resumes[0]).toBe(1);
		expect(emulator.stats.identifies[0]).toBe(1);
		expect((await emulator.user('alice').slash('ping')).content).toBe('pong from shard 0');
	});

	it('identifies afresh after a non-resumable close (4009) and after op 9', async () => {
		const { emulator, bot } = await start();
		let ready = once(bot.client, Events.ShardReady);
		emulator.closeGateway(4009);
		await ready;
		expect(emulator.stats.identifies[0]).toBe(2);
		expect(emulator.stats.resumes[0] ?? 0).toBe(0);

		ready = once(bot.client, Events.ShardReady);
		emulator.invalidateSession(0);
		await ready;
		expect(emulator.stats.identifies[0]).toBe(3);
		expect((await emulator.user('alice').slash('ping')).content).toBe('pong from shard 0');
	});

	it('splits guilds over two shards and delivers each interaction to the owning shard', async () => {
		const { emulator, bot } = await start({ shardCount: 2, guilds: [{ name: 'Alpha' }, { name: 'Beta' }] }, 'auto');
		const [alpha, beta] = emulator.guilds;
		const expectedShard = (guildId: string) => Number((BigInt(guildId) >> 22n) % 2n);
		expect(new Set([expectedShard(alpha!.id), expectedShard(beta!.id)])).toEqual(new Set([0, 1]));
		expect(emulator.stats.identifies).toEqual([1, 1]);

		const received: { guildId: string | undefined; shardId: number }[] = [];
		bot.client.on(Events.Raw, (packet: GatewayDispatchPayload, shardId: number) => {
			if (packet.t === GatewayDispatchEvents.InteractionCreate) received.push({ guildId: packet.d.guild_id, shardId });
		});
		for (const guild of [alpha!, beta!]) {
			const reply = await emulator.user('alice', { guildId: guild.id }).slash('ping');
			expect(reply.content).toBe(`pong from shard ${expectedShard(guild.id)}`);
		}
		expect(received).toEqual([
			{ guildId: alpha!.id, shardId: expectedShard(alpha!.id) },
			{ guildId: beta!.id, shardId: expectedShard(beta!.id) },
		]);
	});

	it('closes with 4004 on a bad token at IDENTIFY and acks heartbeats', async () => {
		emulator = await startDiscordEmulator();
		const socket = new WebSocket(`${emulator.gatewayUrl}?v=10&encoding=json`);
		const messages: { op: number }[] = [];
		socket.on('message', (raw: Buffer) => messages.push(JSON.parse(raw.toString()) as { op: number }));
		await once(socket, 'open');
		socket.send(JSON.stringify({ op: 1, d: null }));
		await expect.poll(() => messages.map((message) => message.op)).toEqual([10, 11]);
		socket.send(JSON.stringify({ op: 2, d: { token: 'wrong', intents: 1, properties: {}, shard: [0, 1] } }));
		const [code] = await once(socket, 'close');
		expect(code).toBe(4004);
	});

	it('rejects a login with a bad token', async () => {
		emulator = await startDiscordEmulator({ token: 'right' });
		await expect(connectBot({ ...emulator, token: 'wrong' })).rejects.toThrow(/token/i);
	});
});
