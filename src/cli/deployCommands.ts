import { config as loadDotenv } from 'dotenv';
import { loadConfig } from '../app/config.js';
import { loadCommands } from '../core/loadCommands.js';
import { deployCommands, formatDeployResult } from '../deploy/deployCommands.js';
import { describeStartupError } from '../app/startupError.js';

/** `npm run deploy-commands`: registers the slash commands (guild when DISCORD_GUILD_ID is set, else global). */
async function main(): Promise<void> {
	loadDotenv({ quiet: true });
	const config = loadConfig(process.env);
	if (!config.DISCORD_TOKEN) {
		console.error('reasonbot: DISCORD_TOKEN is not set. Put the bot token in .env (see .env.example).');
		process.exitCode = 1;
		return;
	}
	const registry = await loadCommands();
	const result = await deployCommands(registry, {
		token: config.DISCORD_TOKEN,
		apiUrl: config.DISCORD_API_URL,
		applicationId: config.DISCORD_CLIENT_ID,
		guildId: config.DISCORD_GUILD_ID,
	});
	console.log(formatDeployResult(result));
	if (!config.DISCORD_GUILD_ID) console.log('Global commands can take up to an hour to appear in every server.');
}

main().catch((error: unknown) => {
	console.error(
		`reasonbot: ${describeStartupError(error) ?? (error instanceof Error ? error.message : String(error))}`,
	);
	process.exitCode = 1;
});
