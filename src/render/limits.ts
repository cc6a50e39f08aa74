import type { APIEmbed } from 'discord.js';

/** Discord's message limits that our renderers must respect. */
export const LIMITS = Object.freeze({
	embedTitle: 256,
	embedDescription: 4096,
	embedFields: 25,
	fieldName: 256,
	fieldValue: 1024,
	footer: 2048,
	embedTotal: 6000,
	buttonLabel: 80,
	selectOptions: 25,
	selectLabel: 100,
	selectDescription: 100,
	choiceName: 100,
	choiceValue: 100,
});

/** Cuts at a word boundary and marks the cut with "…"; text within `max` is returned as is. */
export function truncate(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, Math.max(0, max - 1));
	const space = cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Blocks joined into as few texts of at most `max` characters as they fit in, in order (a block too long is cut). */
export function packWithin(blocks: readonly string[], separator: string, max: number): string[] {
	const packed: string[] = [];
	let text = '';
	for (const block of blocks) {
		const next = text === '' ? block : `${text}${separator}${block}`;
		if (next.length <= max) text = next;
		else {
			if (text !== '') packed.push(text);
			text = truncate(block, max);
		}
	}
	if (text !== '') packed.push(text);
	return packed;
}

/** Joins whole blocks while they fit in `max`; the first block that does not fit is truncated, the rest dropped. */
export function joinWithin(blocks: readonly string[], separator: string, max: number): string {
	let text = '';
	for (const block of blocks) {
		const next = text === '' ? block : `${text}${separator}${block}`;
		if (next.length <= max) {
			text = next;
			continue;
		}
		const room = max - (text === '' ? 0 : text.length + separator.length);
		// A stub of a few words reads worse than stopping at the previous block.
		if (room >= 80 || text === '')
			text = text === '' ? truncate(block, max) : `${text}${separator}${truncate(block, room)}`;
		break;
	}
	return text;
}

/** The characters Discord counts towards the 6000 total of an embed. */
export function embedLength(embed: APIEmbed): number {
	return (
		(embed.title?.length ?? 0) +
		(embed.description?.length ?? 0) +
		(embed.footer?.text.length ?? 0) +
		(embed.author?.name.length ?? 0) +
		(embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0)
	);
}
