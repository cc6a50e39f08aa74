import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../../src/knowledge/build/build.js';
import { createKnowledgeBase } from '../../../src/knowledge/knowledgeBase.js';
import { buildError, EXTRA_ARTICLE, FIXTURES, lineOf, readMiniInput, REPO_ROOT } from './fixtures.js';

const SLUG = 'extra-article';

describe('--article ingestion', () => {
	it('adds every non-empty section of the article as an article-section topic, in reading order', async () => {
		const { file } = buildKnowledge(await readMiniInput([EXTRA_ARTICLE]));
		const sections = file.topics.filter((topic) => topic.kind === 'article-section');
		expect(sections.map((topic) => [topic.id, topic.order])).toEqual([
			[`${SLUG}--introduction`, 1],
			[`${SLUG}--what-is-a-gadget`, 2],
			[`${SLUG}--step-1-unbox-it`, 3],
			[`${SLUG}--step-2-switch-it-on`, 4],
			[`${SLUG}--where-to-buy`, 5],
		]);
		expect(file.topics.filter((topic) => topic.kind !== 'article-section')).toHaveLength(4);
	});

	it('derives title, summary, explanation and source from the article and its front matter', async () => {
		const { file } = buildKnowledge(await readMiniInput([EXTRA_ARTICLE]));
		const intro = file.topics.find((topic) => topic.id === `${SLUG}--introduction`);
		expect(intro).toMatchObject({
			title: 'Gadgets for Beginners',
			summary: 'Gadgets are small machines. This introduction explains them.',
			source: { key: SLUG, label: 'Gadgets for Beginners § Gadgets for Beginners' },
			origin: { file: 'extra-article.md', heading: 'Gadgets for Beginners' },
		});
		const buy = file.topics.find((topic) => topic.id === `${SLUG}--where-to-buy`);
		expect(buy?.explanation).toEqual(['> Any hardware shop sells them.']);
		expect(file.sources.find((source) => source.key === SLUG)).toEqual({
			key: SLUG,
			title: 'Gadgets for Beginners',
			short: 'Gadgets for Beginners',
			author: 'Another Author',
			date: '2025-03-04',
			url: null,
		});
	});

	it('makes ingested sections findable by the query side', async () => {
		const base = createKnowledgeBase(buildKnowledge(await readMiniInput([EXTRA_ARTICLE])).file);
		expect(base.get('what is a gadget')?.id).toBe(`${SLUG}--what-is-a-gadget`);
		expect(base.search('unbox')[0]?.topic.id).toBe(`${SLUG}--step-1-unbox-it`);
	});

	it('rejects an article heading that collides with an existing topic, naming the heading line', async () => {
		const input = await readMiniInput([EXTRA_ARTICLE]);
		const [article] = input.articles ?? [];
		if (!article) throw new Error('no article');
		const clashing = { ...article, text: article.text.replace('## Where to buy', '## Shine') };
		const error = buildError(() => buildKnowledge({ ...input, articles: [clashing] }));
		expect(error.message).toBe(
			`${article.path}:${lineOf(article.text, '## Where to buy')}: heading "Shine" collides with topic "shine"; rename the heading`,
		);
	});

	it('rejects an article without the required front matter', async () => {
		const input = await readMiniInput();
		const article = { path: 'bad.md', text: '---\ntitle: Only a title\n---\n\n## A\n\nText.\n' };
		const error = buildError(() => buildKnowledge({ ...input, articles: [article] }));
		expect(error.message).toContain('bad.md:1: front matter field "author"');
	});
});

describe('knowledge:build CLI', () => {
	const run = promisify(execFile);
	const cli = (args: readonly string[]) =>
		run(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'src/cli/buildKnowledge.ts'), ...args], {
			cwd: REPO_ROOT,
		});

	it('writes a build with --article to --out, keeps the article, and --check fails against a file that differs', async () => {
		const dir = await mkdtemp(path.join(tmpdir(), 'reasonbot-knowledge-'));
		try {
			const knowledgeDir = path.join(dir, 'knowledge');
			await cp(path.join(FIXTURES, 'mini'), knowledgeDir, { recursive: true });
			const out = path.join(dir, 'knowledge.json');
			const common = ['--knowledge', knowledgeDir, '--out', out];
			const written = await cli([...common, '--article', EXTRA_ARTICLE]);
			expect(written.stdout).toMatch(
				/9 topics \(stage 2, model 1, concept 1, article-section 5\), version [0-9a-f]{12}/,
			);
			expect(JSON.parse(await readFile(out, 'utf8'))).toHaveProperty('topics.length', 9);
			// The article was saved into the knowledge folder, so a plain check sees it too.
			await expect(cli([...common, '--check'])).resolves.toMatchObject({
				stdout: expect.stringContaining('is up to date') as unknown,
			});
			await writeFile(out, (await readFile(out, 'utf8')).replace('Gadgets are small', 'Gadgets are tiny'));
			await expect(cli([...common, '--check'])).rejects.toMatchObject({
				code: 1,
				stderr: expect.stringContaining('is out of date') as unknown,
			});
		} finally {
			await rm(dir, { recursive: true, force: true });
		}
	});
});
