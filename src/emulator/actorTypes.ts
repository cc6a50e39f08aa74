import type { AutocompleteChoice, DiscordErrorBody, ModalData, RecordedMessage, Reply } from './types.js';

export type InteractionEvent =
	| {
			readonly kind: 'callback';
			readonly at: number;
			readonly callbackType: number;
			readonly messageId: string | undefined;
	  }
	| { readonly kind: 'edit'; readonly at: number; readonly messageId: string }
	| {
			readonly kind: 'followUp';
			readonly at: number;
			readonly messageId: string;
			readonly replacedPlaceholder: boolean;
	  }
	| { readonly kind: 'delete'; readonly at: number; readonly messageId: string }
	| {
			readonly kind: 'rejected';
			readonly at: number;
			readonly route: string;
			readonly status: number;
			readonly error: DiscordErrorBody;
	  };

export interface InteractionHandle {
	readonly id: string;
	readonly token: string;
	/** e.g. `/quiz leaderboard` or `button quiz:answer:2`, used in error messages. */
	readonly description: string;
	/** Every callback, edit, follow-up, delete and refused request, in order. */
	readonly events: readonly InteractionEvent[];
	readonly acknowledged: boolean;
	/** Current state of the original response message, after all edits. */
	readonly original: RecordedMessage | undefined;
	readonly followUps: readonly RecordedMessage[];
	readonly choices: readonly AutocompleteChoice[] | undefined;
	readonly modal: ModalData | undefined;
	/** Resolves with the first final response; rejects on timeout or when Discord refused the bot's response. */
	reply(timeoutMs?: number): Promise<Reply>;
	/** Re-checks the predicate now and after each of this interaction's events (not on unrelated channel posts). */
	waitFor(predicate: (handle: InteractionHandle) => boolean, timeoutMs?: number): Promise<InteractionHandle>;
}

export interface InteractionTarget {
	readonly guildId?: string;
	readonly channelId?: string;
	readonly locale?: string;
	readonly timeoutMs?: number;
}

export interface ModalTarget extends InteractionTarget {
	/** The message whose component opened the modal, when it did. */
	readonly message?: MessageRef;
}

/** Anything with an id (an EmulatorUser, an EmulatorChannel) resolves to that id. */
export type SlashOptionValue = string | number | boolean | { readonly id: string };
export type SlashOptions = Readonly<Record<string, SlashOptionValue>>;
export type MessageRef = RecordedMessage | Reply | string;

export interface UserOptions {
	/** Member permissions in the guild (bitfield). Default: an ordinary member's. */
	readonly permissions?: bigint | string;
	/** Guild the user acts in by default. Default: the first guild. */
	readonly guildId?: string;
}

export interface EmulatorUser {
	readonly id: string;
	readonly name: string;
	slash(command: string, options?: SlashOptions, target?: InteractionTarget): Promise<Reply>;
	startSlash(command: string, options?: SlashOptions, target?: InteractionTarget): InteractionHandle;
	autocomplete(
		command: string,
		options: SlashOptions,
		focused: string,
		target?: InteractionTarget,
	): Promise<readonly AutocompleteChoice[]>;
	click(message: MessageRef, customId: string, target?: InteractionTarget): Promise<Reply>;
	startClick(message: MessageRef, customId: string, target?: InteractionTarget): InteractionHandle;
	/**
	 * A button press whose custom_id need not be on the message: what a stale client, a bot restarted with
	 * another id scheme, or a hand-made request sends. For testing that the bot refuses it gracefully.
	 */
	forgeClick(message: MessageRef, customId: string, target?: InteractionTarget): Promise<Reply>;
	select(message: MessageRef, customId: string, values: readonly string[], target?: InteractionTarget): Promise<Reply>;
	startSelect(
		message: MessageRef,
		customId: string,
		values: readonly string[],
		target?: InteractionTarget,
	): InteractionHandle;
	submitModal(customId: string, fields: Readonly<Record<string, string>>, target?: ModalTarget): Promise<Reply>;
	startSubmitModal(customId: string, fields: Readonly<Record<string, string>>, target?: ModalTarget): InteractionHandle;
}
