import { once } from 'node:events';
import { Events } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotStack, type BotStack } from '../helpers/botStack.js';
import { registryWithFixtures } from '../helpers/harness.js';

describe('gateway faults while the bot runs', () => {
	let stack: BotStack;
	beforeAll(async () => {
		stack = await startBotStack({ registry: await registryWithFixtures() });
	});
	afterAll(async () => {
		await stack.stop();
	});

	it('GIVEN a resumable close (4000) with an interaction sent while down THEN it resumes, replays it and answers the next', async () => {
		const { emulator, bot } = stack;
		const identifiesBefore = emulator.stats.identifies[0] ?? 0;
		const resumesBefore = emulator.stats.resumes[0] ?? 0;
		const resumed = once(bot.client, Events.ShardResume);
		emulator.closeGateway(4000);
		const duringOutage = emulator.user('alice').slash('echo', { text: 'sent while the socket was down' });
		await resumed;
		expect((await duringOutage).content).toBe('echo: sent while the socket was down');
		expect(emulator.stats.resumes[0]).toBe(resumesBefore + 1);
		expect(emulator.stats.identifies[0]).toBe(identifiesBefore);
		expect((await emulator.user('alice').slash('echo', { text: 'after resume' })).content).toBe('echo: after resume');
	});

	it('GIVEN a non-resumable close (4009) THEN it identifies afresh and answers', async () => {
		const { emulator, bot } = stack;
		const identifiesBefore = emulator.stats.identifies[0] ?? 0;
		const resumesBefore = emulator.stats.resumes[0] ?? 0;
		const ready = once(bot.client, Events.ShardReady);
		emulator.closeGateway(4009);
		await ready;
		expect(emulator.stats.identifies[0]).toBe(identifiesBefore + 1);
		expect(emulator.stats.resumes[0] ?? 0).toBe(resumesBefore);
		expect((await emulator.user('bob').slash('echo', { text: 'after identify' })).content).toBe('echo: after identify');
	});

	it('GIVEN op 9 (invalid session, not resumable) THEN it identifies afresh and answers', async () => {
		const { emulator, bot } = stack;
		const identifiesBefore = emulator.stats.identifies[0] ?? 0;
		const ready = once(bot.client, Events.ShardReady);
		emulator.invalidateSession(0, false);
		await ready;
		expect(emulator.stats.identifies[0]).toBe(identifiesBefore + 1);
		expect((await emulator.user('carol').slash('about')).embeds[0]?.title).toBe('About reasonbot');
	});

	it('logs each reconnect and never records a failed interaction for it', () => {
		const reconnects = stack.logs.lines().filter((line) => line['msg'] === 'gateway reconnecting');
		expect(reconnects.length).toBeGreaterThanOrEqual(3);
		expect(reconnects[0]).toMatchObject({ level: 40, shardId: 0 });
		expect(stack.bot.app.stats.count('failed')).toBe(0);
	});
});
