import type {
	AutocompleteInteraction,
	ChatInputCommandInteraction,
	MessageComponentInteraction,
	ModalSubmitInteraction,
	RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { InteractionContext } from './context.js';

/** Handles buttons, selects and modals whose custom_id starts with `prefix:`. */
export interface ComponentHandler {
	readonly prefix: string;
	handle(
		interaction: MessageComponentInteraction | ModalSubmitInteraction,
		args: readonly string[],
		ctx: InteractionContext,
	): Promise<void>;
}

/** The contract every module in commands/ fulfils. */
export interface SlashCommand {
	/** A SlashCommandBuilder (any stage of it): only its name and JSON are needed. */
	readonly data: { readonly name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
	execute(interaction: ChatInputCommandInteraction, ctx: InteractionContext): Promise<void>;
	autocomplete?(interaction: AutocompleteInteraction, ctx: InteractionContext): Promise<void>;
	readonly components?: readonly ComponentHandler[];
}
