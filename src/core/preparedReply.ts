import {
	InteractionResponseType,
	Routes,
	type APIApplicationCommandOptionChoice,
	type APIInteractionResponseCallbackData,
	type AutocompleteInteraction,
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
