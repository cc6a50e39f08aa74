import { readFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import path from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.map': 'application/json',
};

/** Serves the built page from `root`; false when the path is not a file there (nothing outside it is ever read). */
export async function serveStaticFile(root: string, urlPath: string, response: ServerResponse): Promise<boolean> {
	let relative: string;
	try {
		relative = urlPath === '/' ? 'index.html' : decodeURIComponent(urlPath).replace(/^\/+/, '');
	} catch {
		return false;
	}
	const file = path.resolve(root, relative);
	if (!file.startsWith(path.resolve(root) + path.sep)) return false;
	const contentType = CONTENT_TYPES[path.extname(file)];
	if (!contentType) return false;
	let body: Buffer;
	try {
		body = await readFile(file);
	} catch {
		return false;
	}
	response.writeHead(200, {
		'content-type': contentType,
		// Vite names assets by content hash; the page itself must always be fresh.
		'cache-control': relative.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
	});
	response.end(body);
	return true;
}
