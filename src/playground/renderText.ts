import { ButtonStyle, ComponentType, type APIEmbed, type APIMessageTopLevelComponent } from 'discord.js';

export interface RenderableMessage {
	readonly content: string;
	readonly embeds: readonly APIEmbed[];
	readonly components: readonly APIMessageTopLevelComponent[];
	readonly ephemeral: boolean;
}

/** A control the person can use by typing its number. */
export type Control =
	| { readonly kind: 'button'; readonly number: number; readonly customId: string; readonly label: string }
	| {
			readonly kind: 'select';
			readonly number: number;
			readonly customId: string;
			readonly placeholder: string;
			readonly options: readonly { readonly label: string; readonly value: string }[];
	  };

export interface RenderedMessage {
	readonly text: string;
	readonly controls: readonly Control[];
}

/** Turns a Discord message into terminal text, numbering buttons and menus from `firstNumber`. */
export function renderMessageText(message: RenderableMessage, firstNumber = 1): RenderedMessage {
	const lines: string[] = [];
	if (message.ephemeral) lines.push('(only you can see this)');
	if (message.content) lines.push(message.content);
	for (const embed of message.embeds) lines.push(...renderEmbed(embed));
	const controls: Control[] = [];
	for (const row of message.components) {
		if (row.type !== ComponentType.ActionRow) continue;
		const parts: string[] = [];
		for (const component of row.components) {
			const number = firstNumber + controls.length;
			if (component.type === ComponentType.Button) {
				if (component.style === ButtonStyle.Link) {
					parts.push(`[${component.label ?? 'link'}](${component.url})`);
				} else if (component.style !== ButtonStyle.Premium) {
					const label = component.label ?? component.emoji?.name ?? 'button';
					controls.push({ kind: 'button', number, customId: component.custom_id, label });
					parts.push(`[${number}] ${label}${component.disabled ? ' (disabled)' : ''}`);
				}
			} else if (component.type === ComponentType.StringSelect) {
				const options = component.options.map((option) => ({ label: option.label, value: option.value }));
				controls.push({
					kind: 'select',
					number,
					customId: component.custom_id,
					placeholder: component.placeholder ?? 'Choose',
					options,
				});
				parts.push(
					`[${number}] ▾ ${component.placeholder ?? 'Choose'}: ${options.map((option, i) => `${letter(i)}) ${option.label}`).join('  ')}`,
				);
			}
		}
		if (parts.length) lines.push(parts.join('   '));
	}
	return { text: lines.join('\n'), controls };
}

function renderEmbed(embed: APIEmbed): string[] {
	const lines: string[] = [];
	if (embed.author?.name) lines.push(`│ ${embed.author.name}`);
	if (embed.title) lines.push(`│ ${bold(embed.title)}${embed.url ? ` <${embed.url}>` : ''}`);
	if (embed.description) lines.push(...prefix(embed.description));
	for (const field of embed.fields ?? []) {
		if (field.inline && !field.value.includes('\n')) {
			lines.push(`│ ${bold(`${field.name}:`)} ${field.value}`);
		} else {
			lines.push(`│ ${bold(field.name)}`);
			lines.push(...prefix(field.value, '│   '));
		}
	}
	if (embed.footer?.text) lines.push(...prefix(embed.footer.text, '│ — '));
	return lines;
}

function prefix(text: string, marker = '│ '): string[] {
	return text.split('\n').map((line) => `${marker}${line}`);
}

function bold(text: string): string {
	return `**${text}**`;
}

export function letter(index: number): string {
	return String.fromCharCode(97 + index);
}
