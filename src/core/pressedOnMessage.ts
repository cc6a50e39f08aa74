import type { MessageComponentInteraction } from 'discord.js';
import { UserFacingError } from './errors.js';

/**
 * Whether the pressed custom id is one of the message's own components. A modified client or a hand-made request can
 * press any id on any message (a trace pager on someone's public answer, say); a handler that edits or acts for the
 * message it was pressed on checks this first, so a foreign or forged id never changes that message.
 */
export function isOnItsMessage(interaction: MessageComponentInteraction): boolean {
	const ids = new Set<string>();
	collectCustomIds(
		interaction.message.components.map((component) => component.toJSON()),
		ids,
	);
	return ids.has(interaction.customId);
}

/** Refuses (ephemerally, through the router) a press whose id is not on the message, with the command's own words. */
export function assertOnItsMessage(
	interaction: MessageComponentInteraction,
	refusal = 'This button is no longer valid.',
): void {
	if (!isOnItsMessage(interaction)) throw new UserFacingError(refusal);
}

/** Rows, containers, sections and accessories all nest; every `custom_id` anywhere counts. */
function collectCustomIds(value: unknown, ids: Set<string>): void {
	if (Array.isArray(value)) {
		for (const item of value) collectCustomIds(item, ids);
		return;
	}
	if (typeof value !== 'object' || value === null) return;
	for (const [key, field] of Object.entries(value)) {
		if (key === 'custom_id' && typeof field === 'string') ids.add(field);
		else collectCustomIds(field, ids);
	}
}
