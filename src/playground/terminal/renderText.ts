import { ButtonStyle, ComponentType, type APIEmbed, type APIMessageTopLevelComponent } from 'discord.js';
import { renderMarkup } from './renderMarkup.js';
import { paint, type TerminalStyle } from './terminalStyle.js';

export interface RenderableMessage {
	readonly content: string;
	readonly embeds: readonly APIEmbed[];
	readonly components: readonly APIMessageTopLevelComponent[];
	readonly ephemeral: boolean;
	readonly attachments?: readonly { readonly filename: string; readonly size: number }[];
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
export function renderMessageText(message: RenderableMessage, style: TerminalStyle, firstNumber = 1): RenderedMessage {
	const lines: string[] = [];
	if (message.ephemeral) lines.push(paint(style, 'dim', '(only you can see this)'));
	if (message.content) lines.push(renderMarkup(message.content, style));
	for (const embed of message.embeds) lines.push(...renderEmbed(embed, style));
	for (const attachment of message.attachments ?? []) {
		lines.push(`📎 ${attachment.filename} (${formatBytes(attachment.size)})`);
	}
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

function renderEmbed(embed: APIEmbed, style: TerminalStyle): string[] {
	const lines: string[] = [];
	const markup = (text: string) => renderMarkup(text, style);
	const bold = (text: string) => paint(style, 'bold', text);
	if (embed.author?.name) lines.push(`│ ${embed.author.name}`);
	if (embed.title) lines.push(`│ ${bold(markup(embed.title))}${embed.url ? ` <${embed.url}>` : ''}`);
	if (embed.description) lines.push(...prefix(markup(embed.description)));
	for (const field of embed.fields ?? []) {
		const value = markup(field.value);
		if (field.inline && !value.includes('\n')) {
			lines.push(`│ ${bold(`${markup(field.name)}:`)} ${value}`);
		} else {
			lines.push(`│ ${bold(markup(field.name))}`);
			lines.push(...prefix(value, '│   '));
		}
	}
	const image = embed.image?.url;
	if (image)
		lines.push(
			`│ 🖼 ${image.startsWith('attachment://') ? `${image.slice('attachment://'.length)} (attached)` : image}`,
		);
	// Footers are plain text in Discord: no markup there.
	if (embed.footer?.text) lines.push(...prefix(paint(style, 'dim', embed.footer.text), '│ — '));
	return lines;
}

function formatBytes(size: number): string {
	if (size < 1024) return `${size} byte${size === 1 ? '' : 's'}`;
	return size < 1024 * 1024 ? `${(size / 1024).toFixed(1)} KB` : `${(size / 1024 / 1024).toFixed(1)} MB`;
}

function prefix(text: string, marker = '│ '): string[] {
	return text.split('\n').map((line) => `${marker}${line}`);
}

export function letter(index: number): string {
	return String.fromCharCode(97 + index);
}
