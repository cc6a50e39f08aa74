import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);

/** `npm start`'s first step, in a stand-in project whose build only counts how often it ran. */
describe('scripts/buildIfStale.mjs', () => {
	let project: string;
	const builds = async () => (await readFile(path.join(project, 'builds.txt'), 'utf8').catch(() => '')).length;
	const start = () => run(process.execPath, [path.join(project, 'scripts', 'buildIfStale.mjs')], { cwd: project });

	beforeAll(async () => {
		project = await mkdtemp(path.join(tmpdir(), 'reasonbot-build-'));
		await mkdir(path.join(project, 'scripts'));
		await mkdir(path.join(project, 'src'));
		await mkdir(path.join(project, 'dist'));
		await copyFile(path.join(ROOT, 'scripts', 'buildIfStale.mjs'), path.join(project, 'scripts', 'buildIfStale.mjs'));
		await writeFile(
			path.join(project, 'package.json'),
			JSON.stringify({
				type: 'module',
				scripts: { build: "node -e \"require('fs').appendFileSync('builds.txt', 'x')\"" },
			}),
		);
		await writeFile(path.join(project, 'src', 'a.ts'), 'export {};\n');
	});
	afterAll(async () => {
		await rm(project, { recursive: true, force: true });
	});

	it('builds the first time, not again while nothing changed, and again once a source is newer', async () => {
		await start();
		expect(await builds()).toBe(1);
		await start();
		expect(await builds()).toBe(1);
		// A source saved after the last build (the stamp is older than the file).
		const built = new Date(Date.now() - 10_000);
		const saved = new Date(Date.now() - 5_000);
		await utimes(path.join(project, 'dist', '.build-stamp'), built, built);
		await utimes(path.join(project, 'src', 'a.ts'), saved, saved);
		await start();
		expect(await builds()).toBe(2);
		await start();
		expect(await builds()).toBe(2);
	});
});
