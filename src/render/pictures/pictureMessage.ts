import { AttachmentBuilder, EmbedBuilder, type APIEmbed } from 'discord.js';
import { LIMITS, truncate } from '../limits.js';
import type { Picture } from './picture.js';

export interface PicturePayload {
	readonly embeds: EmbedBuilder[];
	readonly files: AttachmentBuilder[];
	readonly allowedMentions: { readonly parse: [] };
}

/** Discord's limit for an attachment's description (alt text). */
const DESCRIPTION_LIMIT = 1024;

/** The PNG as an attachment with its description; embeds show it by `attachment://<filename>`. */
export function pictureFile(picture: Picture): AttachmentBuilder {
	return new AttachmentBuilder(picture.png, {
		name: picture.filename,
		description: truncate(picture.description, DESCRIPTION_LIMIT),
	});
}

/** An existing embed (a topic card, the pipeline) with the picture as its image: no characters added to the 6000. */
export function withPicture(embed: APIEmbed, picture: Picture): PicturePayload {
	return {
		embeds: [new EmbedBuilder({ ...embed, image: { url: `attachment://${picture.filename}` } })],
		files: [pictureFile(picture)],
		allowedMentions: { parse: [] },
	};
}

/** A message of its own for a picture (the /compare chart, a stage's place in the pipeline). */
export function pictureMessage(title: string, picture: Picture, footer?: string): PicturePayload {
	return withPicture(
		{
			title: truncate(title, LIMITS.embedTitle),
			...(footer === undefined ? {} : { footer: { text: truncate(footer, LIMITS.footer) } }),
		},
		picture,
	);
}
