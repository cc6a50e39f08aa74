import { statSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';

/** Runs `work` while holding `lock` (a directory: mkdir is atomic); a lock older than `staleMs` was left by a killed process. */
export async function withDirectoryLock<T>(lock: string, work: () => Promise<T>, staleMs = 60_000): Promise<T> {
	await mkdir(path.dirname(lock), { recursive: true });
	for (;;) {
		try {
			await mkdir(lock);
			break;
		} catch (error) {
			if (!(error instanceof Error && 'code' in error && error.code === 'EEXIST')) throw error;
			if (Date.now() - ageStart(lock) > staleMs) await rm(lock, { recursive: true, force: true });
			else await new Promise((resolve) => setTimeout(resolve, 100));
		}
	}
	try {
		return await work();
	} finally {
		await rm(lock, { recursive: true, force: true });
	}
}

function ageStart(lock: string): number {
	try {
		return statSync(lock).mtimeMs;
	} catch {
		return Date.now();
	}
}
