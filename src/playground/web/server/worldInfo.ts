import type { CommandOptionSpec, DiscordEmulator, RegisteredCommand } from '../../../emulator/index.js';
import type { WireCommand, WireCommandOption, WorldInfo } from '../protocol.js';
import type { PlaygroundPeople } from './people.js';

/** Channels, people and the registered command schema of the first guild: all the page needs to start. */
export function worldInfo(emulator: DiscordEmulator, people: PlaygroundPeople): WorldInfo {
	const guild = emulator.guilds[0];
	if (!guild) throw new Error('The emulator has no guild to show');
	const channels = guild.channels
		.filter((channel) => channel.type === 0 && !channel.deleted)
		.map(({ id, name }) => ({ id, name }));
	const others = ['owner', 'alice', 'bob', 'carol', 'you'].map((name) => emulator.user(name));
	return {
		guildName: guild.name,
		bot: { id: emulator.botUserId, name: 'reasonbot' },
		channels,
		users: people.list,
		otherUsers: others.map(({ id, name }) => ({ id, name })),
		commands: emulator.commands(guild.id).map(toWireCommand),
		defaultChannelId: channels.find((channel) => channel.name === 'general')?.id ?? channels[0]?.id ?? '',
	};
}

function toWireCommand(command: RegisteredCommand): WireCommand {
	return { name: command.name, description: command.description, options: command.options.map(toWireOption) };
}

function toWireOption(option: CommandOptionSpec): WireCommandOption {
	const description = typeof option['description'] === 'string' ? option['description'] : '';
	const choices = Array.isArray(option['choices']) ? (option['choices'] as WireCommandOption['choices']) : undefined;
	return {
		type: option.type,
		name: option.name,
		description,
		...(option['required'] === true ? { required: true } : {}),
		...(option['autocomplete'] === true ? { autocomplete: true } : {}),
		...(choices ? { choices } : {}),
		...(option.options ? { options: option.options.map(toWireOption) } : {}),
	};
}
