import matter from 'gray-matter';
import { Lexer } from 'marked';
import type { Token, Tokens } from 'marked';
import { z } from 'zod';
import { KnowledgeBuildError } from './issues.js';

export interface ArticleSection {
	readonly heading: string;
	readonly depth: number;
	/** 1-based line of the heading in the file. */
	readonly line: number;
	/** N of a "Step N…" heading, else null. */
	readonly step: number | null;
	/** Block-level Markdown (paragraphs, lists, quotes, code), trimmed. */
	readonly blocks: readonly string[];
}

export interface ArticleFrontMatter {
	readonly title: string;
	readonly author: string;
	readonly date: string;
	readonly source: string | null;
}

export interface ParsedArticle {
	readonly file: string;
	readonly frontMatter: ArticleFrontMatter;
	/** Text before the first heading, and the line it starts on. */
	readonly preamble: { readonly line: number; readonly blocks: readonly string[] };
	readonly sections: readonly ArticleSection[];
}

const isoDate = z.union([z.iso.date(), z.date().transform((date) => date.toISOString().slice(0, 10))]);

const FrontMatterSchema = z.object({
	title: z.string().trim().min(1),
	author: z.string().trim().min(1),
	date: isoDate,
	source: z.url().optional(),
});

const STEP_HEADING = /^step\s+(\d+)\b/i;
const TEXT_BLOCKS = new Set(['paragraph', 'list', 'blockquote', 'code', 'table']);

export function parseArticle(file: string, rawText: string): ParsedArticle {
	const text = rawText.replace(/\r\n?/g, '\n');
	let parsed: matter.GrayMatterFile<string>;
	try {
		// Passing options (even empty) turns off gray-matter's module-level cache.
		parsed = matter(text, {});
	} catch (error) {
		const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
		throw new KnowledgeBuildError([{ file, line: 1, message: `invalid front matter: ${reason ?? ''}` }]);
	}
	const frontMatter = FrontMatterSchema.safeParse(parsed.data);
	if (!frontMatter.success) {
		const issues = frontMatter.error.issues.map((issue) => ({
			file,
			line: 1,
			message: `front matter field "${issue.path.join('.')}": ${issue.message}`,
		}));
		throw new KnowledgeBuildError(issues);
	}
	const bodyStartLine = countNewlines(text.slice(0, text.length - parsed.content.length)) + 1;
	return {
		file,
		frontMatter: { ...frontMatter.data, source: frontMatter.data.source ?? null },
		...cutSections(new Lexer().lex(parsed.content), bodyStartLine),
	};
}

function cutSections(tokens: readonly Token[], firstLine: number): Pick<ParsedArticle, 'preamble' | 'sections'> {
	const preamble: string[] = [];
	const sections: { heading: string; depth: number; line: number; step: number | null; blocks: string[] }[] = [];
	let line = firstLine;
	for (const token of tokens) {
		if (isHeading(token)) {
			const heading = token.text.trim();
			const step = STEP_HEADING.exec(heading)?.[1];
			sections.push({ heading, depth: token.depth, line, step: step ? Number(step) : null, blocks: [] });
		} else if (TEXT_BLOCKS.has(token.type) && token.raw.trim() !== '') {
			(sections.at(-1)?.blocks ?? preamble).push(token.raw.trim());
		}
		line += countNewlines(token.raw);
	}
	return { preamble: { line: firstLine, blocks: preamble }, sections };
}

// marked's Token union includes a generic `{ type: string }` member, so `type === 'heading'` alone does not narrow.
function isHeading(token: Token): token is Tokens.Heading {
	return token.type === 'heading';
}

function countNewlines(text: string): number {
	let count = 0;
	for (const char of text) if (char === '\n') count += 1;
	return count;
}
