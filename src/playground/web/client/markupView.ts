import {
	formatTimestamp,
	mentionLabel,
	parseDiscordMarkup,
	type MarkupBlock,
	type MarkupInline,
	type MentionNames,
} from '../../markup/index.js';
import { el, safeUrl, type Child } from './dom.js';

/** Discord markup as DOM nodes built from the shared tree: text is always a text node. */
export function renderMarkup(text: string, names: MentionNames, now: Date): HTMLElement {
	return el('div', { className: 'markup' }, ...parseDiscordMarkup(text).map((block) => renderBlock(block, names, now)));
}

/** One line of inline markup (embed titles, field names): blocks flattened into a span. */
export function renderInlineMarkup(text: string, names: MentionNames, now: Date): HTMLElement {
	const blocks = parseDiscordMarkup(text);
	const children = blocks.flatMap((block, index): Child[] => [
		index > 0 ? el('br') : null,
		...(block.kind === 'list' || block.kind === 'codeBlock'
			? [renderBlock(block, names, now)]
			: inlines(block.children, names, now)),
	]);
	return el('span', { className: 'markup-inline' }, ...children);
}

function renderBlock(block: MarkupBlock, names: MentionNames, now: Date): HTMLElement {
	switch (block.kind) {
		case 'paragraph':
			return el('p', {}, ...inlines(block.children, names, now));
		case 'heading1':
			return el('h1', {}, ...inlines(block.children, names, now));
		case 'heading2':
			return el('h2', {}, ...inlines(block.children, names, now));
		case 'heading3':
			return el('h3', {}, ...inlines(block.children, names, now));
		case 'small':
			return el('small', { className: 'subtext' }, ...inlines(block.children, names, now));
		case 'quote':
			return el('blockquote', {}, ...inlines(block.children, names, now));
		case 'list':
			return el(
				block.ordered ? 'ol' : 'ul',
				{},
				...block.items.map((item) => el('li', {}, ...inlines(item, names, now))),
			);
		case 'codeBlock':
			return el('pre', {}, el('code', {}, block.text));
	}
}

function inlines(children: readonly MarkupInline[], names: MentionNames, now: Date): Child[] {
	return children.map((child) => renderInline(child, names, now));
}

function renderInline(inline: MarkupInline, names: MentionNames, now: Date): Child {
	switch (inline.kind) {
		case 'text':
			return inline.text;
		case 'bold':
			return el('strong', {}, ...inlines(inline.children, names, now));
		case 'italic':
			return el('em', {}, ...inlines(inline.children, names, now));
		case 'underline':
			return el('u', {}, ...inlines(inline.children, names, now));
		case 'strike':
			return el('s', {}, ...inlines(inline.children, names, now));
		case 'spoiler':
			return el(
				'span',
				{ className: 'spoiler', title: 'Spoiler: click to show', onclick: revealSpoiler },
				...inlines(inline.children, names, now),
			);
		case 'code':
			return el('code', {}, inline.text);
		case 'link': {
			const href = safeUrl(inline.href);
			const label = inlines(inline.children, names, now);
			if (!href) return el('span', {}, ...label);
			return el('a', { href, target: '_blank', rel: 'noopener noreferrer nofollow' }, ...label);
		}
		case 'timestamp':
			// data-unix and data-style let liveTimes.ts refresh it every few seconds.
			return el(
				'time',
				{
					className: 'timestamp',
					'data-unix': String(inline.unixSeconds),
					'data-style': inline.style,
					datetime: new Date(inline.unixSeconds * 1000).toISOString(),
					title: formatTimestamp(inline.unixSeconds, 'F', now),
				},
				formatTimestamp(inline.unixSeconds, inline.style, now),
			);
		case 'mention':
			return el('span', { className: 'mention' }, mentionLabel(inline, names));
		case 'lineBreak':
			return el('br');
	}
}

function revealSpoiler(event: Event): void {
	if (event.currentTarget instanceof HTMLElement) event.currentTarget.classList.add('revealed');
}
