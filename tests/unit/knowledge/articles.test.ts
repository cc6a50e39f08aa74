import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KnowledgeBuildError } from '../../../src/knowledge/build/issues.js';
import { runKnowledgeBuild } from '../../../src/knowledge/build/runBuild.js';
import { parseKnowledgeFile } from '../../../src/knowledge/load.js';
import { EXTRA_ARTICLE, FIXTURES } from './fixtures.js';

let dir: string;
let knowledgeDir: string;
let outFile: string;

beforeEach(async () => {
	dir = await mkdtemp(path.join(tmpdir(), 'reasonbot-articles-'));
	knowledgeDir = path.join(dir, 'knowledge');
	outFile = path.join(knowledgeDir, 'knowledge.json');
	await cp(path.join(FIXTURES, 'mini'), knowledgeDir, { recursive: true });
});

afterEach(async () => {
	await rm(dir, { recursive: true, force: true });
});

const build = (articles: readonly string[] = [], check = false) =>
	runKnowledgeBuild({ knowledgeDir, outFile, articles, check });

const topicIds = async (): Promise<string[]> => {
	const file = parseKnowledgeFile(await readFile(outFile, 'utf8'), outFile);
	return file.topics.map((topic) => topic.id);
};

describe('extra articles in knowledge/articles/', () => {
	it('saves an article given with --article, so later plain builds and checks include it', async () => {
		const first = await build([EXTRA_ARTICLE]);
		expect(first.ok).toBe(true);
		expect(first.lines[0]).toBe(
			`saved ${path.join(knowledgeDir, 'articles', 'extra-article.md')}: commit it with the knowledge file`,
		);
		expect(await readdir(path.join(knowledgeDir, 'articles'))).toEqual(['extra-article.md']);
		const withArticle = await readFile(outFile, 'utf8');
		expect(await topicIds()).toContain('extra-article--what-is-a-gadget');

		expect(await build([], true)).toEqual({ ok: true, lines: [expect.stringContaining('is up to date')] });
		await build();
		expect(await readFile(outFile, 'utf8')).toBe(withArticle);
	});

	it('gives the same file whether the article came from the command line or from the folder', async () => {
		await build([EXTRA_ARTICLE]);
		const fromCommandLine = await readFile(outFile, 'utf8');
		await rm(outFile);
		const again = await build();
		expect(again.lines).toEqual([expect.stringMatching(/^wrote .*: 9 topics/)]);
		expect(await readFile(outFile, 'utf8')).toBe(fromCommandLine);
	});

	it('lets a newer copy given with --article replace the stored one', async () => {
		await build([EXTRA_ARTICLE]);
		const newer = path.join(dir, 'extra-article.md');
		await writeFile(newer, (await readFile(EXTRA_ARTICLE, 'utf8')).replace('## Where to buy', '## Where to find one'));
		await build([newer]);
		expect(await topicIds()).toContain('extra-article--where-to-find-one');
		expect(await readFile(path.join(knowledgeDir, 'articles', 'extra-article.md'), 'utf8')).toContain(
			'Where to find one',
		);
	});

	it('does not save an article that fails validation, and writes nothing', async () => {
		const broken = path.join(dir, 'broken.md');
		await writeFile(broken, '---\ntitle: Only a title\n---\n\n## A\n\nText.\n');
		await expect(build([broken])).rejects.toBeInstanceOf(KnowledgeBuildError);
		await expect(readdir(path.join(knowledgeDir, 'articles'))).rejects.toThrow(/ENOENT/);
		await expect(readFile(outFile, 'utf8')).rejects.toThrow(/ENOENT/);
	});

	it('does not write or save anything with --check', async () => {
		const result = await build([EXTRA_ARTICLE], true);
		expect(result).toEqual({ ok: false, lines: [expect.stringContaining('is out of date')] });
		await expect(readdir(path.join(knowledgeDir, 'articles'))).rejects.toThrow(/ENOENT/);
	});

	it('rejects two articles with the same file name', async () => {
		const copy = path.join(dir, 'extra-article.md');
		await writeFile(copy, await readFile(EXTRA_ARTICLE, 'utf8'));
		await expect(build([EXTRA_ARTICLE, copy])).rejects.toThrow('extra-article.md:1: two articles share this file name');
	});
});
