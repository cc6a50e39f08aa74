import {
	InteractionResponseType,
	MessageFlags,
	Routes,
	type APIActionRowComponent,
	type APIApplicationCommandOptionChoice,
	type APIComponentInMessageActionRow,
	type APIEmbed,
	type APIInteractionResponseCallbackData,
	type APIMessage,
	type AutocompleteInteraction,
	type JSONEncodable,
	type RepliableInteraction,
} from 'discord.js';

/**
 * A first response serialised once, for answers that do not change while the bot runs (knowledge cards, topic
 * choices). Sending it skips what discord.js redoes on every reply: building the payload, snake-casing it,
 * JSON.stringify and copying the text into a new buffer (a fifth of a busy bot's CPU on /explain).
 */
export interface PreparedReply {
	readonly body: Buffer;
}

export function prepareReply(data: APIInteractionResponseCallbackData): PreparedReply {
	return serialise(InteractionResponseType.ChannelMessageWithSource, data);
}

export function prepareChoices(choices: readonly APIApplicationCommandOptionChoice[]): PreparedReply {
	return serialise(InteractionResponseType.ApplicationCommandAutocompleteResult, { choices });
}

/** Sends a prepared reply as the interaction's first response and marks it replied, as `interaction.reply` does. */
export async function replyPrepared(interaction: RepliableInteraction, reply: PreparedReply): Promise<void> {
	if (interaction.deferred || interaction.replied) {
		throw new Error('This interaction was already replied to or deferred.');
	}
	await postCallback(interaction, reply);
	interaction.ephemeral = false;
	interaction.replied = true;
}

/** Sends prepared choices and marks the interaction responded, as `interaction.respond` does. */
export async function respondPrepared(interaction: AutocompleteInteraction, choices: PreparedReply): Promise<void> {
	if (interaction.responded) throw new Error('This autocomplete was already answered.');
	await postCallback(interaction, choices);
	interaction.responded = true;
}

/** A reply made of builders (or Discord's own shapes), as the renderers return them. */
export interface BuiltReply {
	readonly content?: string;
	readonly embeds?: readonly (APIEmbed | JSONEncodable<APIEmbed>)[];
	readonly components?: readonly (
		| APIActionRowComponent<APIComponentInMessageActionRow>
		| JSONEncodable<APIActionRowComponent<APIComponentInMessageActionRow>>
	)[];
	readonly allowedMentions: { readonly parse: readonly [] };
}

/** The reply in the shape Discord takes it: what discord.js's MessagePayload would send, without its generic pass. */
export function replyData(
	reply: BuiltReply,
	options: { readonly ephemeral: boolean },
): APIInteractionResponseCallbackData {
	return {
		...(reply.content === undefined ? {} : { content: reply.content }),
		...(reply.embeds ? { embeds: reply.embeds.map(toData) } : {}),
		...(reply.components ? { components: reply.components.map(toData) } : {}),
		allowed_mentions: { parse: [] },
		...(options.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
	};
}

/**
 * Sends a reply built on the spot as the interaction's first response, serialised once here: discord.js's
 * `interaction.reply` walks the payload generically (resolving, snake-casing) and, with `withResponse`, builds and
 * caches a whole Message from the answer: together more than the rest of an answer press.
 */
export async function replyNow(
	interaction: RepliableInteraction,
	data: APIInteractionResponseCallbackData,
): Promise<void> {
	if (interaction.deferred || interaction.replied) {
		throw new Error('This interaction was already replied to or deferred.');
	}
	await interaction.client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
		body: Buffer.from(JSON.stringify({ type: InteractionResponseType.ChannelMessageWithSource, data })),
		passThroughBody: true,
		headers: { 'Content-Type': 'application/json' },
		auth: false,
	});
	interaction.ephemeral = ((data.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
	interaction.replied = true;
}

/**
 * The id of the message the interaction's first response posted, asked of Discord afterwards (valid while the
 * interaction's token is, 15 minutes). For the rare reply whose id is needed but not at once: asking in the reply
 * itself (`with_response`) made every such reply wait for the message resource, parsed in full.
 */
export async function fetchReplyId(interaction: RepliableInteraction): Promise<string> {
	const message = (await interaction.client.rest.get(
		Routes.webhookMessage(interaction.applicationId, interaction.token, '@original'),
		{ auth: false },
	)) as Partial<APIMessage> | undefined;
	if (typeof message?.id !== 'string') throw new Error('Discord returned no message for the original reply');
	return message.id;
}

function toData<T>(part: T | JSONEncodable<T>): T {
	return isEncodable(part) ? part.toJSON() : part;
}

function isEncodable<T>(part: T | JSONEncodable<T>): part is JSONEncodable<T> {
	return typeof part === 'object' && part !== null && 'toJSON' in part && typeof part.toJSON === 'function';
}

function serialise(type: InteractionResponseType, data: unknown): PreparedReply {
	return { body: Buffer.from(JSON.stringify({ type, data })) };
}

async function postCallback(
	interaction: RepliableInteraction | AutocompleteInteraction,
	prepared: PreparedReply,
): Promise<void> {
	await interaction.client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
		body: prepared.body,
		passThroughBody: true,
		headers: { 'Content-Type': 'application/json' },
		auth: false,
	});
}
