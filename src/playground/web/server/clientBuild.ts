import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { withDirectoryLock } from './directoryLock.js';

/** Where `npm run build` (and the check below) puts the bundled page. */
export function clientOutputDir(projectRoot: string): string {
	return path.join(projectRoot, 'dist', 'playground-web');
}

export const VITE_CONFIG_FILE = 'vite.playground.config.ts';

/** What the page is built from: the client, the shared markup parser and the wire types. */
const CLIENT_SOURCES = ['src/playground/web/client', 'src/playground/markup', 'src/playground/web/protocol.ts'];

/**
 * Builds the page with Vite when it is missing or older than its sources, so `npm start` never serves a stale
 * page; an up-to-date page costs one directory walk. Returns the folder to serve.
 */
export async function ensureClientBuilt(projectRoot: string): Promise<string> {
	const outDir = clientOutputDir(projectRoot);
	if (isFresh(projectRoot, outDir)) return outDir;
	// Two processes starting at once (parallel test files) must not empty the folder under each other.
	await withDirectoryLock(`${outDir}.lock`, async () => {
		if (!isFresh(projectRoot, outDir)) await build(projectRoot);
	});
	return outDir;
}

function isFresh(projectRoot: string, outDir: string): boolean {
	const builtAt = modifiedAt(path.join(outDir, 'index.html'));
	const sources = [...CLIENT_SOURCES, VITE_CONFIG_FILE].map((source) => path.join(projectRoot, source));
	return builtAt !== undefined && builtAt >= Math.max(0, ...sources.map(newestModification));
}

async function build(projectRoot: string): Promise<void> {
	let vite: typeof import('vite');
	try {
		vite = await import('vite');
	} catch (error) {
		throw new Error(
			'The web playground is not built and Vite is not installed: run `npm install`, then `npm run build`.',
			{
				cause: error,
			},
		);
	}
	await vite.build({ configFile: path.join(projectRoot, VITE_CONFIG_FILE), logLevel: 'warn' });
}

function modifiedAt(file: string): number | undefined {
	return existsSync(file) ? statSync(file).mtimeMs : undefined;
}

function newestModification(entry: string): number {
	if (!existsSync(entry)) return 0;
	const stat = statSync(entry);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return Math.max(stat.mtimeMs, ...readdirSync(entry).map((child) => newestModification(path.join(entry, child))));
}
