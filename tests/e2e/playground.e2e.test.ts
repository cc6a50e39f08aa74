import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlaygroundSession, type PlaygroundSession } from '../../src/playground/session.js';
import { registryWithFixtures, startHarness, type Harness } from '../helpers/harness.js';

describe('playground session', () => {
	let harness: Harness;
	let session: PlaygroundSession;
	const printed: string[] = [];
	const answers: string[] = [];
	beforeAll(async () => {
		harness = await startHarness({ registry: await registryWithFixtures() });
		session = createPlaygroundSession(
			harness.emulator,
			harness.bot.registry,
			{ print: (text) => printed.push(text) },
			() => Promise.resolve(answers.shift() ?? ''),
		);
	});
	afterAll(async () => {
		await harness.stop();
	});

	const lastPrinted = () => printed.at(-1) ?? '';

	it('runs a typed slash command and numbers its buttons and menus', async () => {
		expect(await session.run('/echo text: hello world')).toBe(true);
		expect(lastPrinted()).toContain('echo: hello world');
		expect(lastPrinted()).toContain('[1] Again   [2] Form');
		expect(lastPrinted()).toContain('[3] ▾ Pick a colour: a) Red  b) Blue');
	});

	it('presses a button by its number', async () => {
		await session.run('/echo text: once more');
		expect(await session.run('1')).toBe(true);
		expect(lastPrinted()).toBe('echo again ×2');
	});

	it('picks a menu option by letter or by value', async () => {
		await session.run('/echo text: colours');
		await session.run('3 b');
		expect(lastPrinted()).toBe('picked blue');
		await session.run('/echo text: colours');
		await session.run('3 red');
		expect(lastPrinted()).toBe('picked red');
	});

	it('fills a modal field by field', async () => {
		await session.run('/echo text: form');
		answers.push('typed in the terminal');
		await session.run('2');
		expect(printed).toContain('── Tell me more ──');
		expect(lastPrinted()).toBe('note: typed in the terminal');
	});

	it('shows Discord-like help for a missing option and an unknown control', async () => {
		expect(await session.run('/echo')).toBe(false);
		expect(lastPrinted()).toContain('Missing text:.');
		expect(lastPrinted()).toContain('Usage: /echo text:<What to echo>');
		expect(await session.run('9')).toBe(false);
		expect(lastPrinted()).toMatch(/No control 9\. Choose 1 to \d\./);
	});

	it('shows ephemeral replies as only visible to you', async () => {
		await session.run('/boom kind: user');
		expect(lastPrinted()).toBe('(only you can see this)\nNo topic "x". Did you mean: cold start?');
	});
});
