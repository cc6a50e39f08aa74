// @ts-check
// `npm start` builds only when a source is newer than the last build: even tsc's incremental no-op takes seconds.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const stamp = path.join(root, 'dist', '.build-stamp');
const inputs = [
	'src',
	'commands',
	'bench/bareBot.ts',
	'tsconfig.json',
	'tsconfig.build.json',
	'package.json',
	'package-lock.json',
	'vite.playground.config.ts',
];

/** @param {string} entry @returns {number} the newest modification time at or under entry (0 when missing) */
function newest(entry) {
	let stats;
	try {
		stats = statSync(entry);
	} catch {
		return 0;
	}
	if (!stats.isDirectory()) return stats.mtimeMs;
	let latest = stats.mtimeMs;
	for (const name of readdirSync(entry)) latest = Math.max(latest, newest(path.join(entry, name)));
	return latest;
}

const built = newest(stamp);
if (built === 0 || Math.max(...inputs.map((input) => newest(path.join(root, input)))) > built) {
	const started = new Date();
	const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
	if (result.status !== 0) process.exit(result.status ?? 1);
	// The stamp takes the time the build started: a file saved during the build makes the next start build again.
	writeFileSync(stamp, '');
	utimesSync(stamp, started, started);
}
