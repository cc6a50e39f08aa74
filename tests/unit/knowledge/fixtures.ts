import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { readBuildInput } from '../../../src/knowledge/build/build.js';
import type { BuildInput, TextFile } from '../../../src/knowledge/build/build.js';
import { KnowledgeBuildError } from '../../../src/knowledge/build/issues.js';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const FIXTURES = path.join(REPO_ROOT, 'tests/fixtures/knowledge');
export const EXTRA_ARTICLE = path.join(FIXTURES, 'extra-article.md');

export function readMiniInput(articles: readonly string[] = []): Promise<BuildInput> {
	return readBuildInput(path.join(FIXTURES, 'mini'), articles);
}

/** Replaces `search` (which must occur) in a fixture file's text. */
export function edited(file: TextFile, search: string, replacement: string): TextFile {
	expect(file.text).toContain(search);
	return { ...file, text: file.text.replace(search, replacement) };
}

/** 1-based line of the first line containing `needle`. */
export function lineOf(text: string, needle: string): number {
	const index = text.split('\n').findIndex((line) => line.includes(needle));
	expect(index, `"${needle}" not found`).toBeGreaterThanOrEqual(0);
	return index + 1;
}

/** Runs `build` and returns the KnowledgeBuildError it must throw. */
export function buildError(build: () => unknown): KnowledgeBuildError {
	try {
		build();
	} catch (error) {
		if (error instanceof KnowledgeBuildError) return error;
		throw error;
	}
	throw new Error('expected a KnowledgeBuildError');
}
