import { MEMBER_PERMISSIONS, Permission } from './permissions.js';
import type { JsonObject } from './json.js';
import type { ChannelState, GuildState, MemberState, UserState, World } from './world.js';

export function userPayload(user: UserState): JsonObject {
	return {
		id: user.id,
		username: user.name,
		global_name: user.bot ? null : user.name,
		discriminator: '0',
		avatar: null,
		bot: user.bot,
		system: false,
		public_flags: 0,
		flags: 0,
	};
}

export function memberPayload(member: MemberState, user: UserState, withPermissions: boolean): JsonObject {
	return { user: userPayload(user), ...memberFields(member, withPermissions) };
}

/** A member without its `user`, as in `resolved.members`. */
export function memberFields(member: MemberState, withPermissions: boolean): JsonObject {
	return {
		nick: null,
		avatar: null,
		roles: member.roles,
		joined_at: member.joinedAt,
		premium_since: null,
		deaf: false,
		mute: false,
		flags: 0,
		pending: false,
		communication_disabled_until: null,
		...(withPermissions ? { permissions: member.permissions.toString() } : {}),
	};
}

export function channelPayload(channel: ChannelState, botUserId: string): JsonObject {
	return {
		id: channel.id,
		type: channel.type,
		guild_id: channel.guildId,
		name: channel.name,
		position: channel.position,
		permission_overwrites: channel.canSend
			? []
			: [{ id: botUserId, type: 1, allow: '0', deny: Permission.SendMessages.toString() }],
		nsfw: false,
		parent_id: null,
		topic: null,
		last_message_id: null,
		rate_limit_per_user: 0,
		flags: 0,
	};
}

export function rolePayloads(guild: GuildState): JsonObject[] {
	const role = (id: string, name: string, position: number, permissions: bigint, managed: boolean): JsonObject => ({
		id,
		name,
		color: 0,
		hoist: false,
		icon: null,
		unicode_emoji: null,
		position,
		permissions: permissions.toString(),
		managed,
		mentionable: false,
		flags: 0,
	});
	return [
		role(guild.id, '@everyone', 0, MEMBER_PERMISSIONS, false),
		role(guild.botRoleId, 'Emulator Bot', 1, MEMBER_PERMISSIONS | Permission.ManageMessages, true),
	];
}

export function guildCreatePayload(world: World, guild: GuildState): JsonObject {
	const members: JsonObject[] = [];
	for (const member of guild.members.values()) {
		const user = world.userById(member.userId);
		if (user) members.push(memberPayload(member, user, false));
	}
	const channels = guild.channels.filter((channel) => !channel.deleted);
	return {
		id: guild.id,
		name: guild.name,
		icon: null,
		splash: null,
		discovery_splash: null,
		owner_id: guild.ownerId,
		afk_channel_id: null,
		afk_timeout: 300,
		verification_level: 0,
		default_message_notifications: 0,
		explicit_content_filter: 0,
		roles: rolePayloads(guild),
		emojis: [],
		stickers: [],
		features: [],
		mfa_level: 0,
		application_id: null,
		system_channel_id: channels[0]?.id ?? null,
		system_channel_flags: 0,
		rules_channel_id: null,
		vanity_url_code: null,
		description: null,
		banner: null,
		premium_tier: 0,
		premium_subscription_count: 0,
		preferred_locale: guild.locale,
		public_updates_channel_id: null,
		nsfw_level: 0,
		premium_progress_bar_enabled: false,
		joined_at: guild.joinedAt,
		large: false,
		unavailable: false,
		member_count: guild.members.size,
		voice_states: [],
		members,
		channels: channels.map((channel) => channelPayload(channel, world.botUser.id)),
		threads: [],
		presences: [],
		stage_instances: [],
		guild_scheduled_events: [],
		soundboard_sounds: [],
	};
}
