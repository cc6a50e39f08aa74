import type { GuildSeed } from '../../../emulator/index.js';

/** The playground's server, shared by the terminal and the page: a chat channel, a quiz channel, a study channel. */
export const PLAYGROUND_GUILD: GuildSeed = {
	name: 'reasonbot playground',
	channels: [{ name: 'general' }, { name: 'quiz' }, { name: 'study-hall' }],
	members: ['alice', 'bob', 'carol'],
	ownerName: 'owner',
};
