import { DiscordErrors } from './errors.js';
import type { JsonObject } from './json.js';
import { isRecord } from './json.js';
import type { SnowflakeGenerator } from './snowflake.js';
import type { CommandOptionSpec, RegisteredCommand } from './types.js';
import { Issues } from './validation/issues.js';
import type { Path } from './validation/issues.js';

const CHAT_INPUT = 1;
const NAME_PATTERN = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** Registered application commands, global and per guild; ids stay stable across bulk overwrites, as on Discord. */
export class CommandStore {
	readonly #scopes = new Map<string, Map<string, RegisteredCommand>>();

	constructor(
		private readonly snowflakes: SnowflakeGenerator,
		private readonly applicationId: string,
	) {}

	list(guildId?: string): RegisteredCommand[] {
		return [...this.#scope(guildId).values()];
	}

	get(id: string, guildId?: string): RegisteredCommand {
		const command = this.#scope(guildId).get(id);
		if (!command) throw DiscordErrors.unknownCommand();
		return command;
	}

	/** The chat-input command a user would invoke in this guild: the guild's own first, then the global one. */
	find(name: string, guildId: string | undefined): RegisteredCommand | undefined {
		const matches = (command: RegisteredCommand) => command.name === name && command.type === CHAT_INPUT;
		return this.list(guildId).find(matches) ?? (guildId === undefined ? undefined : this.list().find(matches));
	}

	/** POST: creates, or overwrites the command with the same name and type. */
	upsert(body: JsonObject, guildId?: string): { command: RegisteredCommand; created: boolean } {
		checkCommand(body, []);
		const scope = this.#scope(guildId);
		const existing = [...scope.values()].find((command) => sameCommand(command, body));
		const command = this.#build(body, existing?.id, guildId);
		scope.set(command.id, command);
		return { command, created: !existing };
	}

	/** PUT: replaces the whole scope. */
	overwrite(bodies: unknown, guildId?: string): RegisteredCommand[] {
		const issues = new Issues();
		const items = issues.list(bodies, 0, 110, []);
		issues.throwIfAny();
		items.forEach((body, index) => {
			checkCommand(body, [index]);
		});
		const scope = this.#scope(guildId);
		const previous = [...scope.values()];
		scope.clear();
		for (const body of items) {
			const command = this.#build(body, previous.find((old) => sameCommand(old, body))?.id, guildId);
			scope.set(command.id, command);
		}
		return [...scope.values()];
	}

	edit(id: string, body: JsonObject, guildId?: string): RegisteredCommand {
		const existing = this.get(id, guildId);
		const merged = { ...existing, ...body };
		checkCommand(merged, []);
		const command = this.#build(merged, id, guildId);
		this.#scope(guildId).set(id, command);
		return command;
	}

	delete(id: string, guildId?: string): void {
		if (!this.#scope(guildId).delete(id)) throw DiscordErrors.unknownCommand();
	}

	clear(): void {
		this.#scopes.clear();
	}

	#scope(guildId: string | undefined): Map<string, RegisteredCommand> {
		const key = guildId ?? 'global';
		let scope = this.#scopes.get(key);
		if (!scope) {
			scope = new Map();
			this.#scopes.set(key, scope);
		}
		return scope;
	}

	#build(body: JsonObject, id: string | undefined, guildId: string | undefined): RegisteredCommand {
		const type = typeof body.type === 'number' ? body.type : CHAT_INPUT;
		return {
			default_member_permissions: null,
			nsfw: false,
			contexts: null,
			integration_types: [0],
			name_localizations: null,
			description_localizations: null,
			...body,
			id: id ?? this.snowflakes.next(),
			application_id: this.applicationId,
			version: this.snowflakes.next(),
			type,
			name: typeof body.name === 'string' ? body.name : '',
			description: typeof body.description === 'string' ? body.description : '',
			options: parseOptions(body.options),
			...(guildId === undefined ? {} : { guild_id: guildId }),
		};
	}
}

function sameCommand(command: RegisteredCommand, body: JsonObject): boolean {
	return command.name === body.name && command.type === (typeof body.type === 'number' ? body.type : CHAT_INPUT);
}

function isOptionSpec(value: unknown): value is CommandOptionSpec {
	return isRecord(value) && typeof value.type === 'number' && typeof value.name === 'string';
}

function parseOptions(value: unknown): CommandOptionSpec[] {
	if (!Array.isArray(value)) return [];
	return value
		.filter(isOptionSpec)
		.map((option) => (Array.isArray(option.options) ? { ...option, options: parseOptions(option.options) } : option));
}

function checkCommand(body: JsonObject, path: Path): void {
	const issues = new Issues();
	const isChatInput = body.type === undefined || body.type === CHAT_INPUT;
	issues.text(body.name, 32, [...path, 'name'], true);
	if (isChatInput && typeof body.name === 'string' && !NAME_PATTERN.test(body.name)) {
		issues.add([...path, 'name'], 'APPLICATION_COMMAND_INVALID_NAME', 'Command name is invalid');
	}
	issues.text(body.description, 100, [...path, 'description'], isChatInput);
	const options = issues.list(body.options, 0, 25, [...path, 'options']);
	options.forEach((option, index) => {
		issues.text(option.name, 32, [...path, 'options', index, 'name'], true);
		issues.text(option.description, 100, [...path, 'options', index, 'description'], true);
		issues.list(option.choices, 0, 25, [...path, 'options', index, 'choices']);
	});
	issues.throwIfAny();
}
