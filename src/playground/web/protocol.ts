/** What the web playground's server and page say to each other (JSON over HTTP and server-sent events). */

export interface WireEmbed {
	readonly title?: string;
	readonly description?: string;
	readonly url?: string;
	readonly color?: number;
	readonly timestamp?: string;
	readonly author?: { readonly name: string; readonly url?: string; readonly icon_url?: string };
	readonly fields?: readonly { readonly name: string; readonly value: string; readonly inline?: boolean }[];
	readonly footer?: { readonly text: string; readonly icon_url?: string };
	readonly image?: { readonly url: string };
	readonly thumbnail?: { readonly url: string };
}

export interface WireSelectOption {
	readonly label: string;
	readonly value: string;
	readonly description?: string;
	readonly default?: boolean;
}

/** A button (type 2) or a string select (type 3); other component types are shown as nothing. */
export interface WireComponent {
	readonly type: number;
	readonly style?: number;
	readonly label?: string;
	readonly custom_id?: string;
	readonly url?: string;
	readonly disabled?: boolean;
	readonly placeholder?: string;
	readonly emoji?: { readonly name?: string | null };
	readonly options?: readonly WireSelectOption[];
	readonly components?: readonly WireComponent[];
}

export interface WireAttachment {
	readonly id: string;
	readonly filename: string;
	readonly contentType?: string;
	readonly size: number;
	readonly description?: string;
	readonly url: string;
}

export interface WireMessage {
	readonly id: string;
	readonly channelId: string;
	readonly content: string;
	readonly embeds: readonly WireEmbed[];
	readonly components: readonly WireComponent[];
	readonly attachments: readonly WireAttachment[];
	readonly ephemeral: boolean;
	/** A deferred reply's "thinking" placeholder. */
	readonly loading: boolean;
	readonly deleted: boolean;
	readonly edited: boolean;
	readonly createdAt: number;
	readonly interactionId?: string;
}

/** Who started an interaction and how, so the page can say "ada used /explain" and keep ephemerals to them. */
export interface WireInteraction {
	readonly id: string;
	readonly userName: string;
	readonly label: string;
}

export type FeedEvent =
	| {
			readonly kind: 'snapshot';
			readonly messages: readonly WireMessage[];
			readonly interactions: readonly WireInteraction[];
	  }
	| { readonly kind: 'message'; readonly message: WireMessage }
	| { readonly kind: 'interaction'; readonly interaction: WireInteraction };

export interface WireUser {
	readonly id: string;
	readonly name: string;
	readonly role: 'member' | 'moderator';
}

export interface WireCommandOption {
	readonly type: number;
	readonly name: string;
	readonly description: string;
	readonly required?: boolean;
	readonly autocomplete?: boolean;
	readonly choices?: readonly { readonly name: string; readonly value: string | number }[];
	readonly options?: readonly WireCommandOption[];
}

export interface WireCommand {
	readonly name: string;
	readonly description: string;
	readonly options: readonly WireCommandOption[];
}

export interface WorldInfo {
	readonly guildName: string;
	readonly bot: { readonly id: string; readonly name: string };
	readonly channels: readonly { readonly id: string; readonly name: string }[];
	/** The people you can be (the switcher), then everyone else whose name a mention may show. */
	readonly users: readonly WireUser[];
	readonly otherUsers: readonly { readonly id: string; readonly name: string }[];
	readonly commands: readonly WireCommand[];
	readonly defaultChannelId: string;
}

export type SlashValue = string | number | boolean;

export type InteractionRequest =
	| { readonly kind: 'commandLine'; readonly userName: string; readonly channelId: string; readonly line: string }
	| {
			readonly kind: 'autocomplete';
			readonly userName: string;
			readonly channelId: string;
			readonly command: string;
			readonly options: Readonly<Record<string, SlashValue>>;
			readonly focused: string;
	  }
	| {
			readonly kind: 'button';
			readonly userName: string;
			readonly channelId: string;
			readonly messageId: string;
			readonly customId: string;
	  }
	| {
			readonly kind: 'select';
			readonly userName: string;
			readonly channelId: string;
			readonly messageId: string;
			readonly customId: string;
			readonly values: readonly string[];
	  }
	| {
			readonly kind: 'modal';
			readonly userName: string;
			readonly channelId: string;
			readonly messageId?: string;
			readonly customId: string;
			readonly fields: Readonly<Record<string, string>>;
	  };

export interface ModalInput {
	readonly customId: string;
	readonly label: string;
	/** 1 short, 2 paragraph. */
	readonly style: number;
	readonly placeholder?: string;
	readonly required: boolean;
	readonly minLength?: number;
	readonly maxLength?: number;
	readonly value?: string;
}

export interface ModalForm {
	readonly customId: string;
	readonly title: string;
	readonly inputs: readonly ModalInput[];
	readonly messageId?: string;
}

export type InteractionResponse =
	| { readonly kind: 'sent' }
	| { readonly kind: 'modal'; readonly modal: ModalForm }
	| { readonly kind: 'choices'; readonly choices: readonly { readonly name: string; readonly value: SlashValue }[] }
	/** What Discord's client would show, ephemerally, for a line it cannot send or an interaction that failed. */
	| { readonly kind: 'error'; readonly message: string };
