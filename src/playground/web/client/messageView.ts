import type { MentionNames } from '../../markup/index.js';
import type { ShownMessage } from './store.js';
import type { ComponentActions } from './componentsView.js';
import { renderComponents } from './componentsView.js';
import { el } from './dom.js';
import { imageUrl, renderEmbed } from './embedView.js';
import { renderMarkup } from './markupView.js';

export interface MessageContext {
	readonly names: MentionNames;
	readonly botName: string;
	readonly actionsFor: (message: ShownMessage) => ComponentActions;
}

/** One message as Discord shows it: who it answers, the bot's name and time, text, embeds, files, controls. */
export function renderMessage(message: ShownMessage, context: MessageContext): HTMLElement {
	const now = new Date();
	const author = message.local ? 'Discord' : context.botName;
	return el(
		'li',
		{
			className: `message${message.ephemeral ? ' ephemeral' : ''}${message.local ? ' local' : ''}`,
			'data-message-id': message.id,
		},
		message.invokedBy &&
			el(
				'div',
				{ className: 'reply-bar' },
				el('span', { className: 'reply-user' }, `@${message.invokedBy.userName}`),
				` ${message.invokedBy.label.startsWith('/') ? `used ${message.invokedBy.label}` : message.invokedBy.label}`,
			),
		el('div', { className: 'avatar', 'aria-hidden': 'true' }, author.slice(0, 1).toUpperCase()),
		el(
			'div',
			{ className: 'message-main' },
			el(
				'div',
				{ className: 'message-header' },
				el('span', { className: 'author' }, author),
				el('span', { className: 'bot-tag' }, message.local ? 'SYSTEM' : 'APP'),
				el(
					'time',
					{ className: 'sent-at', datetime: new Date(message.createdAt).toISOString() },
					clock(message.createdAt),
				),
			),
			message.loading
				? el('div', { className: 'thinking' }, `${context.botName} is thinking…`)
				: renderContent(message, context.names, now),
			...message.embeds.map((embed) => renderEmbed(embed, message.attachments, context.names, now)),
			...message.attachments
				.filter(
					(attachment) => !message.embeds.some((embed) => embed.image?.url === `attachment://${attachment.filename}`),
				)
				.map((attachment) => {
					const url = imageUrl(attachment.url, []);
					if (url && attachment.contentType?.startsWith('image/')) {
						return el('img', {
							className: 'attachment-image',
							src: url,
							alt: attachment.description ?? attachment.filename,
						});
					}
					return el(
						'a',
						{ className: 'attachment-file', href: url, download: attachment.filename },
						`${attachment.filename} (${Math.max(1, Math.round(attachment.size / 1024))} KB)`,
					);
				}),
			renderComponents(message.components, context.actionsFor(message)),
			message.ephemeral && el('div', { className: 'ephemeral-note' }, 'Only you can see this'),
		),
	);
}

/** The text, with Discord's "(edited)" at the end of its last line; an edited message with no text shows nothing. */
function renderContent(message: ShownMessage, names: MentionNames, now: Date): HTMLElement | undefined {
	if (message.content === '') return undefined;
	const markup = renderMarkup(message.content, names, now);
	if (message.edited) (markup.lastElementChild ?? markup).append(' ', el('span', { className: 'edited' }, '(edited)'));
	return markup;
}

function clock(at: number): string {
	const date = new Date(at);
	return `Today at ${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
}
