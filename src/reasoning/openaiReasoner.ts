import { performance } from 'node:perf_hooks';
import OpenAI from 'openai';
import type { ChatCompletionCreateParamsBase, ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import { AnswerAccumulator } from './accumulator.js';
import { mapModelError, isDroppedConnection } from './modelErrors.js';
import { createRetryBudget } from './retryBudget.js';
import type { IncompleteReason, ModelListing, Reasoner, ReasonerRequest, ReasonerResult } from './types.js';
import { ModelError } from './types.js';

export type ReasoningEffort = 'low' | 'medium' | 'high';

export interface OpenAIReasonerOptions {
	readonly baseURL: string;
	/** Local servers need some non-empty key. */
	readonly apiKey: string | undefined;
	readonly model: string;
	/** Overall deadline per answer, over the call, its retries and the whole stream. */
	readonly deadlineMs: number;
	readonly maxRetries: number;
	/** Total backoff allowed across retries of one call. */
	readonly maxRetryWaitMs: number;
	readonly maxCompletionTokens: number;
	readonly reasoningEffort?: ReasoningEffort | undefined;
	/** false: ask for the whole answer at once (for proxies that cannot stream). */
	readonly streaming: boolean;
	/** Bound on the start-up GET /models. */
	readonly listTimeoutMs: number;
}

/** The one module that talks to the openai SDK. */
export function createOpenAIReasoner(options: OpenAIReasonerOptions): Reasoner {
	const isOpenAI = /(^|\.)openai\.com$/.test(new URL(options.baseURL).hostname) || /^(o\d|gpt-)/.test(options.model);

	function clientFor(fetchImpl: typeof fetch): OpenAI {
		return new OpenAI({
			baseURL: options.baseURL,
			apiKey: options.apiKey ?? 'none',
			maxRetries: options.maxRetries,
			// The SDK timeout only bounds the wait for headers; the deadline signal bounds everything.
			timeout: options.deadlineMs,
			fetch: fetchImpl,
		});
	}

	function params(request: ReasonerRequest): ChatCompletionCreateParamsBase {
		// o-series read the system prompt as a developer message; temperature/top_p/penalties are never sent.
		const system: ChatCompletionMessageParam = isOpenAI
			? { role: 'developer', content: request.system }
			: { role: 'system', content: request.system };
		return {
			model: options.model,
			messages: [system, ...request.messages.map((turn) => ({ role: turn.role, content: turn.content }))],
			// OpenAI reasoning models refuse max_tokens; DeepSeek and the local servers document max_tokens.
			...(isOpenAI
				? { max_completion_tokens: options.maxCompletionTokens }
				: // eslint-disable-next-line @typescript-eslint/no-deprecated -- the field DeepSeek and local servers document
					{ max_tokens: options.maxCompletionTokens }),
			...(options.reasoningEffort ? { reasoning_effort: options.reasoningEffort } : {}),
		};
	}

	async function run(request: ReasonerRequest, signal: AbortSignal, accumulator: AnswerAccumulator): Promise<void> {
		const client = clientFor(createRetryBudget(options.maxRetryWaitMs).fetch);
		if (!options.streaming) {
			const completion = await client.chat.completions.create({ ...params(request), stream: false }, { signal });
			const choice = completion.choices[0];
			if (choice) accumulator.addChoice({ delta: choice.message, finish_reason: choice.finish_reason });
			accumulator.addChunk({ choices: [], usage: completion.usage });
			return;
		}
		const stream = await client.chat.completions.create(
			{ ...params(request), stream: true, stream_options: { include_usage: true } },
			{ signal },
		);
		// An abort mid-stream ends this loop silently; a dropped socket throws TypeError('terminated').
		for await (const chunk of stream) accumulator.addChunk(chunk);
	}

	return {
		model: options.model,

		async answer(request): Promise<ReasonerResult> {
			const startedAt = performance.now();
			const deadline = AbortSignal.timeout(options.deadlineMs);
			const signal = request.signal ? AbortSignal.any([deadline, request.signal]) : deadline;
			const accumulator = new AnswerAccumulator(request.onEvent);
			let cut: IncompleteReason | undefined;
			try {
				await run(request, signal, accumulator);
			} catch (error) {
				if (!accumulator.hasOutput && !isDroppedConnection(error)) throw mapModelError(error, signal.aborted);
				cut = signal.aborted ? 'deadline' : 'connection';
			}
			if (cut === undefined && signal.aborted && !accumulator.sawFinish) cut = 'deadline';
			const result = accumulator.finish(cut);
			if (result.text === '' && result.trace === '') {
				if (cut === 'deadline') throw new ModelError('timeout', 'no answer before the deadline');
				if (cut !== undefined) throw new ModelError('failed', `no answer arrived (${cut})`);
			}
			return { ...result, latencyMs: Math.round(performance.now() - startedAt) };
		},

		async listModels(): Promise<ModelListing> {
			try {
				const client = clientFor(fetch);
				const ids: string[] = [];
				for await (const model of client.models.list({
					signal: AbortSignal.timeout(options.listTimeoutMs),
					maxRetries: 0,
				}))
					ids.push(model.id);
				return { kind: 'ok', ids };
			} catch (error) {
				const status: unknown = error instanceof OpenAI.APIError ? error.status : undefined;
				if (typeof status === 'number' && [401, 402, 403].includes(status)) throw mapModelError(error, false);
				return { kind: 'unreachable' };
			}
		},
	};
}
