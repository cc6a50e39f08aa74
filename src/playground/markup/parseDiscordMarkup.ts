import { Marked, type Token, type Tokens } from 'marked';
import { discordMarkdown } from './discordExtensions.js';
import type { MarkupBlock, MarkupInline, TimestampStyle } from './types.js';

const markdown = new Marked(discordMarkdown);
const SAFE_LINK = /^(?:https?:|mailto:)/i;

/** Discord-flavoured Markdown into our own tree; raw HTML in the source comes out as plain text. */
export function parseDiscordMarkup(text: string): MarkupBlock[] {
	return toBlocks(markdown.lexer(text));
}

function toBlocks(tokens: readonly Token[]): MarkupBlock[] {
	const blocks: MarkupBlock[] = [];
	for (const token of tokens) {
		const block = toBlock(token);
		if (block) blocks.push(block);
	}
	return blocks;
}

function toBlock(token: Token): MarkupBlock | undefined {
	switch (token.type) {
		case 'space':
			return undefined;
		case 'paragraph':
		case 'text':
			return { kind: 'paragraph', children: inlineOf(token) };
		case 'heading': {
			const { depth } = token as Tokens.Heading;
			if (depth > 3) return { kind: 'paragraph', children: [{ kind: 'text', text: token.raw.trim() }] };
			return { kind: depth === 1 ? 'heading1' : depth === 2 ? 'heading2' : 'heading3', children: inlineOf(token) };
		}
		case 'small':
			return { kind: 'small', children: inlineOf(token) };
		case 'blockquote':
		case 'multiLineQuote':
			return { kind: 'quote', children: flatten(token.tokens ?? []) };
		case 'list': {
			const list = token as Tokens.List;
			return { kind: 'list', ordered: list.ordered, items: list.items.map((item) => flatten(item.tokens)) };
		}
		case 'code': {
			const code = token as Tokens.Code;
			return code.lang
				? { kind: 'codeBlock', text: code.text, language: code.lang }
				: { kind: 'codeBlock', text: code.text };
		}
		default:
			return { kind: 'paragraph', children: [{ kind: 'text', text: token.raw.trim() }] };
	}
}

/** Blocks nested in a quote or a list item, as one run of inline nodes split by line breaks. */
function flatten(tokens: readonly Token[]): MarkupInline[] {
	const lines: MarkupInline[][] = [];
	for (const block of toBlocks(tokens)) {
		if (block.kind === 'list') {
			block.items.forEach((item, index) =>
				lines.push([{ kind: 'text', text: block.ordered ? `${index + 1}. ` : '• ' }, ...item]),
			);
		} else if (block.kind === 'codeBlock') {
			lines.push([{ kind: 'code', text: block.text }]);
		} else {
			lines.push(block.children);
		}
	}
	return merge(lines.flatMap((line, index) => (index === 0 ? line : [{ kind: 'lineBreak' as const }, ...line])));
}

function inlineOf(token: Token): MarkupInline[] {
	const children = (token as Tokens.Generic).tokens;
	if (children) return toInline(children);
	return [text('text' in token && typeof token.text === 'string' ? token.text : token.raw)];
}

function toInline(tokens: readonly Token[]): MarkupInline[] {
	return merge(tokens.flatMap(inlineNodes));
}

function inlineNodes(token: Token): MarkupInline[] {
	switch (token.type) {
		case 'text':
			return token.tokens ? toInline(token.tokens) : [{ kind: 'text', text: (token as Tokens.Text).text }];
		case 'escape':
			return [{ kind: 'text', text: (token as Tokens.Escape).text }];
		case 'strong':
			return [{ kind: token.raw.startsWith('__') ? 'underline' : 'bold', children: toInline(token.tokens ?? []) }];
		case 'em':
			return [{ kind: 'italic', children: toInline(token.tokens ?? []) }];
		case 'del':
			// Discord strikes `~~x~~` only; marked's GFM also takes `~x~`.
			if (!token.raw.startsWith('~~')) return [text('~'), ...toInline(token.tokens ?? []), text('~')];
			return [{ kind: 'strike', children: toInline(token.tokens ?? []) }];
		case 'spoiler':
			return [{ kind: 'spoiler', children: toInline(token.tokens ?? []) }];
		case 'codespan':
			return [{ kind: 'code', text: (token as Tokens.Codespan).text }];
		case 'br':
			return [{ kind: 'lineBreak' }];
		case 'link': {
			const link = token as Tokens.Link;
			if (!SAFE_LINK.test(link.href)) return [text(token.raw)];
			return [{ kind: 'link', href: link.href, children: toInline(link.tokens) }];
		}
		case 'discordTimestamp':
			return [
				{ kind: 'timestamp', unixSeconds: Number(token['unixSeconds']), style: token['style'] as TimestampStyle },
			];
		case 'discordMention':
			return [{ kind: 'mention', target: token['target'] as 'user' | 'channel' | 'role', id: String(token['id']) }];
		default:
			return [text(token.raw)];
	}
}

function text(value: string): MarkupInline {
	return { kind: 'text', text: value };
}

/** Adjacent text nodes joined (marked splits text at every character that might start a token). */
function merge(nodes: readonly MarkupInline[]): MarkupInline[] {
	const merged: MarkupInline[] = [];
	for (const node of nodes) {
		const last = merged.at(-1);
		if (node.kind === 'text' && last?.kind === 'text') merged[merged.length - 1] = text(last.text + node.text);
		else if (node.kind !== 'text' || node.text !== '') merged.push(node);
	}
	return merged;
}
