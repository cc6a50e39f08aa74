import type { DiscordEmulator } from '../../emulator/index.js';

/**
 * What Discord's client shows when an interaction cannot go through: a greyed-out control does nothing, an unknown
 * channel cannot be picked, a bot that refuses or misses its reply gets "This interaction failed".
 */
export function describeFailure(error: unknown, emulator: DiscordEmulator): string {
	const message = error instanceof Error ? error.message : String(error);
	if (/is disabled/.test(message)) {
		return 'That control is disabled (Discord greys it out: this round or menu has ended).';
	}
	const channel = /^No channel (.+) in guild /.exec(message);
	if (channel) {
		const names = emulator.guilds[0]?.channels.map((candidate) => `#${candidate.name}`) ?? [];
		return `No channel named ${channel[1] ?? ''}. Channels here: ${names.join(', ')}.`;
	}
	const role = /^No role (.+) in guild /.exec(message);
	if (role) return `No role named ${role[1] ?? ''} in this server.`;
	if (/^No message .* to interact with/.test(message)) return 'That message is gone (the bot deleted it).';
	return `This interaction failed. (${message})`;
}
