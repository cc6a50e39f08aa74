import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildKnowledge, readBuildInput } from '../knowledge/build/build.js';
import { describeKnowledge } from '../knowledge/build/describe.js';
import { KnowledgeBuildError } from '../knowledge/build/issues.js';

const USAGE = 'usage: npm run knowledge:build -- [--article <file.md>]... [--check] [--knowledge <dir>] [--out <file>]';

function findRepoRoot(start: string): string {
	for (let dir = start; ; dir = path.dirname(dir)) {
		if (existsSync(path.join(dir, 'package.json'))) return dir;
		if (path.dirname(dir) === dir) throw new Error(`no package.json above ${start}`);
	}
}

async function readIfExists(filePath: string): Promise<string | undefined> {
	try {
		return await readFile(filePath, 'utf8');
	} catch (error) {
		if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
		throw error;
	}
}

async function main(): Promise<number> {
	const { values } = parseArgs({
		options: {
			article: { type: 'string', multiple: true, default: [] },
			check: { type: 'boolean', default: false },
			knowledge: { type: 'string' },
			out: { type: 'string' },
			help: { type: 'boolean', default: false },
		},
	});
	if (values.help) {
		console.log(USAGE);
		return 0;
	}
	const root = findRepoRoot(path.dirname(fileURLToPath(import.meta.url)));
	// Relative paths keep error messages short ("knowledge/overlay.yaml:12: …").
	const shown = (target: string) => {
		const relative = path.relative(process.cwd(), target);
		return relative.startsWith('..') || relative === '' ? target : relative;
	};
	const knowledgeDir = shown(path.resolve(values.knowledge ?? path.join(root, 'knowledge')));
	const outFile = shown(path.resolve(values.out ?? path.join(knowledgeDir, 'knowledge.json')));

	const built = buildKnowledge(
		await readBuildInput(
			knowledgeDir,
			values.article.map((file) => shown(path.resolve(file))),
		),
	);
	const summary = describeKnowledge(built.file);
	if (values.check) {
		if ((await readIfExists(outFile)) === built.json) {
			console.log(`${outFile} is up to date: ${summary}`);
			return 0;
		}
		console.error(`${outFile} is out of date with its sources: run npm run knowledge:build and commit the result`);
		return 1;
	}
	await writeFile(outFile, built.json);
	console.log(`wrote ${outFile}: ${summary}`);
	return 0;
}

main().then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		console.error(error instanceof KnowledgeBuildError ? error.message : error);
		if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
			console.error(USAGE);
		}
		process.exitCode = 1;
	},
);
