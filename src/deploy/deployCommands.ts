import { REST, Routes } from 'discord.js';
import type { CommandRegistry } from '../core/registry.js';
import { diffCommands, type CommandDiff, type CommandShape } from './diffCommands.js';

export interface DeployTarget {
	readonly token: string;
	readonly apiUrl?: string | undefined;
	readonly applicationId?: string | undefined;
	/** Register in one guild (instant) instead of globally. */
	readonly guildId?: string | undefined;
}

export interface DeployResult extends CommandDiff {
	readonly applicationId: string;
	readonly scope: string;
}

/** Replaces the application's commands with the registry's, and says what changed. */
export async function deployCommands(registry: CommandRegistry, target: DeployTarget): Promise<DeployResult> {
	const rest = new REST(target.apiUrl ? { api: target.apiUrl } : {}).setToken(target.token);
	const applicationId = target.applicationId ?? (await fetchApplicationId(rest));
	const route = target.guildId
		? Routes.applicationGuildCommands(applicationId, target.guildId)
		: Routes.applicationCommands(applicationId);
	const wanted = [...registry.commands.values()].map((command) => command.data.toJSON());
	const existing: unknown = await rest.get(route);
	const diff = diffCommands(isCommandList(existing) ? existing : [], wanted);
	await rest.put(route, { body: wanted });
	return { ...diff, applicationId, scope: target.guildId ? `guild ${target.guildId}` : 'global' };
}

async function fetchApplicationId(rest: REST): Promise<string> {
	const application: unknown = await rest.get(Routes.currentApplication());
	if (
		typeof application === 'object' &&
		application !== null &&
		'id' in application &&
		typeof application.id === 'string'
	) {
		return application.id;
	}
	throw new Error('Discord did not return the application id; set DISCORD_CLIENT_ID');
}

function isCommandList(value: unknown): value is CommandShape[] {
	return (
		Array.isArray(value) &&
		value.every(
			(item: unknown) => typeof item === 'object' && item !== null && 'name' in item && typeof item.name === 'string',
		)
	);
}

export function formatDeployResult(result: DeployResult): string {
	const line = (label: string, names: readonly string[]) =>
		`  ${label}: ${names.length ? names.map((n) => `/${n}`).join(', ') : 'none'}`;
	return [
		`Registered ${result.added.length + result.changed.length + result.unchanged.length} commands (${result.scope}, application ${result.applicationId}):`,
		line('added', result.added),
		line('changed', result.changed),
		line('removed', result.removed),
		line('unchanged', result.unchanged),
	].join('\n');
}
