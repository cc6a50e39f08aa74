import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStaticFile } from '../../../src/playground/web/server/staticFiles.js';

/** Enough of a ServerResponse to see what was sent. */
function recorder() {
	const sent: { status?: number; headers?: Record<string, string>; body?: Buffer } = {};
	const response = {
		writeHead(status: number, headers: Record<string, string>) {
			sent.status = status;
			sent.headers = headers;
			return response;
		},
		end(body: Buffer) {
			sent.body = body;
		},
	};
	return { response: response as unknown as ServerResponse, sent };
}

describe('serveStaticFile', () => {
	let root: string;
	let outside: string;
	beforeAll(async () => {
		outside = await mkdtemp(path.join(os.tmpdir(), 'reasonbot-static-'));
		root = path.join(outside, 'page');
		await mkdir(path.join(root, 'assets'), { recursive: true });
		await writeFile(path.join(root, 'index.html'), '<div id="app"></div>');
		await writeFile(path.join(root, 'assets', 'index-abc.js'), 'console.log(1)');
		await writeFile(path.join(outside, 'secret.html'), 'secret');
	});
	afterAll(async () => {
		await rm(outside, { recursive: true, force: true });
	});

	it('serves the page fresh and hashed assets for a year', async () => {
		const page = recorder();
		expect(await serveStaticFile(root, '/', page.response)).toBe(true);
		expect(page.sent.body?.toString()).toBe('<div id="app"></div>');
		expect(page.sent.headers?.['cache-control']).toBe('no-cache');
		const asset = recorder();
		expect(await serveStaticFile(root, '/assets/index-abc.js', asset.response)).toBe(true);
		expect(asset.sent.headers?.['content-type']).toBe('text/javascript; charset=utf-8');
		expect(asset.sent.headers?.['cache-control']).toContain('immutable');
	});

	it('never reads outside its folder, nor files of unknown types, nor malformed paths', async () => {
		for (const urlPath of ['/../secret.html', '/%2e%2e/secret.html', '/..%2fsecret.html', '/%E0%A4%A', '/missing.js']) {
			const attempt = recorder();
			expect(await serveStaticFile(root, urlPath, attempt.response)).toBe(false);
			expect(attempt.sent.body).toBeUndefined();
		}
	});
});
