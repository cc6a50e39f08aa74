import { checkInvocation } from './commandCheck.js';
import type { EmulatorContext } from './context.js';
import type { JsonObject } from './json.js';
import { channelPayload, memberFields, rolePayloads, userPayload } from './payloads.js';
import type { CommandOptionSpec } from './types.js';
import type { SlashOptions, SlashOptionValue } from './actorTypes.js';
import type { GuildState } from './world.js';

const OptionType = {
	Subcommand: 1,
	SubcommandGroup: 2,
	String: 3,
	Integer: 4,
	Boolean: 5,
	User: 6,
	Channel: 7,
	Role: 8,
	Mentionable: 9,
	Number: 10,
} as const;

interface Resolved {
	readonly users: JsonObject;
	readonly members: JsonObject;
	readonly channels: JsonObject;
	readonly roles: JsonObject;
}

/**
 * `data` of a chat-input (or autocomplete) interaction. `commandPath` is `name`, `name sub` or `name group sub`.
 * Option types come from the registered command (guild first, then global), else from the JS values.
 * Invocations a registered command would not allow throw (see `checkInvocation`).
 */
export function buildCommandData(
	ctx: EmulatorContext,
	guild: GuildState,
	commandPath: string,
	options: SlashOptions,
	focused?: string,
): JsonObject {
	const [name = '', ...path] = commandPath.trim().split(/\s+/);
	const command = ctx.commands.find(name, guild.id);
	const specs: readonly CommandOptionSpec[] = command
		? checkInvocation(command, path, options, focused !== undefined)
		: [];
	const resolved: Resolved = { users: {}, members: {}, channels: {}, roles: {} };
	let built: JsonObject[] = Object.entries(options).map(([key, value]) => {
		const type = specs.find((spec) => spec.name === key)?.type ?? inferType(ctx, guild, value);
		if (key === focused) return { name: key, type, value: idOrText(value), focused: true };
		return { name: key, type, value: resolveValue(ctx, guild, type, value, resolved) };
	});
	if (focused !== undefined && !(focused in options))
		built.push({ name: focused, type: OptionType.String, value: '', focused: true });
	const [group, sub] = path.length === 2 ? path : [undefined, path[0]];
	if (sub !== undefined) built = [{ name: sub, type: OptionType.Subcommand, options: built }];
	if (group !== undefined) built = [{ name: group, type: OptionType.SubcommandGroup, options: built }];
	const hasResolved = Object.values(resolved).some((entries: JsonObject) => Object.keys(entries).length > 0);
	return {
		id: command?.id ?? ctx.snowflakes.next(),
		name,
		type: 1,
		...(command?.guild_id === undefined ? {} : { guild_id: command.guild_id }),
		options: built,
		...(hasResolved ? { resolved } : {}),
	};
}

function inferType(ctx: EmulatorContext, guild: GuildState, value: SlashOptionValue): number {
	if (typeof value === 'boolean') return OptionType.Boolean;
	if (typeof value === 'number') return Number.isInteger(value) ? OptionType.Integer : OptionType.Number;
	if (typeof value === 'string') return OptionType.String;
	if (ctx.world.userById(value.id)) return OptionType.User;
	if (ctx.world.channel(value.id)) return OptionType.Channel;
	if (rolePayloads(guild).some((role) => role.id === value.id)) return OptionType.Role;
	return OptionType.String;
}

function idOrText(value: SlashOptionValue): string | number | boolean {
	return typeof value === 'object' ? value.id : value;
}

function resolveValue(
	ctx: EmulatorContext,
	guild: GuildState,
	type: number,
	value: SlashOptionValue,
	resolved: Resolved,
): string | number | boolean {
	const raw = idOrText(value);
	switch (type) {
		case OptionType.Integer:
		case OptionType.Number: {
			const number = Number(raw);
			if (Number.isNaN(number) || (type === OptionType.Integer && !Number.isInteger(number))) {
				throw new Error(
					`Option value ${String(raw)} is not a valid ${type === OptionType.Integer ? 'integer' : 'number'}`,
				);
			}
			return number;
		}
		case OptionType.Boolean:
			return raw === true || raw === 'true';
		case OptionType.User:
			return resolveUser(ctx, guild, String(raw), resolved);
		case OptionType.Channel: {
			const channel = ctx.world.findChannel(guild, String(raw));
			if (!channel) throw new Error(`No channel ${String(raw)} in guild ${guild.name}`);
			resolved.channels[channel.id] = { ...channelPayload(channel, ctx.world.botUser.id), permissions: '0' };
			return channel.id;
		}
		case OptionType.Role:
			return resolveRole(guild, String(raw), resolved);
		case OptionType.Mentionable:
			return rolePayloads(guild).some((role) => role.id === raw)
				? resolveRole(guild, String(raw), resolved)
				: resolveUser(ctx, guild, String(raw), resolved);
		default:
			return typeof raw === 'string' ? raw : String(raw);
	}
}

/** A user option given as an id or a name (names create the user, as `emulator.user(name)` does). */
function resolveUser(ctx: EmulatorContext, guild: GuildState, idOrName: string, resolved: Resolved): string {
	const user = ctx.world.userById(idOrName) ?? ctx.world.user(idOrName);
	resolved.users[user.id] = userPayload(user);
	const member = guild.members.get(user.id);
	if (member) resolved.members[user.id] = memberFields(member, true);
	return user.id;
}

function resolveRole(guild: GuildState, id: string, resolved: Resolved): string {
	const role = rolePayloads(guild).find((candidate) => candidate.id === id || candidate.name === id);
	if (!role || typeof role.id !== 'string') throw new Error(`No role ${id} in guild ${guild.name}`);
	resolved.roles[role.id] = role;
	return role.id;
}
