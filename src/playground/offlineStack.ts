import type { Logger } from 'pino';
import { startBot, type RunningBot } from '../app/bot.js';
import type { Config } from '../app/config.js';
import { loadCommands } from '../core/loadCommands.js';
import type { CommandRegistry } from '../core/registry.js';
import { deployCommands } from '../deploy/deployCommands.js';
import { startDiscordEmulator, type DiscordEmulator, type EmulatorOptions } from '../emulator/index.js';

export interface OfflineStackOptions {
	readonly config: Config;
	readonly logger: Logger;
	readonly emulator?: EmulatorOptions;
	readonly registry?: CommandRegistry;
	readonly now?: () => Date;
}

export interface OfflineStack {
	readonly emulator: DiscordEmulator;
	readonly bot: RunningBot;
	/** Same as a SIGTERM: the bot stops gracefully, then the emulator. */
	stop(): Promise<void>;
}

/** The local Discord emulator with the real bot logged in to it and its commands registered in every guild. */
export async function startOfflineStack(options: OfflineStackOptions): Promise<OfflineStack> {
	const emulator = await startDiscordEmulator(options.emulator ?? {});
	try {
		const registry = options.registry ?? (await loadCommands());
		for (const guild of emulator.guilds) {
			await deployCommands(registry, {
				token: emulator.token,
				apiUrl: emulator.apiUrl,
				applicationId: emulator.applicationId,
				guildId: guild.id,
			});
		}
		const config: Config = { ...options.config, DISCORD_TOKEN: emulator.token, DISCORD_API_URL: emulator.apiUrl };
		const bot = await startBot({
			config,
			logger: options.logger,
			registry,
			...(options.now ? { now: options.now } : {}),
		});
		return {
			emulator,
			bot,
			stop: async () => {
				await bot.stop();
				await emulator.stop();
			},
		};
	} catch (error) {
		await emulator.stop();
		throw error;
	}
}
