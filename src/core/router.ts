import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { MessageFlags, type Interaction, type RepliableInteraction } from 'discord.js';
import type { Logger } from 'pino';
import { isStoreUnavailable } from '../cache/storeErrors.js';
import type { SlashCommand } from './command.js';
import type { AppContext, InteractionContext } from './context.js';
import { parseCustomId } from './customId.js';
import { UserFacingError } from './errors.js';
import type { CommandRegistry } from './registry.js';
import type { InteractionOutcome } from './stats.js';

export interface InteractionRouter {
	/** Handles one interaction; never rejects. */
	route(interaction: Interaction): Promise<void>;
	/** Stops taking new interactions: they get a polite "restarting" reply. */
	close(): void;
	/** Resolves true when every in-flight interaction finished, false when the wait ran out. */
	drain(timeoutMs: number): Promise<boolean>;
	readonly inFlight: number;
	/** True once close() was called (the bot is shutting down). */
	readonly closed: boolean;
}

interface Bindings {
	readonly ref: string;
	readonly command: string;
	readonly userId: string;
	readonly guildId: string | null;
}

/** The completion line: one per interaction. */
interface CompletionFields extends Bindings {
	readonly ms: number;
	readonly outcome: InteractionOutcome;
	reason?: string;
	err?: unknown;
}

const RESTARTING = 'The bot is restarting. Try again in a few seconds.';

/** The one error boundary: logs each interaction once, turns failures into ephemeral replies. */
export function createInteractionRouter(registry: CommandRegistry, app: AppContext): InteractionRouter {
	const running = new Set<Promise<void>>();
	let closed = false;

	/**
	 * One interaction's context: its own ref and logger, the app's services through the prototype. Copying the app
	 * context into a new object on every interaction was a fifth of the router's own time on a busy bot.
	 */
	class Scope {
		#log: Logger | undefined;
		readonly #bindings: Bindings;
		constructor(
			readonly ref: string,
			bindings: Bindings,
		) {
			this.#bindings = bindings;
		}
		// Most handlers never log: the child logger is made on first use, and the completion line does without it.
		get log(): Logger {
			return (this.#log ??= app.logger.child(this.#bindings));
		}
	}
	Object.setPrototypeOf(Scope.prototype, app);
	// The prototype supplies every AppContext field, which TypeScript cannot see through setPrototypeOf.
	const scope = (ref: string, bindings: Bindings) => new Scope(ref, bindings) as Scope & AppContext;

	async function handle(interaction: Interaction): Promise<void> {
		// randomUUID draws from a cached pool: randomBytes here was 3% of a busy bot's CPU.
		const ref = randomUUID().slice(0, 6).toUpperCase();
		const label = describeInteraction(interaction);
		const bindings = { ref, command: label, userId: interaction.user.id, guildId: interaction.guildId };
		const ctx: InteractionContext = scope(ref, bindings);
		const startedAt = performance.now();
		let outcome: InteractionOutcome = 'ok';
		let failure: unknown;
		try {
			if (closed) {
				outcome = 'refused';
				if (interaction.isRepliable()) await replyEphemeral(interaction, RESTARTING);
				else if (interaction.isAutocomplete()) await interaction.respond([]);
			} else {
				await dispatch(interaction, ctx);
			}
		} catch (error) {
			failure = error;
			outcome = error instanceof UserFacingError ? 'user_error' : 'failed';
			if (isStoreUnavailable(error)) app.metrics.recordError('store');
			if (interaction.isRepliable()) await replyWithError(interaction, error, ref, ctx.log);
			else if (interaction.isAutocomplete() && !interaction.responded)
				await interaction.respond([]).catch(() => undefined);
		}
		const durationMs = performance.now() - startedAt;
		app.stats.record(label, outcome, durationMs);
		// Written out rather than spread: spreading was most of this function's own time on a busy bot.
		const fields: CompletionFields = {
			ref,
			command: label,
			userId: bindings.userId,
			guildId: bindings.guildId,
			ms: Math.round(durationMs),
			outcome,
		};
		// An expected user error ("You already answered") is one line with its message; stacks are for real errors.
		if (failure instanceof UserFacingError) fields.reason = failure.message;
		else if (failure !== undefined) fields.err = failure;
		if (outcome === 'failed') app.logger.error(fields, 'interaction handled');
		else app.logger.info(fields, 'interaction handled');
	}

	async function dispatch(interaction: Interaction, ctx: InteractionContext): Promise<void> {
		if (interaction.isChatInputCommand()) {
			await commandFor(interaction.commandName).execute(interaction, ctx);
		} else if (interaction.isAutocomplete()) {
			const command = commandFor(interaction.commandName);
			if (command.autocomplete) await command.autocomplete(interaction, ctx);
			else await interaction.respond([]);
		} else if (interaction.isMessageComponent() || interaction.isModalSubmit()) {
			const { prefix, args } = parseCustomId(interaction.customId);
			const handler = registry.components.get(prefix);
			if (!handler) throw new UserFacingError('This button is no longer valid.');
			await handler.handle(interaction, args, ctx);
		}
	}

	function commandFor(name: string): SlashCommand {
		const command = registry.commands.get(name);
		if (!command) throw new UserFacingError(`Unknown command /${name}. It may have been removed; try /about.`);
		return command;
	}

	return {
		route(interaction) {
			const task = handle(interaction).catch((error: unknown) => {
				app.logger.error({ err: error }, 'interaction router failed');
			});
			running.add(task);
			void task.finally(() => running.delete(task));
			return task;
		},
		close() {
			closed = true;
		},
		async drain(timeoutMs) {
			let timer: NodeJS.Timeout | undefined;
			const timedOut = new Promise<false>((resolve) => {
				timer = setTimeout(() => {
					resolve(false);
				}, timeoutMs);
			});
			const finished = Promise.allSettled([...running]).then(() => true as const);
			const result = await Promise.race([finished, timedOut]);
			clearTimeout(timer);
			return result;
		},
		get inFlight() {
			return running.size;
		},
		get closed() {
			return closed;
		},
	};
}

export function describeInteraction(interaction: Interaction): string {
	if (interaction.isChatInputCommand()) {
		const subcommand = interaction.options.getSubcommand(false);
		return `/${interaction.commandName}${subcommand ? ` ${subcommand}` : ''}`;
	}
	if (interaction.isAutocomplete()) return `/${interaction.commandName} autocomplete`;
	if (interaction.isMessageComponent() || interaction.isModalSubmit()) {
		const kind = interaction.isModalSubmit() ? 'modal' : interaction.isButton() ? 'button' : 'select';
		return `${kind} ${interaction.customId.split(':').slice(0, 2).join(':')}`;
	}
	return `interaction type ${interaction.type}`;
}

async function replyWithError(
	interaction: RepliableInteraction,
	error: unknown,
	ref: string,
	log: Logger,
): Promise<void> {
	const content =
		error instanceof UserFacingError
			? error.message
			: isStoreUnavailable(error)
				? `The bot's storage is unavailable right now, so this cannot be done. Try again in a minute (ref ${ref}).`
				: `Something went wrong (ref ${ref}).`;
	await replyEphemeral(interaction, content).catch((replyError: unknown) => {
		log.warn({ err: replyError }, 'could not deliver the error reply');
	});
}

// Discord refuses content over 2000 characters; an error that echoes a long option must still reach the user.
const MAX_CONTENT = 2000;

async function replyEphemeral(interaction: RepliableInteraction, text: string): Promise<void> {
	const content = text.length > MAX_CONTENT ? `${text.slice(0, MAX_CONTENT - 1)}…` : text;
	const payload = { content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } } as const;
	// A deferred reply's placeholder can only be replaced by an edit, which keeps the defer's visibility.
	if (interaction.deferred && !interaction.replied)
		await interaction.editReply({ content, allowedMentions: { parse: [] } });
	else if (interaction.replied) await interaction.followUp(payload);
	else await interaction.reply(payload);
}
