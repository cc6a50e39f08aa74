import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOpenAIReasoner, type OpenAIReasonerOptions } from '../../../src/reasoning/openaiReasoner.js';
import { ModelError, type Reasoner } from '../../../src/reasoning/types.js';
import { FakeModelServer } from '../../helpers/fakeModelServer.js';

const QUESTION = { system: 'Be brief.', messages: [{ role: 'user' as const, content: 'What is GRPO?' }] };

describe('the OpenAI-compatible reasoner against a local fake server', () => {
	let fake: FakeModelServer;
	let reasoner: Reasoner;
	const make = (overrides: Partial<OpenAIReasonerOptions> = {}): Reasoner =>
		createOpenAIReasoner({
			baseURL: fake.url,
			apiKey: 'test-key',
			model: 'fake-reasoner',
			deadlineMs: 1500,
			maxRetries: 2,
			maxRetryWaitMs: 3000,
			maxCompletionTokens: 2048,
			streaming: true,
			listTimeoutMs: 2000,
			...overrides,
		});
	beforeAll(async () => {
		fake = await FakeModelServer.start();
		reasoner = make();
	});
	afterAll(async () => {
		await fake.close();
	});
	beforeEach(() => {
		fake.clearQueue();
	});

	it.each(['reasoning_content', 'reasoning', 'think', 'think-no-open'] as const)(
		'GIVEN the trace in %s THEN separates it from the answer',
		async (shape) => {
			fake.enqueue({ shape, trace: 'Group relative, so no critic.', answer: 'GRPO drops the critic model.' });
			const result = await reasoner.answer(QUESTION);
			expect(result.trace).toBe('Group relative, so no critic.');
			expect(result.text).toBe('GRPO drops the critic model.');
			expect(result.incomplete).toBeUndefined();
		},
	);

	it('GIVEN no trace (o-series) THEN the answer stands alone and reasoning tokens come from usage', async () => {
		fake.enqueue({ shape: 'none', answer: 'Plain answer.', reasoningTokens: 321, usageAt: 'extra' });
		const result = await reasoner.answer(QUESTION);
		expect(result).toMatchObject({ text: 'Plain answer.', trace: '' });
		expect(result.usage).toEqual({ promptTokens: 100, completionTokens: 325, reasoningTokens: 321, cachedTokens: 30 });
	});

	it('reads DeepSeek usage on the finish chunk, with its cache-hit tokens', async () => {
		fake.enqueue({ usageAt: 'finish', trace: 'abcd', answer: 'efgh', reasoningTokens: 7 });
		const result = await reasoner.answer(QUESTION);
		expect(result.usage).toEqual({ promptTokens: 100, completionTokens: 8, reasoningTokens: 7, cachedTokens: 40 });
	});

	it('sends only accepted parameters: max_tokens, no temperature or top_p, stream usage on', async () => {
		fake.enqueue({ answer: 'ok' });
		await reasoner.answer(QUESTION);
		const body = fake.completions.at(-1)?.body ?? {};
		expect(body).toMatchObject({
			model: 'fake-reasoner',
			max_tokens: 2048,
			stream: true,
			stream_options: { include_usage: true },
		});
		expect(body).not.toHaveProperty('temperature');
		expect(body).not.toHaveProperty('top_p');
		expect(body).not.toHaveProperty('reasoning_effort');
	});

	it('sends reasoning_effort when configured', async () => {
		fake.enqueue({ answer: 'ok' });
		await make({ reasoningEffort: 'low' }).answer(QUESTION);
		expect(fake.completions.at(-1)?.body).toMatchObject({ reasoning_effort: 'low' });
	});

	it('works without streaming', async () => {
		fake.enqueue({ shape: 'reasoning', trace: 'thought', answer: 'whole answer' });
		const result = await make({ streaming: false }).answer(QUESTION);
		expect(result).toMatchObject({ text: 'whole answer', trace: 'thought', incomplete: undefined });
		expect(fake.completions.at(-1)?.body['stream']).not.toBe(true);
	});

	it('retries a 429 with Retry-After, then answers', async () => {
		const before = fake.completions.length;
		fake.enqueue({ error: { status: 429, retryAfter: '0' } }, { answer: 'after the wait' });
		const result = await reasoner.answer(QUESTION);
		expect(result.text).toBe('after the wait');
		expect(fake.completions.length - before).toBe(2);
	});

	it('does not wait out a Retry-After beyond the retry budget', async () => {
		const before = fake.completions.length;
		fake.enqueue({ error: { status: 429, retryAfter: '600' } }, { answer: 'never reached' });
		const error = await reasoner.answer(QUESTION).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(ModelError);
		expect((error as ModelError).kind).toBe('busy');
		expect(fake.completions.length - before).toBe(1);
	});

	it('does not retry an out-of-credit 429', async () => {
		const before = fake.completions.length;
		fake.enqueue({ error: { status: 429, code: 'insufficient_quota' } }, { answer: 'not asked for' });
		const error = await reasoner.answer(QUESTION).catch((caught: unknown) => caught);
		expect((error as ModelError).kind).toBe('unavailable');
		expect(fake.completions.length - before).toBe(1);
	});

	it('retries a 500 and reports a persistent one as failed', async () => {
		fake.enqueue({ error: { status: 500 } }, { error: { status: 500 } }, { error: { status: 503 } });
		const error = await make({ deadlineMs: 10_000 })
			.answer(QUESTION)
			.catch((caught: unknown) => caught);
		expect((error as ModelError).kind).toBe('failed');
	});

	it.each([401, 402, 403])('maps %i to "unavailable" without retrying', async (status) => {
		const before = fake.completions.length;
		fake.enqueue({ error: { status } });
		const error = await reasoner.answer(QUESTION).catch((caught: unknown) => caught);
		expect((error as ModelError).kind).toBe('unavailable');
		expect(fake.completions.length - before).toBe(1);
	});

	it('cuts a hang before headers at the deadline', async () => {
		fake.enqueue({ hangBeforeHeaders: true });
		const error = await make({ maxRetries: 0, deadlineMs: 400 })
			.answer(QUESTION)
			.catch((caught: unknown) => caught);
		expect((error as ModelError).kind).toBe('timeout');
	});

	it('cuts a stall after headers at the deadline and keeps what arrived, marked incomplete', async () => {
		fake.enqueue({
			shape: 'reasoning_content',
			trace: 'abc',
			answer: 'Partial answer that goes on',
			chunkChars: 8,
			stallAfterChunks: 3,
		});
		const result = await make({ deadlineMs: 500 }).answer(QUESTION);
		expect(result.incomplete).toBe('deadline');
		expect(result.text).toBe('Partial answer t');
		expect(result.trace).toBe('abc');
	});

	it('keeps a stream cut mid-way, marked incomplete', async () => {
		fake.enqueue({
			shape: 'reasoning_content',
			trace: 'abc',
			answer: 'Partial answer that goes on',
			chunkChars: 8,
			cutAfterChunks: 3,
		});
		const result = await reasoner.answer(QUESTION);
		expect(result).toMatchObject({ incomplete: 'connection', text: 'Partial answer t' });
	});

	it('marks a length stop and a stream without finish reason as incomplete', async () => {
		fake.enqueue({ answer: 'cut short', finishReason: 'length' }, { answer: 'no end', finishReason: null });
		expect((await reasoner.answer(QUESTION)).incomplete).toBe('length');
		expect((await reasoner.answer(QUESTION)).incomplete).toBe('no-finish');
	});

	it('lists the models for the start-up check', async () => {
		expect(await reasoner.listModels()).toEqual({ kind: 'ok', ids: ['fake-reasoner'] });
		const down = createOpenAIReasoner({ ...optionsFor('http://127.0.0.1:9/v1') });
		expect(await down.listModels()).toEqual({ kind: 'unreachable' });
	});
});

function optionsFor(baseURL: string): OpenAIReasonerOptions {
	return {
		baseURL,
		apiKey: 'k',
		model: 'm',
		deadlineMs: 1000,
		maxRetries: 0,
		maxRetryWaitMs: 0,
		maxCompletionTokens: 100,
		streaming: true,
		listTimeoutMs: 1000,
	};
}
