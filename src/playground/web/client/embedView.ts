import type { MentionNames } from '../../markup/index.js';
import type { WireAttachment, WireEmbed } from '../protocol.js';
import { el, hexColour, safeUrl } from './dom.js';
import { renderInlineMarkup, renderMarkup } from './markupView.js';

const DEFAULT_BAR = 0x1e1f22;

/** An embed as Discord draws it: colour bar, author, title, description, fields (inline ones side by side), image, footer. */
export function renderEmbed(
	embed: WireEmbed,
	attachments: readonly WireAttachment[],
	names: MentionNames,
	now: Date,
): HTMLElement {
	const titleUrl = safeUrl(embed.url);
	const title = embed.title === undefined ? undefined : renderInlineMarkup(embed.title, names, now);
	const image = imageUrl(embed.image?.url, attachments);
	const thumbnail = imageUrl(embed.thumbnail?.url, attachments);
	const footerParts = [embed.footer?.text, embed.timestamp ? formatFooterTime(embed.timestamp) : undefined].filter(
		(part): part is string => part !== undefined && part !== '',
	);
	return el(
		'article',
		{ className: 'embed', style: `border-left-color: ${hexColour(embed.color ?? DEFAULT_BAR)}` },
		el(
			'div',
			{ className: 'embed-body' },
			embed.author && el('div', { className: 'embed-author' }, embed.author.name),
			title &&
				el(
					'div',
					{ className: 'embed-title' },
					titleUrl ? el('a', { href: titleUrl, target: '_blank', rel: 'noopener noreferrer' }, title) : title,
				),
			embed.description !== undefined &&
				el('div', { className: 'embed-description' }, renderMarkup(embed.description, names, now)),
			embed.fields &&
				embed.fields.length > 0 &&
				el(
					'div',
					{ className: 'embed-fields' },
					...embed.fields.map((field) =>
						el(
							'div',
							{ className: field.inline ? 'embed-field inline' : 'embed-field' },
							el('div', { className: 'embed-field-name' }, renderInlineMarkup(field.name, names, now)),
							el('div', { className: 'embed-field-value' }, renderMarkup(field.value, names, now)),
						),
					),
				),
			image && el('img', { className: 'embed-image', src: image, alt: '', loading: 'lazy' }),
			footerParts.length > 0 && el('div', { className: 'embed-footer' }, footerParts.join(' • ')),
		),
		thumbnail && el('img', { className: 'embed-thumbnail', src: thumbnail, alt: '' }),
	);
}

/** `attachment://chart.png` names one of the message's files; other images must be http(s). */
export function imageUrl(url: string | undefined, attachments: readonly WireAttachment[]): string | undefined {
	if (url?.startsWith('attachment://')) {
		const filename = url.slice('attachment://'.length);
		return safeUrl(attachments.find((attachment) => attachment.filename === filename)?.url);
	}
	return safeUrl(url);
}

function formatFooterTime(iso: string): string | undefined {
	const date = new Date(iso);
	if (Number.isNaN(date.getTime())) return undefined;
	return `${date.toISOString().slice(0, 10)} ${date.toISOString().slice(11, 16)} UTC`;
}
