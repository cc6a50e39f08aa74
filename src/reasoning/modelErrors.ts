import OpenAI from 'openai';
import { ModelError, type ModelErrorKind } from './types.js';

/**
 * SDK errors → our kinds, read from the HTTP status and the error body's `code`, `type` and `param`, never from the
 * words of its message (a 400 "This model's maximum context length…" is about length, not about the model id).
 * Messages are for the log; users see a sentence chosen by the kind.
 */
export function mapModelError(error: unknown, deadlinePassed: boolean): ModelError {
	if (deadlinePassed || error instanceof OpenAI.APIConnectionTimeoutError)
		return new ModelError('timeout', 'no answer before the deadline', { cause: error });
	if (error instanceof OpenAI.APIError && typeof error.status === 'number') {
		const kind = classifyProviderError(error.status, error);
		return new ModelError(kind, `${LOG_PREFIX[kind]}: ${error.status} ${error.message}`, { cause: error });
	}
	if (error instanceof OpenAI.APIConnectionError)
		return new ModelError('failed', 'could not reach the model API', { cause: error });
	if (error instanceof ModelError) return error;
	return new ModelError('failed', error instanceof Error ? error.message : 'unknown model failure', { cause: error });
}

/** What an OpenAI-compatible error body carries besides its message. */
export interface ProviderErrorFields {
	readonly code?: unknown;
	readonly type?: unknown;
	readonly param?: unknown;
}

// OpenAI (and Azure, OpenRouter passing it on) send code context_length_exceeded; llama.cpp type
// exceed_context_size_error. DeepSeek and vLLM send only a plain 400 invalid_request_error: that reads as 'rejected'.
const CONTEXT_OVERFLOW = new Set(['context_length_exceeded', 'exceed_context_size_error']);
const BILLING = new Set(['insufficient_quota', 'credit_balance_exhausted', 'billing_hard_limit_reached']);
const UNKNOWN_MODEL = new Set(['model_not_found']);

export function classifyProviderError(status: number, fields: ProviderErrorFields): ModelErrorKind {
	const labels = [fields.code, fields.type].filter((label): label is string => typeof label === 'string');
	const has = (set: ReadonlySet<string>) => labels.some((label) => set.has(label));
	if ([401, 402, 403].includes(status) || has(BILLING)) return 'unavailable';
	if (status === 413 || has(CONTEXT_OVERFLOW)) return 'too-long';
	if (status === 404 || has(UNKNOWN_MODEL) || fields.param === 'model') return 'misconfigured';
	if (status === 429) return 'busy';
	if (status >= 400 && status < 500) return 'rejected';
	return 'failed';
}

const LOG_PREFIX: Readonly<Record<ModelErrorKind, string>> = {
	unavailable: 'the model API refused us',
	'too-long': 'the prompt is longer than the model takes',
	misconfigured: 'the model id was refused',
	busy: 'rate limited',
	rejected: 'the model API rejected the request',
	timeout: 'no answer before the deadline',
	failed: 'model API error',
};

/** undici's "terminated" when the server drops the socket mid-body: not an APIError, and not retried by the SDK. */
export function isDroppedConnection(error: unknown): boolean {
	return error instanceof TypeError && /terminated/i.test(error.message);
}
