import type { EmulatorContext } from '../context.js';
import { DiscordErrors } from '../errors.js';
import { guildCreatePayload, memberPayload, userPayload } from '../payloads.js';
import type { Route } from '../router.js';
import { ok } from './shared.js';

/** Gateway discovery, the bot's own user and application, guild lookups. */
export function metaRoutes(ctx: EmulatorContext, gatewayUrl: () => string, shardCount: number): Route[] {
	const { world } = ctx;
	return [
		{
			method: 'GET',
			path: '/gateway/bot',
			auth: true,
			handle: () =>
				ok({
					url: gatewayUrl(),
					shards: shardCount,
					// High max_concurrency lets discord.js identify all shards at once instead of 5 s apart.
					session_start_limit: { total: 1000, remaining: 1000, reset_after: 86_400_000, max_concurrency: 16 },
				}),
		},
		{ method: 'GET', path: '/gateway', auth: false, handle: () => ok({ url: gatewayUrl() }) },
		{
			method: 'GET',
			path: '/users/@me',
			auth: true,
			handle: () => ok({ ...userPayload(world.botUser), verified: true }),
		},
		{
			method: 'GET',
			path: '/applications/@me',
			auth: true,
			handle: () =>
				ok({
					id: ctx.applicationId,
					name: world.botUser.name,
					icon: null,
					description: '',
					bot_public: true,
					bot_require_code_grant: false,
					verify_key: '0'.repeat(64),
					flags: 0,
					team: null,
					owner: userPayload(world.user('owner')),
					bot: userPayload(world.botUser),
					approximate_guild_count: world.guilds.length,
				}),
		},
		{
			method: 'GET',
			path: '/guilds/:guild',
			auth: true,
			handle: (request) => {
				const guild = world.guild(request.param('guild'));
				if (!guild) throw DiscordErrors.unknownGuild();
				return ok(guildCreatePayload(world, guild));
			},
		},
		{
			method: 'GET',
			path: '/guilds/:guild/members/:user',
			auth: true,
			handle: (request) => {
				const guild = world.guild(request.param('guild'));
				if (!guild) throw DiscordErrors.unknownGuild();
				const member = guild.members.get(request.param('user'));
				const user = member ? world.userById(member.userId) : undefined;
				if (!member || !user) throw DiscordErrors.notFound();
				return ok(memberPayload(member, user, false));
			},
		},
	];
}
