import { startBot, type RunningBot } from '../../src/app/bot.js';
import { loadConfig, type Config } from '../../src/app/config.js';
import { loadCommands } from '../../src/core/loadCommands.js';
import type { CommandRegistry } from '../../src/core/registry.js';
import { deployCommands } from '../../src/deploy/deployCommands.js';
import { startDiscordEmulator, type DiscordEmulator, type EmulatorOptions } from '../../src/emulator/index.js';
import { testDatabaseUrl } from './database.js';
import { captureLogs, type CapturedLogs } from './logs.js';

/** discord.js spaces identifies ~5 s apart; reconnect tests need not wait for that. */
export const NO_IDENTIFY_WAIT = {
	ws: { buildIdentifyThrottler: () => ({ waitForIdentify: () => Promise.resolve() }) },
} as const;

export interface BotStack {
	readonly emulator: DiscordEmulator;
	readonly bot: RunningBot;
	readonly logs: CapturedLogs;
	readonly config: Config;
	stop(): Promise<void>;
}

export interface BotStackOptions {
	readonly env?: Readonly<Record<string, string>>;
	readonly registry?: CommandRegistry;
	readonly emulator?: EmulatorOptions;
	/** Reuse a running emulator (a restart test); it is then not stopped by `stop`. */
	readonly reuseEmulator?: DiscordEmulator;
	readonly secrets?: readonly string[];
}

/**
 * Like the harness (emulator + the real bot + captured debug logs), with the no-wait identify throttler, so
 * non-resumable gateway closes re-identify at once.
 */
export async function startBotStack(options: BotStackOptions = {}): Promise<BotStack> {
	const emulator = options.reuseEmulator ?? (await startDiscordEmulator(options.emulator ?? {}));
	const ownsEmulator = options.reuseEmulator === undefined;
	const registry = options.registry ?? (await loadCommands());
	const logs = captureLogs({ secrets: options.secrets ?? [] });
	try {
		for (const guild of emulator.guilds) {
			await deployCommands(registry, {
				token: emulator.token,
				apiUrl: emulator.apiUrl,
				applicationId: emulator.applicationId,
				guildId: guild.id,
			});
		}
		const config = loadConfig({
			CACHE_URL: 'memory://',
			LOG_LEVEL: 'debug',
			...options.env,
			DATABASE_URL: testDatabaseUrl(options.env),
			DISCORD_TOKEN: emulator.token,
			DISCORD_API_URL: emulator.apiUrl,
		});
		const bot = await startBot({ config, logger: logs.logger, registry, clientTestHooks: NO_IDENTIFY_WAIT });
		return {
			emulator,
			bot,
			logs,
			config,
			stop: async () => {
				await bot.stop();
				if (ownsEmulator) await emulator.stop();
			},
		};
	} catch (error) {
		if (ownsEmulator) await emulator.stop();
		throw error;
	}
}
