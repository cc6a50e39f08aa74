import type { APIEmbed } from 'discord.js';
import { expect } from 'vitest';
import { embedLength } from '../../../src/render/limits.js';

/** Asserts Discord's embed limits, computed here independently of the renderer's own budget. */
export function expectEmbedWithinLimits(embed: APIEmbed): void {
	expect(embed.title?.length ?? 0).toBeLessThanOrEqual(256);
	expect(embed.description?.length ?? 0).toBeLessThanOrEqual(4096);
	expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(2048);
	const fields = embed.fields ?? [];
	expect(fields.length).toBeLessThanOrEqual(25);
	for (const field of fields) {
		expect(field.name.length).toBeGreaterThan(0);
		expect(field.name.length).toBeLessThanOrEqual(256);
		expect(field.value.length).toBeGreaterThan(0);
		expect(field.value.length).toBeLessThanOrEqual(1024);
	}
	const total =
		(embed.title?.length ?? 0) +
		(embed.description?.length ?? 0) +
		(embed.footer?.text.length ?? 0) +
		(embed.author?.name.length ?? 0) +
		fields.reduce((sum, field) => sum + field.name.length + field.value.length, 0);
	expect(total).toBe(embedLength(embed));
	expect(total).toBeLessThanOrEqual(6000);
}
