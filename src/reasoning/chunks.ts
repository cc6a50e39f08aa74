import type { TokenUsage } from './types.js';

/**
 * Reads the fields the SDK's types hide: `reasoning_content` (DeepSeek, llama.cpp, older vLLM) and `reasoning`
 * (vLLM ≥ 0.11, Ollama, OpenRouter). The SDK keeps unknown fields at runtime but does not type them.
 */
export function reasoningField(value: object): string {
	const fields: Record<string, unknown> = { ...value };
	const text = fields['reasoning_content'] ?? fields['reasoning'];
	return typeof text === 'string' ? text : '';
}

/** Both usage placements (DeepSeek: on the finish chunk; OpenAI: an extra chunk with no choices) give this shape. */
export function parseUsage(raw: unknown): TokenUsage | undefined {
	if (!isRecord(raw)) return undefined;
	const promptDetails = isRecord(raw['prompt_tokens_details']) ? raw['prompt_tokens_details'] : {};
	const completionDetails = isRecord(raw['completion_tokens_details']) ? raw['completion_tokens_details'] : {};
	return {
		promptTokens: count(raw['prompt_tokens']),
		completionTokens: count(raw['completion_tokens']),
		reasoningTokens: count(completionDetails['reasoning_tokens']),
		// DeepSeek reports its context cache separately; OpenAI in the details.
		cachedTokens: count(raw['prompt_cache_hit_tokens'] ?? promptDetails['cached_tokens']),
	};
}

function count(value: unknown): number {
	return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null;
}
