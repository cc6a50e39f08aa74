import type { EmulatorContext } from '../context.js';
import { DiscordErrors } from '../errors.js';
import type { Route, RouteRequest } from '../router.js';
import { NO_CONTENT, ok } from './shared.js';

/** Global and guild application command registration. */
export function commandRoutes(ctx: EmulatorContext): Route[] {
	const { commands } = ctx;
	const scope = (request: RouteRequest, guild: boolean): string | undefined => {
		if (request.param('app') !== ctx.applicationId) throw DiscordErrors.unknownApplication();
		if (!guild) return undefined;
		const guildId = request.param('guild');
		if (!ctx.world.guild(guildId)) throw DiscordErrors.unknownGuild();
		return guildId;
	};
	return [false, true].flatMap((guild): Route[] => {
		const base = guild ? '/applications/:app/guilds/:guild/commands' : '/applications/:app/commands';
		const common = { auth: true, fault: 'commands', majorParam: 'app' } as const;
		return [
			{ ...common, method: 'GET', path: base, handle: (request) => ok(commands.list(scope(request, guild))) },
			{
				...common,
				method: 'PUT',
				path: base,
				handle: (request) => ok(commands.overwrite(request.json, scope(request, guild))),
			},
			{
				...common,
				method: 'POST',
				path: base,
				handle: (request) => {
					const { command, created } = commands.upsert(request.body, scope(request, guild));
					return { status: created ? 201 : 200, body: command };
				},
			},
			{
				...common,
				method: 'GET',
				path: `${base}/:id`,
				handle: (request) => ok(commands.get(request.param('id'), scope(request, guild))),
			},
			{
				...common,
				method: 'PATCH',
				path: `${base}/:id`,
				handle: (request) => ok(commands.edit(request.param('id'), request.body, scope(request, guild))),
			},
			{
				...common,
				method: 'DELETE',
				path: `${base}/:id`,
				handle: (request) => {
					commands.delete(request.param('id'), scope(request, guild));
					return NO_CONTENT;
				},
			},
		];
	});
}
