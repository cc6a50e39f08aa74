/**
 * The baseline: a bare discord.js bot answering /ping with a constant reply, nothing else.
 * Our bot runs on the same library, so it cannot beat this floor.
 */
import { Client, Events, GatewayIntentBits } from 'discord.js';

const client = new Client({
	intents: [GatewayIntentBits.Guilds],
	rest: { api: process.env['DISCORD_API_URL'] ?? 'https://discord.com/api' },
});
client.once(Events.ClientReady, () => {
	console.log('bare bot ready');
});
client.on(Events.InteractionCreate, (interaction) => {
	if (interaction.isChatInputCommand()) void interaction.reply({ content: 'pong', allowedMentions: { parse: [] } });
});
process.on('SIGTERM', () => {
	void client.destroy().then(() => process.exit(0));
});
await client.login(process.env['DISCORD_TOKEN']);
