import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { KnowledgeBuildError } from '../knowledge/build/issues.js';
import { runKnowledgeBuild } from '../knowledge/build/runBuild.js';

const USAGE = 'usage: npm run knowledge:build -- [--article <file.md>]... [--check] [--knowledge <dir>] [--out <file>]';

function findRepoRoot(start: string): string {
	for (let dir = start; ; dir = path.dirname(dir)) {
		if (existsSync(path.join(dir, 'package.json'))) return dir;
		if (path.dirname(dir) === dir) throw new Error(`no package.json above ${start}`);
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

	const result = await runKnowledgeBuild({
		knowledgeDir,
		outFile,
		articles: values.article.map((file) => shown(path.resolve(file))),
		check: values.check,
	});
	for (const line of result.lines) (result.ok ? console.log : console.error)(line);
	return result.ok ? 0 : 1;
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
