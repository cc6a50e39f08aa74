import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/app/config.js';
import { runPlayground } from '../../../src/playground/runPlayground.js';

const dirs: string[] = [];
afterAll(async () => {
	for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** The playground as `npm start` runs it without a token, at a terminal (a fake one: the test types into it). */
async function startAtTerminal(port: string) {
	const dataFolder = await mkdtemp(path.join(os.tmpdir(), 'reasonbot-web-start-'));
	dirs.push(dataFolder);
	const input = Object.assign(new PassThrough(), { isTTY: true });
	const output = new PassThrough();
	let printed = '';
	output.on('data', (chunk: Buffer) => {
		printed += chunk.toString('utf8');
	});
	const config = loadConfig({ CACHE_URL: 'memory://', PLAYGROUND_PORT: port });
	const exit = runPlayground({ config, env: {}, input, output, errorOutput: new PassThrough(), dataFolder });
	const waitFor = async (pattern: RegExp): Promise<RegExpExecArray> => {
		const deadline = Date.now() + 30_000;
		for (;;) {
			const match = pattern.exec(printed);
			if (match) return match;
			if (Date.now() > deadline) throw new Error(`never printed ${String(pattern)}; printed:\n${printed}`);
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
	};
	return { input, exit, waitFor };
}

describe('npm start without a token, at a terminal', () => {
	it('also serves the page on 127.0.0.1 and says where, over the same world as the terminal', async () => {
		const playground = await startAtTerminal('0');
		const [, url] = await playground.waitFor(/Web playground: (http:\/\/127\.0\.0\.1:\d+)\n/);
		const page = await fetch(url!);
		expect(page.status).toBe(200);
		expect(await page.text()).toContain('<div id="app"');
		const world = (await (await fetch(`${url!}/api/world`)).json()) as { channels: { name: string }[] };
		expect(world.channels.map((channel) => channel.name)).toEqual(['general', 'quiz', 'study-hall']);
		playground.input.write('exit\n');
		await expect(playground.exit).resolves.toBe(0);
		await expect(fetch(url!)).rejects.toThrow();
	}, 60_000);

	it('keeps the terminal playground going, with one line saying why, when the port is taken', async () => {
		const taken = createServer();
		await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
		const address = taken.address();
		const port = typeof address === 'object' && address ? address.port : 0;
		try {
			const playground = await startAtTerminal(String(port));
			await playground.waitFor(new RegExp(`Web playground not started: port ${port} is in use`));
			playground.input.write('exit\n');
			await expect(playground.exit).resolves.toBe(0);
		} finally {
			taken.close();
		}
	}, 60_000);
});
