import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { askAndWait, buttonId, finalOf, isFinal } from '../helpers/askFlow.js';
import { FakeModelServer } from '../helpers/fakeModelServer.js';
import { startHarness, type Harness } from '../helpers/harness.js';

const TRACE = 'SECRET-TRACE: the user wants GRPO versus PPO; recall the critic.';

describe('/ask with a reasoning model', () => {
	let fake: FakeModelServer;
	let harness: Harness;
	beforeAll(async () => {
		fake = await FakeModelServer.start();
		harness = await startHarness({
			env: {
				OPENAI_BASE_URL: fake.url,
				OPENAI_API_KEY: 'test-key',
				REASONING_MODEL: 'fake-reasoner',
				MODEL_DEADLINE_MS: '2000',
				MODEL_MAX_RETRY_WAIT_MS: '2000',
				ASK_COOLDOWN_SECONDS: '0',
				ASK_DAILY_QUOTA: '0',
				REGENERATE_COOLDOWN_SECONDS: '0',
			},
		});
	});
	afterAll(async () => {
		await harness.stop();
		await fake.close();
	});
	beforeEach(() => {
		fake.clearQueue();
	});

	it('streams progress, then answers without the trace and with its model, mentions off', async () => {
		fake.enqueue({
			trace: TRACE,
			answer: 'GRPO scores a group of answers instead of using a critic [1].',
			chunkDelayMs: 5,
		});
		const handle = await askAndWait(harness.emulator.user('alice'), 'How does GRPO differ from PPO?');
		const message = finalOf(handle);
		expect(message.content).toContain('GRPO scores a group of answers instead of using a critic [1].');
		expect(message.content).toContain('`fake-reasoner`');
		expect(message.content).not.toContain('SECRET-TRACE');
		expect(message.edits.some((edit) => edit.content.startsWith('🧠 Thinking… 0:0'))).toBe(true);
		for (const edit of message.edits) expect(edit.content).not.toContain('SECRET-TRACE');
		expect(message.allowedMentions).toEqual({ parse: [] });
		const body = fake.completions.at(-1)?.body ?? {};
		expect(JSON.stringify(body['messages'])).toContain('Passages:');
	});

	it('answers a second identical question from the cache, saying so and from when', async () => {
		const question = 'Why does R1 use rule-based rewards at all?';
		fake.enqueue({ answer: 'Rules cannot be gamed as easily as a learned reward model.' });
		await askAndWait(harness.emulator.user('alice'), question);
		const calls = fake.completions.length;
		const secondHandle = await askAndWait(
			harness.emulator.user('bob'),
			'  why does R1 use RULE-based rewards at all  ',
		);
		const second = finalOf(secondHandle);
		expect(fake.completions.length).toBe(calls);
		// The answer is at hand, so it goes out in the first callback (type 4), not deferred (type 5).
		expect(secondHandle.events[0]).toMatchObject({ kind: 'callback', callbackType: 4 });
		expect(second.content).toContain('Rules cannot be gamed');
		expect(second.content).toMatch(/cached answer from <t:\d+:f>/);
	});

	it('shares one upstream call between 20 concurrent identical questions', async () => {
		fake.enqueue({ trace: 'thinking slowly', answer: 'One answer for everyone.', chunkDelayMs: 30 });
		const calls = fake.completions.length;
		const handles = await Promise.all(
			Array.from({ length: 20 }, (_, index) =>
				askAndWait(
					harness.emulator.user(`crowd${index}`),
					'What limits does distillation have for small models?',
					20_000,
				),
			),
		);
		expect(fake.completions.length).toBe(calls + 1);
		for (const handle of handles) expect(finalOf(handle).content).toContain('One answer for everyone.');
	});

	it('answers a definition straight from the knowledge, with its source, without calling the model', async () => {
		const calls = fake.completions.length;
		const message = finalOf(await askAndWait(harness.emulator.user('carol'), 'What is GRPO?'));
		expect(message.content).toContain('From the knowledge base');
		expect(message.content).toMatch(/Source: .+/);
		expect(fake.completions.length).toBe(calls);
	});

	it('splits a long answer into messages at paragraph boundaries with code blocks intact', async () => {
		const code = [
			'```python',
			...Array.from({ length: 30 }, (_, i) => `reward_${i} = score(group[${i}]) - baseline`),
			'```',
		];
		const paragraphs = Array.from(
			{ length: 6 },
			(_, i) => `Paragraph ${i}. ${'GRPO compares answers in a group. '.repeat(8)}`,
		);
		const answer = [...paragraphs.slice(0, 3), code.join('\n'), ...paragraphs.slice(3)].join('\n\n');
		fake.enqueue({ answer, chunkChars: 200 });
		const handle = await askAndWait(harness.emulator.user('dave'), 'Show me GRPO advantages in code, at length');
		await handle.waitFor((h) => listLabels(h.followUps.at(-1)).includes('Show reasoning'));
		const pieces = [finalOf(handle), ...handle.followUps].map((message) => message.content);
		for (const piece of pieces) {
			expect(piece.length).toBeLessThanOrEqual(2000);
			expect((piece.match(/```/g) ?? []).length % 2).toBe(0);
		}
		const joined = pieces.join('\n');
		for (const line of code.slice(1, -1)) expect(joined).toContain(line);
		expect(listLabels(handle.followUps.at(-1))).toContain('Show reasoning');
	});

	it('shows the reasoning only to the presser, ephemerally', async () => {
		fake.enqueue({ trace: TRACE, answer: 'Short answer.' });
		const message = finalOf(await askAndWait(harness.emulator.user('erin'), 'Is the critic needed in GRPO?'));
		const reply = await harness.emulator.user('frank').click(message, buttonId(message, 'Show reasoning'));
		expect(reply.ephemeral).toBe(true);
		expect(reply.content).toContain('SECRET-TRACE');
		expect(reply.allowedMentions).toEqual({ parse: [] });
	});

	it('says there is no trace and gives the reasoning token count when the provider returns none', async () => {
		fake.enqueue({ shape: 'none', answer: 'o-series style answer.', reasoningTokens: 1234, usageAt: 'extra' });
		const message = finalOf(await askAndWait(harness.emulator.user('gina'), 'How long does o3 think?'));
		const reply = await harness.emulator.user('gina').click(message, buttonId(message, 'Show reasoning'));
		expect(reply.ephemeral).toBe(true);
		expect(reply.content).toContain('No reasoning trace');
		expect(reply.content).toContain('1,234 reasoning tokens');
	});

	it('keeps follow-up history per user with alternating roles and never the trace', async () => {
		const alice = harness.emulator.user('alice');
		fake.enqueue({ trace: TRACE, answer: 'First answer about cold start.' });
		const first = finalOf(await askAndWait(alice, 'Why did R1 need cold-start data before RL?'));
		const modal = await alice.click(first, buttonId(first, 'Follow up'));
		expect(modal.type).toBe('modal');
		const modalId = modal.modal?.customId ?? '';
		fake.enqueue({ trace: TRACE, answer: 'Second answer.' });
		await alice
			.startSubmitModal(modalId, { question: 'How much data was it?' }, { message: first })
			.waitFor((h) => isFinal(h.original), 15_000);
		const roles = (body: Record<string, unknown>): string[] =>
			(body['messages'] as { role: string }[]).map((message) => message.role);
		const aliceBody = fake.completions.at(-1)?.body ?? {};
		expect(roles(aliceBody)).toEqual(['system', 'user', 'assistant', 'user']);
		expect(JSON.stringify(aliceBody['messages'])).toContain('First answer about cold start.');
		expect(JSON.stringify(aliceBody['messages'])).not.toContain('SECRET-TRACE');

		fake.enqueue({ answer: 'Answer to bob.' });
		await harness.emulator
			.user('bob')
			.startSubmitModal(modalId, { question: 'BOB-ONLY question?' }, { message: first })
			.waitFor((h) => isFinal(h.original), 15_000);
		const bobBody = fake.completions.at(-1)?.body ?? {};
		expect(roles(bobBody)).toEqual(['system', 'user', 'assistant', 'user']);
		expect(JSON.stringify(bobBody['messages'])).not.toContain('How much data was it?');

		fake.enqueue({ answer: 'Third answer.' });
		await alice
			.startSubmitModal(modalId, { question: 'And after that?' }, { message: first })
			.waitFor((h) => isFinal(h.original), 15_000);
		const third = JSON.stringify(fake.completions.at(-1)?.body['messages']);
		expect(third).toContain('How much data was it?');
		expect(third).not.toContain('BOB-ONLY');
	});

	it('regenerates without the cache', async () => {
		const question = 'What is the aha moment good for in practice?';
		fake.enqueue({ answer: 'Old answer.' });
		const first = finalOf(await askAndWait(harness.emulator.user('hank'), question));
		fake.enqueue({ answer: 'Fresh answer.' });
		const calls = fake.completions.length;
		const regenerated = await harness.emulator
			.user('hank')
			.startClick(first, buttonId(first, 'Regenerate'))
			.waitFor((h) => isFinal(h.original), 15_000);
		expect(fake.completions.length).toBe(calls + 1);
		expect(finalOf(regenerated).content).toContain('Fresh answer.');
	});

	it('keeps a stream cut mid-way, marked incomplete', async () => {
		fake.enqueue({ answer: 'The beginning of a long story that never ends', chunkChars: 10, cutAfterChunks: 2 });
		const message = finalOf(await askAndWait(harness.emulator.user('ivan'), 'Tell me the long story of R1 training'));
		expect(message.content).toContain('Incomplete answer');
		expect(message.content).toContain('The beginning of a l');
	});

	it('ends a stall after headers at the deadline with what arrived', async () => {
		fake.enqueue({ answer: 'Stalled answer goes here', chunkChars: 8, stallAfterChunks: 2 });
		const message = finalOf(await askAndWait(harness.emulator.user('judy'), 'A question that stalls mid-answer'));
		expect(message.content).toContain('Incomplete answer');
		expect(message.content).toContain('ran out of time');
	});

	it('says the model took too long when nothing arrives before the deadline', async () => {
		fake.enqueue({ hangBeforeHeaders: true }, { hangBeforeHeaders: true }, { hangBeforeHeaders: true });
		const message = finalOf(await askAndWait(harness.emulator.user('kim'), 'A question that hangs before headers'));
		expect(message.content).toContain('took too long');
	});

	it('retries a 429 and answers', async () => {
		fake.enqueue({ error: { status: 429, retryAfter: '0' } }, { answer: 'After a rate limit.' });
		const message = finalOf(await askAndWait(harness.emulator.user('liam'), 'Does rate limiting matter here?'));
		expect(message.content).toContain('After a rate limit.');
	});

	it('tells the user a 500 failed the answer', async () => {
		fake.enqueue({ error: { status: 500 } }, { error: { status: 500 } }, { error: { status: 500 } });
		const message = finalOf(await askAndWait(harness.emulator.user('mona'), 'Does a server error show up?'));
		expect(message.content).toContain('failed to answer');
	});

	it('says the model is unavailable on 402 and logs an error for the admin', async () => {
		fake.enqueue({ error: { status: 402 } });
		const message = finalOf(await askAndWait(harness.emulator.user('nina'), 'Is the balance empty?'));
		expect(message.content).toContain('unavailable');
		await vi.waitFor(() => {
			expect(
				harness.logs.lines().some((line) => line['level'] === 50 && String(line['msg']).includes('model unavailable')),
			).toBe(true);
		});
	});

	it('finishes as a channel message when the interaction token is about to expire', async () => {
		fake.enqueue({
			trace: 'slow thought '.repeat(8),
			answer: 'Late but complete answer.',
			chunkChars: 13,
			chunkDelayMs: 60,
		});
		const handle = harness.emulator.user('olga').startSlash('ask', { question: 'A very slow question' });
		await handle.waitFor((h) => h.original?.content.startsWith('🧠 Thinking') === true);
		harness.emulator.advanceTime(15 * 60_000);
		const posted = await harness.emulator.waitForMessage(
			(message) => message.interactionId === undefined && message.content.includes('Late but complete answer.'),
			15_000,
		);
		expect(posted.allowedMentions).toEqual({ parse: [] });
		expect(posted.content).not.toContain('slow thought');
	});

	it('shows model usage and the cache hit rate in /about', async () => {
		const reply = await harness.emulator.user('alice').slash('about');
		const usage = reply.embeds[0]?.fields?.find((field) => field.name === 'Model usage')?.value ?? '';
		expect(usage).toMatch(/\d+ calls/);
		expect(usage).toMatch(/Answer cache: \d+ hits, \d+ misses, \d+% hit rate/);
	});

	it('sends every payload with mentions disabled', () => {
		for (const payload of harness.emulator.payloads) expect(payload.allowedMentions).toEqual({ parse: [] });
	});
});

function listLabels(message: { components: readonly unknown[] } | undefined): string {
	return JSON.stringify(message?.components ?? []);
}
