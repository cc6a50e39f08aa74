import { parseArgs } from 'node:util';
import { disableValidators } from 'discord.js';
import { config as loadDotenv } from 'dotenv';
import { startBot } from './bot.js';
import { passwordOf } from '../db/databaseUrl.js';
import { loadConfig, unsetEmptyValues } from './config.js';
import { createLogger } from '../logging/createLogger.js';
import { exitGracefullyOnSignals, keepAliveOnStrayErrors } from './shutdown.js';
import { describeStartupError } from './startupError.js';

/** Composition root: the only module that reads process.env. */
async function main(): Promise<void> {
	loadDotenv({ quiet: true });
	unsetEmptyValues(process.env);
	const { values } = parseArgs({ options: { once: { type: 'string' } }, allowPositionals: false });
	const config = loadConfig(process.env);
	if (!config.DISCORD_TOKEN) {
		// No token: an offline playground against the bundled Discord emulator (loaded only then).
		const { runPlayground } = await import('../playground/runPlayground.js');
		process.exitCode = await runPlayground({ config, env: process.env, once: values.once });
		return;
	}
	// discord.js builders re-check every field of every embed at each call (shapeshift: ~9% of CPU per /explain in
	// the benchmark's profile). Our renderers are unit-tested against Discord's limits and the tests keep the checks
	// on, so production skips them.
	disableValidators();
	const logger = createLogger({
		level: config.LOG_LEVEL,
		pretty: config.LOG_PRETTY,
		secrets: [
			config.DISCORD_TOKEN,
			config.OPENAI_API_KEY ?? '',
			passwordOf(config.DATABASE_URL),
			passwordOf(config.CACHE_URL),
		],
	});
	keepAliveOnStrayErrors(logger);
	const bot = await startBot({ config, logger });
	const stop = exitGracefullyOnSignals(() => bot.stop(), logger);
	// A shard Discord closed for good answers nothing: exit non-zero (after its fatal log line) so a process manager
	// restarts the bot or alerts, rather than leaving a live process that does nothing.
	void bot.fatalClose.then(() => {
		stop(1);
	});
}

main().catch((error: unknown) => {
	const line = describeStartupError(error);
	if (line) console.error(`reasonbot: ${line}`);
	else console.error('reasonbot: failed to start:', error);
	process.exit(1);
});
