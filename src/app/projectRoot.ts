import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding package.json, from the sources (src/) or the build (dist/src/) alike. */
export function findProjectRoot(from: string = path.dirname(fileURLToPath(import.meta.url))): string {
	let directory = from;
	while (!existsSync(path.join(directory, 'package.json'))) {
		const parent = path.dirname(directory);
		if (parent === directory) throw new Error(`no package.json above ${from}`);
		directory = parent;
	}
	return directory;
}

export function readPackageVersion(root: string = findProjectRoot()): string {
	const parsed: unknown = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
	if (typeof parsed === 'object' && parsed !== null && 'version' in parsed && typeof parsed.version === 'string') {
		return parsed.version;
	}
	return 'unknown';
}
