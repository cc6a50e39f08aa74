import { PermissionFlagsBits } from 'discord.js';
import type { DiscordEmulator, EmulatorUser } from '../../../emulator/index.js';
import type { WireUser } from '../protocol.js';

const MODERATOR_PERMISSIONS =
	PermissionFlagsBits.ViewChannel |
	PermissionFlagsBits.SendMessages |
	PermissionFlagsBits.EmbedLinks |
	PermissionFlagsBits.AttachFiles |
	PermissionFlagsBits.ReadMessageHistory |
	PermissionFlagsBits.UseApplicationCommands |
	PermissionFlagsBits.ManageMessages |
	PermissionFlagsBits.ManageGuild;

export interface PlaygroundPeople {
	/** Switcher order: an ordinary member first, then a moderator who may manage the server. */
	readonly list: readonly WireUser[];
	byName(name: string): EmulatorUser | undefined;
}

/** The people the page lets you be: the member sees /study's permission gate, the moderator passes it. */
export function playgroundPeople(emulator: DiscordEmulator): PlaygroundPeople {
	const users = new Map<string, { user: EmulatorUser; role: WireUser['role'] }>([
		['ada', { user: emulator.user('ada'), role: 'member' }],
		['grace', { user: emulator.user('grace', { permissions: MODERATOR_PERMISSIONS }), role: 'moderator' }],
	]);
	return {
		list: [...users.values()].map(({ user, role }) => ({ id: user.id, name: user.name, role })),
		byName: (name) => users.get(name)?.user,
	};
}
