import { ALL_PERMISSIONS, BOT_PERMISSIONS, MEMBER_PERMISSIONS, Permission } from './permissions.js';
import type { SnowflakeGenerator } from './snowflake.js';
import type { EmulatorChannel, EmulatorGuild, GuildSeed } from './types.js';

export interface UserState {
	readonly id: string;
	readonly name: string;
	readonly bot: boolean;
}

export interface MemberState {
	readonly userId: string;
	permissions: bigint;
	readonly roles: string[];
	readonly joinedAt: string;
}

export interface ChannelState extends EmulatorChannel {
	canSend: boolean;
	deleted: boolean;
	readonly position: number;
}

export interface GuildState extends EmulatorGuild {
	readonly channels: ChannelState[];
	readonly botRoleId: string;
	readonly members: Map<string, MemberState>;
	readonly joinedAt: string;
}

const DEFAULT_GUILD: GuildSeed = {
	name: 'Study Group',
	channels: [{ name: 'study' }, { name: 'general' }],
	members: ['alice', 'bob', 'carol'],
	ownerName: 'owner',
};

/** Guilds, channels, users and members: the parts of Discord the bot can see. */
export class World {
	readonly guilds: GuildState[] = [];
	readonly botUser: UserState;
	readonly #guildsById = new Map<string, GuildState>();
	readonly #channelsById = new Map<string, ChannelState>();
	readonly #usersByName = new Map<string, UserState>();
	readonly #usersById = new Map<string, UserState>();

	constructor(
		private readonly snowflakes: SnowflakeGenerator,
		botUserId: string,
		seeds: readonly GuildSeed[] = [DEFAULT_GUILD],
		private readonly now: () => number = Date.now,
	) {
		this.botUser = { id: botUserId, name: 'Emulator Bot', bot: true };
		this.#usersById.set(botUserId, this.botUser);
		// Consecutive ids first, so guilds spread round-robin over shards.
		const ids = seeds.map((seed) => seed.id ?? snowflakes.next());
		seeds.forEach((seed, index) => {
			this.#addGuild(seed, ids[index] ?? snowflakes.next());
		});
	}

	guild(id: string): GuildState | undefined {
		return this.#guildsById.get(id);
	}

	channel(id: string): ChannelState | undefined {
		return this.#channelsById.get(id);
	}

	userById(id: string): UserState | undefined {
		return this.#usersById.get(id);
	}

	/** Same name, same user (and id) for the emulator's lifetime. */
	user(name: string): UserState {
		const existing = this.#usersByName.get(name);
		if (existing) return existing;
		const user: UserState = { id: this.snowflakes.next(), name, bot: false };
		this.#usersByName.set(name, user);
		this.#usersById.set(user.id, user);
		return user;
	}

	ensureMember(guild: GuildState, user: UserState, permissions?: bigint): MemberState {
		let member = guild.members.get(user.id);
		if (!member) {
			member = { userId: user.id, permissions: MEMBER_PERMISSIONS, roles: [], joinedAt: this.#isoNow() };
			guild.members.set(user.id, member);
		}
		if (permissions !== undefined) member.permissions = permissions;
		return member;
	}

	/** A channel of the guild by id or name; the first text channel when none is asked for. */
	findChannel(guild: GuildState, idOrName?: string): ChannelState | undefined {
		if (idOrName === undefined) return guild.channels.find((channel) => channel.type === 0 && !channel.deleted);
		const byId = this.#channelsById.get(idOrName);
		if (byId) return byId;
		const name = idOrName.replace(/^#/, '');
		return guild.channels.find((channel) => channel.name === name && !channel.deleted);
	}

	botPermissionsIn(channel: ChannelState): bigint {
		return channel.canSend ? BOT_PERMISSIONS : BOT_PERMISSIONS & ~Permission.SendMessages;
	}

	#addGuild(seed: GuildSeed, id: string): void {
		const owner = this.user(seed.ownerName ?? 'owner');
		const guild: GuildState = {
			id,
			name: seed.name,
			ownerId: owner.id,
			locale: seed.locale ?? 'en-US',
			channels: [],
			botRoleId: this.snowflakes.next(),
			members: new Map(),
			joinedAt: this.#isoNow(),
		};
		const channelSeeds = seed.channels ?? DEFAULT_GUILD.channels ?? [];
		channelSeeds.forEach((channelSeed, position) => {
			const channel: ChannelState = {
				id: channelSeed.id ?? this.snowflakes.next(),
				guildId: id,
				name: channelSeed.name,
				type: channelSeed.type ?? 0,
				canSend: true,
				deleted: false,
				position,
			};
			guild.channels.push(channel);
			this.#channelsById.set(channel.id, channel);
		});
		this.ensureMember(guild, this.botUser, BOT_PERMISSIONS).roles.push(guild.botRoleId);
		this.ensureMember(guild, owner, ALL_PERMISSIONS);
		for (const name of seed.members ?? []) this.ensureMember(guild, this.user(name));
		this.guilds.push(guild);
		this.#guildsById.set(id, guild);
	}

	#isoNow(): string {
		return new Date(this.now()).toISOString();
	}
}
