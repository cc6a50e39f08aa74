import { foldKey } from '../fold.js';
import type { SourceInfo, Topic } from '../types.js';
import type { BuildIssue } from './issues.js';
import type { ArticleSection, ParsedArticle } from './parseArticle.js';

/** Names already used by other topics and sources, so an ingested article cannot shadow them. */
export interface TakenNames {
	readonly ids: Set<string>;
	/** Folded id/title/alias → owning topic id. */
	readonly keys: Map<string, string>;
	readonly sourceKeys: Set<string>;
}

const MAX_SLUG_LENGTH = 60;
const MAX_SUMMARY_LENGTH = 280;

/** Turns every non-empty section of an extra article into an `article-section` topic. */
export function articleToTopics(
	article: ParsedArticle,
	originName: string,
	taken: TakenNames,
): { source: SourceInfo; topics: Topic[]; issues: BuildIssue[] } {
	const { frontMatter } = article;
	const slug = slugify(originName.replace(/\.md$/i, ''));
	const issues: BuildIssue[] = [];
	if (taken.sourceKeys.has(slug)) {
		issues.push({ file: article.file, line: 1, message: `article "${slug}" is already part of the knowledge` });
	}
	taken.sourceKeys.add(slug);
	const source: SourceInfo = {
		key: slug,
		title: frontMatter.title,
		short: frontMatter.title,
		author: frontMatter.author,
		date: frontMatter.date,
		url: frontMatter.source,
	};
	const introduction: ArticleSection = { heading: frontMatter.title, depth: 1, step: null, ...article.preamble };
	const sections = [introduction, ...article.sections].filter((section) => section.blocks.length > 0);

	const topics = sections.flatMap((section, index): Topic[] => {
		const headingSlug = index === 0 ? 'introduction' : slugify(section.heading).slice(0, MAX_SLUG_LENGTH);
		const id = uniqueId(`${slug}--${headingSlug.replace(/-+$/, '')}`, taken.ids);
		const owner = taken.keys.get(foldKey(section.heading));
		if (owner !== undefined) {
			const message = `heading "${section.heading}" collides with topic "${owner}"; rename the heading`;
			issues.push({ file: article.file, line: section.line, message });
			return [];
		}
		taken.ids.add(id);
		taken.keys.set(foldKey(id), id);
		taken.keys.set(foldKey(section.heading), id);
		const locator = `§ ${section.heading}`;
		return [
			{
				id,
				kind: 'article-section',
				title: section.heading,
				aliases: [],
				summary: summarize(section.blocks),
				plain: null,
				questions: [],
				unstated: [],
				explanation: section.blocks,
				facts: [],
				factChecks: [],
				related: [],
				source: { key: slug, locator, label: `${frontMatter.title} ${locator}` },
				order: index + 1,
				attributes: null,
				later: false,
				origin: { file: originName, heading: section.heading },
			},
		];
	});
	return { source, topics, issues };
}

export function slugify(text: string): string {
	return text
		.normalize('NFKD')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

function uniqueId(base: string, ids: ReadonlySet<string>): string {
	let candidate = base;
	for (let n = 2; ids.has(candidate); n += 1) candidate = `${base}-${n}`;
	return candidate;
}

/** The first one or two sentences of the first prose block. */
function summarize(blocks: readonly string[]): string {
	const prose = blocks.find((block) => !/^([-*+>]|\d+\.)\s/.test(block)) ?? blocks[0] ?? '';
	const flat = prose.replace(/\s+/g, ' ').trim();
	const sentences = flat
		.split(/(?<=[.!?])\s+/)
		.slice(0, 2)
		.join(' ');
	if (sentences.length <= MAX_SUMMARY_LENGTH) return sentences;
	const cut = sentences.slice(0, MAX_SUMMARY_LENGTH);
	return `${cut.slice(0, cut.lastIndexOf(' ')).trimEnd()}…`;
}
