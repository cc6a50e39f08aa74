import { MessageFlags, type RepliableInteraction } from 'discord.js';
import { replyData, replyNow, type BuiltReply } from './preparedReply.js';

/** Discord drops an interaction not answered within 3 s; defer well before that. */
const DEFAULT_DEFER_AFTER_MS = 1_500;

export interface SlowGuard {
	/** Stops the timer; resolves once a defer that already started has gone out. */
	settle(): Promise<void>;
}

/**
 * Answering in the first callback is cheapest (follow-up requests share a 50/s budget), so only defer when the
 * work is slow enough to endanger Discord's 3-second window.
 */
export function deferIfSlow(
	interaction: RepliableInteraction,
	options: { readonly ephemeral: boolean; readonly afterMs?: number },
): SlowGuard {
	let deferring: Promise<unknown> | undefined;
	const timer = setTimeout(() => {
		deferring = interaction.deferReply(options.ephemeral ? { flags: MessageFlags.Ephemeral } : {});
	}, options.afterMs ?? DEFAULT_DEFER_AFTER_MS);
	return {
		async settle() {
			clearTimeout(timer);
			await deferring;
		},
	};
}

/** Sends the answer as the first reply (serialised by us, see replyNow), or as the edit of a deferred one. */
export async function replyOrEdit(
	interaction: RepliableInteraction,
	payload: BuiltReply,
	options: { readonly ephemeral: boolean },
): Promise<void> {
	const data = replyData(payload, options);
	if (interaction.deferred) {
		const { content, embeds, components } = data;
		await interaction.editReply({
			...(content === undefined ? {} : { content }),
			...(embeds ? { embeds } : {}),
			...(components ? { components } : {}),
			allowedMentions: { parse: [] },
		});
	} else await replyNow(interaction, data);
}
