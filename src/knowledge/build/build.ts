import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { foldKey } from '../fold.js';
import type { SourceInfo, Topic } from '../types.js';
import { articleToTopics } from './articleTopics.js';
import type { TakenNames } from './articleTopics.js';
import { checkBenchmarkProse } from './benchmarkProse.js';
import { buildBenchmarkTable } from './benchmarkTable.js';
import { throwIfIssues } from './issues.js';
import type { BuildIssue } from './issues.js';
import { mergeTopics } from './merge.js';
import { parseArticle } from './parseArticle.js';
import { parseOverlay } from './parseOverlay.js';
import { buildQuizBank } from './quizBank.js';
import { compareText, finalizeKnowledge } from './serialize.js';
import type { BuiltKnowledge } from './serialize.js';
import { validateOverlay } from './validate.js';

export interface TextFile {
	/** Shown in error messages; only its base name reaches the output. */
	readonly path: string;
	readonly text: string;
}

export interface BuildInput {
	readonly overlay: TextFile;
	/** Our notes (knowledge/sources/*.md): each section is the explanation of one overlay topic. */
	readonly notes: readonly TextFile[];
	/** Extra articles whose sections become `article-section` topics. */
	readonly articles?: readonly TextFile[];
	/** knowledge/quiz-bank.yaml, checked against the topics and stored in the same file. */
	readonly quizBank?: TextFile;
	/** knowledge/benchmarks.yaml, the model x benchmark score table, checked against the topics. */
	readonly benchmarks?: TextFile;
}

/** Pure: same input → byte-identical output. Throws KnowledgeBuildError listing every problem with file:line. */
export function buildKnowledge(input: BuildInput): BuiltKnowledge {
	const overlay = parseOverlay(input.overlay.path, input.overlay.text);
	const notes = input.notes.map((note) => ({
		parsed: parseArticle(note.path, note.text),
		originName: `sources/${path.basename(note.path)}`,
	}));
	const sources = new Map<string, SourceInfo>(
		Object.entries(overlay.overlay.sources).map(([key, info]) => [key, { key, ...info }]),
	);

	const issues: BuildIssue[] = validateOverlay(overlay);
	const merged = mergeTopics(overlay, notes, sources);
	issues.push(...merged.issues);

	const topics: Topic[] = [...merged.topics];
	const taken: TakenNames = { ids: new Set(), keys: new Map(), sourceKeys: new Set(sources.keys()) };
	for (const topic of topics) {
		taken.ids.add(topic.id);
		for (const name of [topic.id, topic.title, ...topic.aliases]) taken.keys.set(foldKey(name), topic.id);
	}
	for (const article of input.articles ?? []) {
		const result = articleToTopics(parseArticle(article.path, article.text), path.basename(article.path), taken);
		sources.set(result.source.key, result.source);
		topics.push(...result.topics);
		issues.push(...result.issues);
	}
	const quiz = input.quizBank ? buildQuizBank(input.quizBank, topics, sources) : undefined;
	issues.push(...(quiz?.issues ?? []));
	const scores = input.benchmarks ? buildBenchmarkTable(input.benchmarks, topics, sources) : undefined;
	issues.push(...(scores?.issues ?? []));
	if (input.benchmarks && scores?.table) {
		issues.push(...checkBenchmarkProse(overlay, scores.table, input.benchmarks.path));
	}
	throwIfIssues(issues);

	return finalizeKnowledge({
		sources: [...sources.values()],
		documents: notes.map(({ parsed, originName }) => ({ file: originName, ...parsed.frontMatter })),
		topics,
		...(quiz ? { quiz: quiz.items } : {}),
		...(scores?.table ? { benchmarks: scores.table } : {}),
	});
}

/** The quiz bank, optional: a knowledge folder without one builds a file without `quiz`. */
export const QUIZ_BANK_FILE = 'quiz-bank.yaml';

/** The score table, optional like the quiz bank. */
export const BENCHMARKS_FILE = 'benchmarks.yaml';

/** Operators' extra articles live here, so an ingested article stays part of every later build. */
export const ARTICLES_DIR = 'articles';

/**
 * Reads knowledge/overlay.yaml, knowledge/sources/*.md, knowledge/articles/*.md and the given extra articles
 * (a given file replaces a stored one of the same name). Articles come in file-name order, so the output does not
 * depend on where an article was read from.
 */
export async function readBuildInput(knowledgeDir: string, articlePaths: readonly string[] = []): Promise<BuildInput> {
	const read = async (filePath: string): Promise<TextFile> => ({
		path: filePath,
		text: await readFile(filePath, 'utf8'),
	});
	const notesDir = path.join(knowledgeDir, 'sources');
	const noteNames = (await readdir(notesDir)).filter((name) => name.endsWith('.md')).sort();
	const articleFiles = new Map<string, string>();
	for (const stored of await listArticles(path.join(knowledgeDir, ARTICLES_DIR))) {
		articleFiles.set(path.basename(stored), stored);
	}
	for (const given of articlePaths) articleFiles.set(path.basename(given), given);
	const articleNames = [...articleFiles.keys()].sort(compareText);
	const quizBankPath = path.join(knowledgeDir, QUIZ_BANK_FILE);
	const benchmarksPath = path.join(knowledgeDir, BENCHMARKS_FILE);
	return {
		overlay: await read(path.join(knowledgeDir, 'overlay.yaml')),
		notes: await Promise.all(noteNames.map((name) => read(path.join(notesDir, name)))),
		articles: await Promise.all(articleNames.flatMap((name) => articleFiles.get(name) ?? []).map(read)),
		...(existsSync(quizBankPath) ? { quizBank: await read(quizBankPath) } : {}),
		...(existsSync(benchmarksPath) ? { benchmarks: await read(benchmarksPath) } : {}),
	};
}

async function listArticles(directory: string): Promise<string[]> {
	try {
		const names = await readdir(directory);
		return names.filter((name) => name.endsWith('.md')).map((name) => path.join(directory, name));
	} catch (error) {
		if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return [];
		throw error;
	}
}
