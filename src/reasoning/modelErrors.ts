import OpenAI from 'openai';
import { ModelError } from './types.js';

/** SDK errors → our kinds. Messages are for the log; users see a sentence chosen by the kind. */
export function mapModelError(error: unknown, deadlinePassed: boolean): ModelError {
	if (deadlinePassed || error instanceof OpenAI.APIConnectionTimeoutError)
		return new ModelError('timeout', 'no answer before the deadline', { cause: error });
	const status: unknown = error instanceof OpenAI.APIError ? error.status : undefined;
	if (error instanceof OpenAI.APIError && typeof status === 'number') {
		const detail = `${status} ${error.message}`;
		const code: unknown = error.code;
		if ([401, 402, 403].includes(status) || isBilling(code))
			return new ModelError('unavailable', `the model API refused us: ${detail}`, { cause: error });
		if (status === 404 || (status === 400 && /model/i.test(error.message)))
			return new ModelError('misconfigured', `the model id was refused: ${detail}`, { cause: error });
		if (status === 429) return new ModelError('busy', `rate limited: ${detail}`, { cause: error });
		return new ModelError('failed', `model API error: ${detail}`, { cause: error });
	}
	if (error instanceof OpenAI.APIConnectionError)
		return new ModelError('failed', 'could not reach the model API', { cause: error });
	if (error instanceof ModelError) return error;
	return new ModelError('failed', error instanceof Error ? error.message : 'unknown model failure', { cause: error });
}

function isBilling(code: unknown): boolean {
	return typeof code === 'string' && /insufficient_quota|credit_balance_exhausted/.test(code);
}

/** undici's "terminated" when the server drops the socket mid-body: not an APIError, and not retried by the SDK. */
export function isDroppedConnection(error: unknown): boolean {
	return error instanceof TypeError && /terminated/i.test(error.message);
}
