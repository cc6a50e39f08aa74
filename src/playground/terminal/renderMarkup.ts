import {
	formatTimestamp,
	mentionLabel,
	parseDiscordMarkup,
	type MarkupBlock,
	type MarkupInline,
} from '../markup/index.js';
import { paint, type TerminalStyle } from './terminalStyle.js';

/** Discord markup as terminal text, from the tree both playgrounds share: readable times, names, styles. */
export function renderMarkup(text: string, style: TerminalStyle): string {
	return parseDiscordMarkup(text)
		.map((block) => renderBlock(block, style))
		.join('\n');
}

function renderBlock(block: MarkupBlock, style: TerminalStyle): string {
	switch (block.kind) {
		case 'paragraph':
			return inline(block.children, style);
		case 'heading1':
		case 'heading2':
		case 'heading3':
			return paint(style, 'bold', inline(block.children, style));
		case 'small':
			return paint(style, 'dim', inline(block.children, style));
		case 'quote':
			return inline(block.children, style)
				.split('\n')
				.map((line) => `${paint(style, 'dim', '▎')} ${line}`)
				.join('\n');
		case 'list':
			return block.items
				.map((item, index) => `${block.ordered ? `${index + 1}.` : '•'} ${inline(item, style)}`)
				.join('\n');
		case 'codeBlock':
			return block.text
				.split('\n')
				.map((line) => `  ${paint(style, 'cyan', line)}`)
				.join('\n');
	}
}

function inline(nodes: readonly MarkupInline[], style: TerminalStyle): string {
	return nodes.map((node) => inlineNode(node, style)).join('');
}

function inlineNode(node: MarkupInline, style: TerminalStyle): string {
	switch (node.kind) {
		case 'text':
			return node.text;
		case 'bold':
		case 'italic':
		case 'underline':
		case 'strike':
			return paint(style, node.kind, inline(node.children, style));
		case 'spoiler':
			return style.ansi
				? paint(style, 'inverse', inline(node.children, style))
				: `[spoiler: ${inline(node.children, style)}]`;
		case 'code':
			return style.ansi ? paint(style, 'cyan', node.text) : `\`${node.text}\``;
		case 'link': {
			const label = inline(node.children, style);
			const shown = paint(style, 'underline', label);
			return label === node.href ? shown : `${shown} (${node.href})`;
		}
		case 'timestamp': {
			const when = formatTimestamp(node.unixSeconds, node.style, style.now());
			return node.style === 'R' ? when : `${when} UTC`;
		}
		case 'mention':
			return paint(style, 'blue', mentionLabel(node, style.names));
		case 'lineBreak':
			return '\n';
	}
}
