import { describe, expect, it } from 'vitest';
import { parseDiscordMarkup, type MarkupInline } from '../../../../src/playground/markup/index.js';

const paragraph = (children: MarkupInline[]) => [{ kind: 'paragraph', children }];
const text = (value: string): MarkupInline => ({ kind: 'text', text: value });

describe('parseDiscordMarkup', () => {
	it('reads bold, italic (both markers), underline, strike and spoiler', () => {
		expect(parseDiscordMarkup('**b** *i* _j_ __u__ ~~s~~ ||secret||')).toEqual(
			paragraph([
				{ kind: 'bold', children: [text('b')] },
				text(' '),
				{ kind: 'italic', children: [text('i')] },
				text(' '),
				{ kind: 'italic', children: [text('j')] },
				text(' '),
				{ kind: 'underline', children: [text('u')] },
				text(' '),
				{ kind: 'strike', children: [text('s')] },
				text(' '),
				{ kind: 'spoiler', children: [text('secret')] },
			]),
		);
	});

	it('nests styles and leaves a single tilde and intraword underscores alone', () => {
		expect(parseDiscordMarkup('**bold _and italic_** ~x~ snake_case_name')).toEqual(
			paragraph([
				{ kind: 'bold', children: [text('bold '), { kind: 'italic', children: [text('and italic')] }] },
				text(' ~x~ snake_case_name'),
			]),
		);
	});

	it('keeps inline code and code blocks verbatim, with the language', () => {
		expect(parseDiscordMarkup('run `**npm** <b>` now')).toEqual(
			paragraph([text('run '), { kind: 'code', text: '**npm** <b>' }, text(' now')]),
		);
		expect(parseDiscordMarkup('```ts\nconst a = **1**;\n```')).toEqual([
			{ kind: 'codeBlock', text: 'const a = **1**;', language: 'ts' },
		]);
		expect(parseDiscordMarkup('```\nplain\n```')).toEqual([{ kind: 'codeBlock', text: 'plain' }]);
	});

	it('reads three heading levels; deeper ones are text as in Discord', () => {
		expect(parseDiscordMarkup('# One\n## Two\n### Three\n#### Four')).toEqual([
			{ kind: 'heading1', children: [text('One')] },
			{ kind: 'heading2', children: [text('Two')] },
			{ kind: 'heading3', children: [text('Three')] },
			{ kind: 'paragraph', children: [text('#### Four')] },
		]);
	});

	it('reads -# lines as small print, even right after a paragraph line', () => {
		expect(parseDiscordMarkup('Answer\n-# from **R1** notes')).toEqual([
			{ kind: 'paragraph', children: [text('Answer')] },
			{ kind: 'small', children: [text('from '), { kind: 'bold', children: [text('R1')] }, text(' notes')] },
		]);
	});

	it('reads > quotes and >>> quotes that run to the end', () => {
		expect(parseDiscordMarkup('> quoted *line*')).toEqual([
			{ kind: 'quote', children: [text('quoted '), { kind: 'italic', children: [text('line')] }] },
		]);
		expect(parseDiscordMarkup('intro\n>>> one\n\ntwo')).toEqual([
			{ kind: 'paragraph', children: [text('intro')] },
			{ kind: 'quote', children: [text('one'), { kind: 'lineBreak' }, text('two')] },
		]);
	});

	it('reads bullet and numbered lists', () => {
		expect(parseDiscordMarkup('- one\n- **two**')).toEqual([
			{ kind: 'list', ordered: false, items: [[text('one')], [{ kind: 'bold', children: [text('two')] }]] },
		]);
		expect(parseDiscordMarkup('1. first\n2. second')).toEqual([
			{ kind: 'list', ordered: true, items: [[text('first')], [text('second')]] },
		]);
	});

	it('keeps single newlines as line breaks', () => {
		expect(parseDiscordMarkup('a\nb')).toEqual(paragraph([text('a'), { kind: 'lineBreak' }, text('b')]));
	});

	it('reads masked links and bare URLs; a javascript: link stays text', () => {
		expect(parseDiscordMarkup('[paper](https://arxiv.org/abs/2501.12948) and https://example.com')).toEqual(
			paragraph([
				{ kind: 'link', href: 'https://arxiv.org/abs/2501.12948', children: [text('paper')] },
				text(' and '),
				{ kind: 'link', href: 'https://example.com', children: [text('https://example.com')] },
			]),
		);
		expect(parseDiscordMarkup('[x](javascript:alert(1))')).toEqual(paragraph([text('[x](javascript:alert(1))')]));
	});

	it('reads timestamps in every style, default f', () => {
		for (const style of ['t', 'T', 'd', 'D', 'f', 'F', 'R'] as const) {
			expect(parseDiscordMarkup(`ends <t:1796166141:${style}>`)).toEqual(
				paragraph([text('ends '), { kind: 'timestamp', unixSeconds: 1796166141, style }]),
			);
		}
		expect(parseDiscordMarkup('<t:1796166141>')).toEqual(
			paragraph([{ kind: 'timestamp', unixSeconds: 1796166141, style: 'f' }]),
		);
	});

	it('reads channel, user (both forms) and role mentions', () => {
		expect(parseDiscordMarkup('<#1577451977879584768> <@42> <@!43> <@&44>')).toEqual(
			paragraph([
				{ kind: 'mention', target: 'channel', id: '1577451977879584768' },
				text(' '),
				{ kind: 'mention', target: 'user', id: '42' },
				text(' '),
				{ kind: 'mention', target: 'user', id: '43' },
				text(' '),
				{ kind: 'mention', target: 'role', id: '44' },
			]),
		);
	});

	it('keeps raw HTML as plain text, inline and as a block', () => {
		expect(parseDiscordMarkup('what is <script>alert(1)</script>?')).toEqual(
			paragraph([text('what is <script>alert(1)</script>?')]),
		);
		expect(parseDiscordMarkup('<script>alert(1)</script>')).toEqual(paragraph([text('<script>alert(1)</script>')]));
		expect(parseDiscordMarkup('<img src=x onerror=alert(1)>')).toEqual(
			paragraph([text('<img src=x onerror=alert(1)>')]),
		);
	});

	it('shows Markdown that Discord does not render as it was typed', () => {
		expect(parseDiscordMarkup('    indented')).toEqual(paragraph([text('    indented')]));
		expect(parseDiscordMarkup('a | b\n--- | ---\n1 | 2')[0]?.kind).toBe('paragraph');
	});
});
