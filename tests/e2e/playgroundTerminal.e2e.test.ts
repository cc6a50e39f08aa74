import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTerminal } from '../../src/playground/terminal/terminalPlayground.js';
import { startHarness, type Harness } from '../helpers/harness.js';

const ESC = String.fromCharCode(27);
const CSI = new RegExp(`${ESC}\\[[0-9;]*[A-Za-z]`, 'g');

/** The terminal front end on a stand-in TTY: keys in, what the screen gets out. */
describe('terminal playground on a terminal', () => {
	let harness: Harness;
	let folder: string;
	const input = Object.assign(new PassThrough(), { isTTY: true });
	const output = Object.assign(new PassThrough(), { isTTY: true, columns: 200 });
	let screen = '';
	let exit: Promise<number>;
	beforeAll(async () => {
		harness = await startHarness({ env: { QUIZ_ROUND_SECONDS: '1' } });
		folder = await mkdtemp(path.join(tmpdir(), 'reasonbot-terminal-'));
		output.on('data', (chunk: Buffer) => (screen += chunk.toString()));
		exit = runTerminal({ stack: harness, input, output, env: {}, dataFolder: folder });
	});
	afterAll(async () => {
		input.write('exit\r');
		expect(await exit).toBe(0);
		await harness.stop();
		await rm(folder, { recursive: true, force: true });
	});

	/** Matches against the screen as written, or with readline's cursor moves and styles taken out. */
	const waitForScreen = async (pattern: RegExp, { plain = false, timeoutMs = 15_000 } = {}): Promise<string> => {
		const until = Date.now() + timeoutMs;
		for (;;) {
			const match = pattern.exec(plain ? screen.replace(CSI, '') : screen);
			if (match) return match[0];
			if (Date.now() > until) throw new Error(`screen never showed ${String(pattern)}; it ends: ${screen.slice(-500)}`);
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
	};
	const clearLine = () => input.write('\x15');

	it('greets with the banner and a prompt', async () => {
		await waitForScreen(/Scores and schedules live in memory[\s\S]*> /);
	});

	it('completes a command name and an option name with Tab', async () => {
		input.write('/expl\t');
		await waitForScreen(/\/explain $/, { plain: true });
		input.write('to\t');
		await waitForScreen(/\/explain topic: $/, { plain: true });
		clearLine();
	});

	it("lists the command's own autocomplete choices at the first Tab, and keeps what was typed", async () => {
		screen = '';
		input.write('/explain topic: cold\t');
		// Topic ids from the bot's handler, several of them, then the prompt with the line as it was.
		const listed = await waitForScreen(/\r[^\n]*cold[^\n]* {3}[^\n]+\n[\s\S]*\/explain topic: cold$/, { plain: true });
		expect(listed).toMatch(/cold/);
		clearLine();
	});

	it('styles replies with ANSI and shows a reveal that arrives while the prompt waits', async () => {
		screen = '';
		input.write('/quiz question\r');
		await waitForScreen(new RegExp(`${ESC}\\[1m[^${ESC}]+${ESC}\\[22m`));
		// The reveal clears the prompt line, prints, and shows the prompt again.
		await waitForScreen(new RegExp(`\r${ESC}\\[K${ESC}\\[2m── #general · reasonbot edited its message “`));
		await waitForScreen(/\(disabled\)[\s\S]*> $/, { plain: true });
	});

	it('saves attachments under the data folder and prints where', async () => {
		screen = '';
		input.write('/compare first: deepseek-r1 second: openai-o1\r');
		await waitForScreen(/\[1\] 📊 Chart/);
		input.write('1\r');
		const saved = await waitForScreen(/📎 saved [^\n]+\.png/);
		const files = await readdir(path.join(folder, 'attachments'));
		expect(files.some((file) => saved.endsWith(file))).toBe(true);
	});
});
