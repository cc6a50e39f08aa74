import type { MarkedExtension, TokenizerExtension, Tokens } from 'marked';

/** Discord's own inline syntax: `<t:UNIX:STYLE>`, `<@id>`, `<@!id>`, `<#id>`, `<@&id>`, `</command:id>`. */
const discordTag: TokenizerExtension = {
	name: 'discordTag',
	level: 'inline',
	start: (src) => src.search(/<(?:t:-?\d|#\d|@[!&]?\d|\/[\w -]+:\d)/),
	tokenizer(src) {
		const timestamp = /^<t:(-?\d{1,13})(?::([tTdDfFR]))?>/.exec(src);
		if (timestamp) {
			return {
				type: 'discordTimestamp',
				raw: timestamp[0],
				unixSeconds: Number(timestamp[1]),
				style: timestamp[2] ?? 'f',
			};
		}
		const mention = /^<(#|@&|@!?)(\d{1,20})>/.exec(src);
		if (mention) {
			const target = mention[1] === '#' ? 'channel' : mention[1] === '@&' ? 'role' : 'user';
			return { type: 'discordMention', raw: mention[0], target, id: mention[2] };
		}
		const command = /^<\/([\w -]+):\d{1,20}>/.exec(src);
		if (command) return { type: 'text', raw: command[0], text: `/${command[1] ?? ''}`, escaped: false };
		return undefined;
	},
};

const spoiler: TokenizerExtension = {
	name: 'spoiler',
	level: 'inline',
	start: (src) => src.indexOf('||'),
	tokenizer(src) {
		const match = /^\|\|([\s\S]+?)\|\|/.exec(src);
		if (!match) return undefined;
		return { type: 'spoiler', raw: match[0], tokens: this.lexer.inlineTokens(match[1] ?? '') };
	},
};

/** `-# text`: Discord's subtext line. */
const small: TokenizerExtension = {
	name: 'small',
	level: 'block',
	start: (src) => /^-# /m.exec(src)?.index,
	tokenizer(src) {
		const match = /^-# +([^\n]*)(?:\n|$)/.exec(src);
		if (!match) return undefined;
		const token: Tokens.Generic = { type: 'small', raw: match[0], tokens: [] };
		this.lexer.inline(match[1] ?? '', token.tokens);
		return token;
	},
};

/** `>>> ` quotes everything after it, to the end of the message. */
const multiLineQuote: TokenizerExtension = {
	name: 'multiLineQuote',
	level: 'block',
	start: (src) => /^>>> /m.exec(src)?.index,
	tokenizer(src) {
		const match = /^>>> ([\s\S]*)$/.exec(src);
		if (!match) return undefined;
		return { type: 'multiLineQuote', raw: match[0], tokens: this.lexer.blockTokens(match[1] ?? '') };
	},
};

/**
 * Discord's dialect: its own tags and spoilers, no raw HTML (kept as text), and none of the Markdown
 * Discord does not render (indented code, tables, setext headings, rules, link definitions).
 */
export const discordMarkdown: MarkedExtension = {
	gfm: true,
	breaks: true,
	extensions: [discordTag, spoiler, small, multiLineQuote],
	tokenizer: {
		html: () => undefined,
		tag: () => undefined,
		code: () => undefined,
		table: () => undefined,
		lheading: () => undefined,
		hr: () => undefined,
		def: () => undefined,
	},
};
