import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOpenAIReasoner } from '../../../src/reasoning/openaiReasoner.js';
import { ModelError, type ModelErrorKind, type Reasoner } from '../../../src/reasoning/types.js';
import { FakeModelServer, type CompletionScript } from '../../helpers/fakeModelServer.js';

const QUESTION = { system: 'Be brief.', messages: [{ role: 'user' as const, content: 'What is GRPO?' }] };

/** Provider error bodies as each API sends them; the messages name "model" on purpose. */
const CASES: readonly [string, ModelErrorKind, NonNullable<CompletionScript['error']>][] = [
	[
		'OpenAI context_length_exceeded',
		'too-long',
		{
			status: 400,
			type: 'invalid_request_error',
			param: 'messages',
			code: 'context_length_exceeded',
			message:
				"This model's maximum context length is 128000 tokens. However, your messages resulted in 130000 tokens.",
		},
	],
	[
		'llama.cpp exceed_context_size_error',
		'too-long',
		{ status: 400, type: 'exceed_context_size_error', message: 'the request exceeds the available context size' },
	],
	[
		'DeepSeek plain 400 about the context length',
		'rejected',
		{
			status: 400,
			type: 'invalid_request_error',
			code: 'invalid_request_error',
			message: "This model's maximum context length is 131072 tokens. However, you requested 131329 tokens.",
		},
	],
	[
		'OpenAI unknown model (404 model_not_found)',
		'misconfigured',
		{
			status: 404,
			type: 'invalid_request_error',
			param: 'model',
			code: 'model_not_found',
			message: 'The model `o9` does not exist or you do not have access to it.',
		},
	],
	[
		'a 400 naming the model parameter',
		'misconfigured',
		{ status: 400, type: 'invalid_request_error', param: 'model', message: 'Model Not Exist' },
	],
	[
		'OpenAI out of quota (429 insufficient_quota)',
		'unavailable',
		{
			status: 429,
			type: 'insufficient_quota',
			code: 'insufficient_quota',
			message: 'You exceeded your current quota.',
		},
	],
	['a 413 payload too large', 'too-long', { status: 413, message: 'Request Entity Too Large' }],
	['a 422 about a model setting', 'rejected', { status: 422, message: 'Invalid model parameters' }],
];

describe('provider errors are classified by status, code, type and param, not by the words of the message', () => {
	let fake: FakeModelServer;
	let reasoner: Reasoner;
	beforeAll(async () => {
		fake = await FakeModelServer.start();
		reasoner = createOpenAIReasoner({
			baseURL: fake.url,
			apiKey: 'test-key',
			model: 'fake-reasoner',
			deadlineMs: 3000,
			maxRetries: 0,
			maxRetryWaitMs: 0,
			maxCompletionTokens: 256,
			streaming: true,
			listTimeoutMs: 1000,
		});
	});
	afterAll(async () => {
		await fake.close();
	});

	it.each(CASES)('GIVEN %s THEN the kind is %s', async (_name, kind, error) => {
		fake.enqueue({ error });
		const thrown = await reasoner.answer(QUESTION).catch((caught: unknown) => caught);
		expect(thrown).toBeInstanceOf(ModelError);
		expect((thrown as ModelError).kind).toBe(kind);
		// The log keeps the provider's own words for whoever has to act on it.
		expect((thrown as ModelError).message).toContain(String(error.status));
	});

	it('GIVEN the fake context window THEN an overlong prompt gets the real-shaped 400 and reads as too-long', async () => {
		fake.contextWindowChars = 20;
		try {
			const thrown = await reasoner
				.answer({ ...QUESTION, messages: [{ role: 'user', content: 'x'.repeat(50) }] })
				.catch((caught: unknown) => caught);
			expect((thrown as ModelError).kind).toBe('too-long');
		} finally {
			fake.contextWindowChars = undefined;
		}
	});
});
