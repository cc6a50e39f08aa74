import { MessageFlags, type MessageComponentInteraction, type RepliableInteraction } from 'discord.js';
import type { Logger } from 'pino';
import type { Picture } from './picture.js';
import type { PicturePayload } from './pictureMessage.js';

/** Past this the reply is deferred: Discord drops an interaction not answered within 3 s. */
const DEFER_AFTER_MS = 1_200;

export interface PictureReply {
	readonly picture: Promise<Picture>;
	readonly message: (picture: Picture) => PicturePayload;
	/** Sent instead when drawing fails (the text still answers; the failure is logged). */
	readonly fallback: () => { content: string } | Omit<PicturePayload, 'files'>;
	readonly ephemeral: boolean;
}

/**
 * Replies with a picture: at once when it is ready (memoised) or renders quickly, else after a deferred reply once
 * it is drawn. A picture that fails to draw never costs the answer: the fallback goes out and the error is logged.
 */
export async function replyWithPicture(
	interaction: RepliableInteraction | MessageComponentInteraction,
	reply: PictureReply,
	log: Logger,
): Promise<void> {
	const flags = reply.ephemeral ? { flags: MessageFlags.Ephemeral as const } : {};
	let timer: NodeJS.Timeout | undefined;
	const late = new Promise<'late'>((resolve) => {
		timer = setTimeout(() => {
			resolve('late');
		}, DEFER_AFTER_MS);
	});
	const drawn = reply.picture.then(
		(picture) => ({ picture }),
		(error: unknown) => ({ error }),
	);
	const first = await Promise.race([drawn, late]);
	clearTimeout(timer);
	if (first === 'late') await interaction.deferReply(flags);
	const outcome = first === 'late' ? await drawn : first;
	if ('error' in outcome) log.warn({ err: outcome.error }, 'picture failed to render; sent the text instead');
	const payload = {
		...('picture' in outcome ? reply.message(outcome.picture) : reply.fallback()),
		allowedMentions: { parse: [] as [] },
	};
	if (interaction.deferred) await interaction.editReply(payload);
	else await interaction.reply({ ...payload, ...flags });
}
