import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startBotStack, type BotStack } from '../helpers/botStack.js';
import { registryWithFixtures } from '../helpers/harness.js';

const REF = /^Something went wrong \(ref ([0-9A-F]{6})\)\.$/;
// discord.js tries a request 4 times (1 + 3 retries) on a 5xx before giving up.
const ATTEMPTS = 4;

describe('REST faults on the interaction routes', () => {
	let stack: BotStack;
	beforeAll(async () => {
		stack = await startBotStack({ registry: await registryWithFixtures() });
	});
	afterAll(async () => {
		await stack.stop();
	});

	it('GIVEN a 429 on the callback THEN waits it out and delivers the reply', async () => {
		stack.emulator.faults.failNext({ route: 'callback', status: 429, retryAfterSeconds: 0.3 });
		const reply = await stack.emulator.user('alice').slash('echo', { text: 'rate limited' }, { timeoutMs: 10_000 });
		expect(reply.content).toBe('echo: rate limited');
		expect(stack.emulator.faults.pending).toBe(0);
	});

	it('GIVEN a 429 on the webhook edit of a deferred reply THEN waits it out and the final edit lands', async () => {
		stack.emulator.faults.failNext({ route: 'webhook', status: 429, retryAfterSeconds: 0.3 });
		const handle = stack.emulator.user('alice').startSlash('slow', { ms: 10 });
		await handle.waitFor((current) => current.original?.content === 'done after 10 ms', 10_000);
		expect(stack.emulator.faults.pending).toBe(0);
	});

	it('GIVEN one 500 on the callback THEN the retry delivers the reply', async () => {
		stack.emulator.faults.failNext({ route: 'callback', status: 500 });
		expect((await stack.emulator.user('bob').slash('echo', { text: 'after a 500' })).content).toBe('echo: after a 500');
	});

	it('GIVEN the reply fails with 500 every try THEN it is logged and the user still gets the error reply', async () => {
		stack.emulator.faults.failNext({ route: 'callback', status: 500, times: ATTEMPTS });
		const reply = await stack.emulator.user('carol').slash('echo', { text: 'lost' }, { timeoutMs: 10_000 });
		const ref = REF.exec(reply.content)?.[1];
		expect(reply.ephemeral).toBe(true);
		expect(ref).toBeDefined();
		const line = await vi.waitFor(() => {
			const found = stack.logs.lines().find((entry) => entry['ref'] === ref && entry['msg'] === 'interaction handled');
			if (!found) throw new Error('no completion line yet');
			return found;
		});
		expect(line).toMatchObject({ level: 50, outcome: 'failed', err: { status: 500 } });
	});

	it('GIVEN the final edit of a deferred reply fails with 500 every try THEN the placeholder becomes the error', async () => {
		stack.emulator.faults.failNext({ route: 'webhook', status: 500, times: ATTEMPTS });
		const handle = stack.emulator.user('dave').startSlash('slow', { ms: 10 });
		const done = await handle.waitFor((current) => REF.test(current.original?.content ?? ''), 15_000);
		expect(done.original?.loading).toBe(false);
	});

	it('GIVEN Discord refuses every response (500) THEN it logs, does not crash, and answers the next command', async () => {
		stack.emulator.faults.failNext({ route: 'callback', status: 500, times: ATTEMPTS * 2 });
		const handle = stack.emulator.user('erin').startSlash('echo', { text: 'never delivered' });
		await vi.waitFor(
			() => {
				expect(stack.logs.lines().some((entry) => entry['msg'] === 'could not deliver the error reply')).toBe(true);
			},
			{ timeout: 15_000 },
		);
		expect(handle.original).toBeUndefined();
		expect(stack.emulator.faults.pending).toBe(0);
		expect((await stack.emulator.user('erin').slash('about')).embeds[0]?.title).toBe('About reasonbot');
	});
});
