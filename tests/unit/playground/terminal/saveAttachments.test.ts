import { createServer } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedMessage } from '../../../../src/emulator/index.js';
import { saveAttachments } from '../../../../src/playground/terminal/saveAttachments.js';

describe('saveAttachments', () => {
	const server = createServer((request, response) => {
		response.end(`bytes of ${request.url ?? ''}`);
	});
	let base: string;
	let folder: string;
	beforeAll(async () => {
		await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
		base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
		folder = await mkdtemp(path.join(tmpdir(), 'reasonbot-attachments-'));
	});
	afterAll(async () => {
		server.close();
		await rm(folder, { recursive: true, force: true });
	});

	it("writes each attachment's bytes under the folder, named by message and file, never outside it", async () => {
		const message = {
			id: '42',
			attachments: [
				{ id: '1', filename: 'chart.png', contentType: 'image/png', size: 3, url: `${base}/a/chart.png` },
				{ id: '2', filename: '../../escape me.txt', contentType: 'text/plain', size: 3, url: `${base}/a/b` },
			],
		} as unknown as RecordedMessage;
		const files = await saveAttachments(message, folder);
		expect(files).toEqual([path.join(folder, '42-chart.png'), path.join(folder, '42-escape_me.txt')]);
		expect(await readFile(files[0] ?? '', 'utf8')).toBe('bytes of /a/chart.png');
		expect(await readFile(files[1] ?? '', 'utf8')).toBe('bytes of /a/b');
	});
});
