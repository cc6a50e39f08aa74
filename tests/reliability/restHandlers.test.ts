import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type RunningBot } from '../../src/app/bot.js';
import { loadConfig } from '../../src/app/config.js';
import { deployCommands } from '../../src/deploy/deployCommands.js';
import { createDiscordClient, REST_HANDLER_SWEEP_MS } from '../../src/app/discordClient.js';
import { startDiscordEmulator, type DiscordEmulator } from '../../src/emulator/index.js';
import { registryWithFixtures } from '../helpers/harness.js';
import { silentLogger } from '../helpers/logs.js';

const SWEEP_MS = 1_500;

describe('REST rate-limit handlers, one per interaction token that edits or follows up', () => {
	let emulator: DiscordEmulator;
	let bot: RunningBot;
	beforeAll(async () => {
		emulator = await startDiscordEmulator();
		const registry = await registryWithFixtures();
		await deployCommands(registry, {
			token: emulator.token,
			apiUrl: emulator.apiUrl,
			applicationId: emulator.applicationId,
			guildId: emulator.guilds[0]?.id,
		});
		const config = loadConfig({
			CACHE_URL: 'memory://',
			DISCORD_TOKEN: emulator.token,
			DISCORD_API_URL: emulator.apiUrl,
		});
		bot = await startBot({
			config,
			logger: silentLogger(),
			registry,
			clientTestHooks: { restHandlerSweepMs: SWEEP_MS },
		});
	});
	afterAll(async () => {
		await bot.stop();
		await emulator.stop();
	});

	// Keyed "<bucket>:<application id>/<interaction token>": webhook routes take the token as their major parameter.
	const webhookHandlers = () =>
		[...bot.client.rest.handlers.keys()].filter((key) => key.includes(`:${emulator.applicationId}/`));

	it('GIVEN deferred replies edited later THEN their handlers are swept once idle, and answers still arrive', async () => {
		const replies = await Promise.all(
			Array.from({ length: 12 }, (_, index) =>
				emulator
					.user(`sweep-${String(index)}`)
					.startSlash('slow', { ms: 1 })
					.waitFor((handle) => handle.original?.content === 'done after 1 ms', 5_000),
			),
		);
		expect(replies).toHaveLength(12);
		const created = webhookHandlers().length;
		expect(created).toBeGreaterThanOrEqual(12);
		await new Promise((resolve) => setTimeout(resolve, SWEEP_MS * 3));
		expect(webhookHandlers()).toEqual([]);
		// An interaction whose handler was swept between its defer and its edit still gets its edit.
		const late = await emulator
			.user('sweep-late')
			.startSlash('slow', { ms: SWEEP_MS * 2 })
			.waitFor((handle) => handle.original?.content === `done after ${String(SWEEP_MS * 2)} ms`, 10_000);
		expect(late.original?.loading).toBe(false);
	});

	it('the production client sweeps every minute, not every hour (discord.js default)', () => {
		const client = createDiscordClient({ DISCORD_API_URL: undefined });
		expect(client.rest.options.handlerSweepInterval).toBe(REST_HANDLER_SWEEP_MS);
		expect(REST_HANDLER_SWEEP_MS).toBeLessThanOrEqual(60_000);
		void client.destroy();
	});
});
