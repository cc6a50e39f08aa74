import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ARTICLES_DIR, buildKnowledge, readBuildInput } from './build.js';
import { describeKnowledge } from './describe.js';
import { KnowledgeBuildError } from './issues.js';

export interface RunBuildOptions {
	readonly knowledgeDir: string;
	readonly outFile: string;
	/** Extra articles named on the command line; they are saved into knowledge/articles/ after a good build. */
	readonly articles: readonly string[];
	/** Compare with the file on disk instead of writing anything. */
	readonly check: boolean;
}

export interface RunBuildResult {
	readonly ok: boolean;
	/** What to print: to stdout when ok, else to stderr. */
	readonly lines: readonly string[];
}

/** What `npm run knowledge:build` does; throws KnowledgeBuildError when the sources do not validate. */
export async function runKnowledgeBuild(options: RunBuildOptions): Promise<RunBuildResult> {
	const names = options.articles.map((file) => path.basename(file));
	const twice = names.find((name, index) => names.indexOf(name) !== index);
	if (twice !== undefined) {
		throw new KnowledgeBuildError([{ file: twice, line: 1, message: 'two articles share this file name' }]);
	}
	const input = await readBuildInput(options.knowledgeDir, options.articles);
	const built = buildKnowledge(input);
	const summary = describeKnowledge(built.file);
	if (options.check) {
		if ((await readIfExists(options.outFile)) === built.json) {
			return { ok: true, lines: [`${options.outFile} is up to date: ${summary}`] };
		}
		return {
			ok: false,
			lines: [`${options.outFile} is out of date with its sources: run npm run knowledge:build and commit the result`],
		};
	}
	// Saved only after the build passed, so a broken article never gets stuck in every later build.
	const saved = await saveArticles(options.knowledgeDir, options.articles);
	await writeFile(options.outFile, built.json);
	return {
		ok: true,
		lines: [
			...saved.map((file) => `saved ${file}: commit it with the knowledge file`),
			`wrote ${options.outFile}: ${summary}`,
		],
	};
}

/** Copies each article into knowledge/articles/ (unless it is already there); returns the files written. */
async function saveArticles(knowledgeDir: string, articles: readonly string[]): Promise<string[]> {
	const directory = path.join(knowledgeDir, ARTICLES_DIR);
	const saved: string[] = [];
	for (const article of articles) {
		const target = path.join(directory, path.basename(article));
		if (path.resolve(target) === path.resolve(article)) continue;
		const text = await readFile(article, 'utf8');
		if ((await readIfExists(target)) === text) continue;
		await mkdir(directory, { recursive: true });
		await writeFile(target, text);
		saved.push(target);
	}
	return saved;
}

async function readIfExists(filePath: string): Promise<string | undefined> {
	try {
		return await readFile(filePath, 'utf8');
	} catch (error) {
		if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
		throw error;
	}
}
