/** Only the name is read directly; the rest is compared structurally. */
export interface CommandShape {
	readonly name: string;
}

export interface CommandDiff {
	readonly added: readonly string[];
	readonly changed: readonly string[];
	readonly removed: readonly string[];
	readonly unchanged: readonly string[];
}

/** Fields Discord adds or defaults on its side; comparing them would report changes on every run. */
const SERVER_FIELDS = new Set([
	'id',
	'application_id',
	'version',
	'guild_id',
	'dm_permission',
	'nsfw',
	'integration_types',
	'contexts',
]);

/** What a bulk overwrite with `wanted` will do to the commands Discord has now. */
export function diffCommands(existing: readonly CommandShape[], wanted: readonly CommandShape[]): CommandDiff {
	const before = new Map(existing.map((command) => [command.name, canonical(command)]));
	const wantedNames = new Set(wanted.map((command) => command.name));
	const added: string[] = [];
	const changed: string[] = [];
	const unchanged: string[] = [];
	for (const command of wanted) {
		const old = before.get(command.name);
		if (old === undefined) added.push(command.name);
		else if (old === canonical(command)) unchanged.push(command.name);
		else changed.push(command.name);
	}
	const removed = existing.map((command) => command.name).filter((name) => !wantedNames.has(name));
	return { added, changed, removed, unchanged };
}

function canonical(command: CommandShape): string {
	return JSON.stringify(normalise(command, true));
}

/** Sorted keys, no empty/false/null defaults, no server-side fields, so equal commands compare equal. */
function normalise(value: unknown, topLevel = false): unknown {
	if (Array.isArray(value)) return value.map((item) => normalise(item));
	if (typeof value !== 'object' || value === null) return value;
	const entries = Object.entries(value)
		.filter(([key]) => !(topLevel && SERVER_FIELDS.has(key)))
		.filter(
			([, field]) =>
				field !== undefined && field !== null && field !== false && !(Array.isArray(field) && field.length === 0),
		)
		.filter(([key, field]) => !(key === 'type' && field === 1 && topLevel))
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([key, field]) => [key, normalise(field)] as const);
	return Object.fromEntries(entries);
}
