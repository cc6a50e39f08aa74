/** One turn of the conversation sent to the model: questions and answers only, never reasoning. */
export interface ChatTurn {
	readonly role: 'user' | 'assistant';
	readonly content: string;
}

export interface TokenUsage {
	readonly promptTokens: number;
	readonly completionTokens: number;
	readonly reasoningTokens: number;
	readonly cachedTokens: number;
}

/** Why an answer is not the whole answer: token cap, our deadline, a dropped connection, no finish reason, or a provider stop (filter, overload). */
export type IncompleteReason = 'length' | 'deadline' | 'connection' | 'no-finish' | 'provider';

/** What a streaming call reports as it goes. */
export type ReasonerEvent =
	| { readonly type: 'reasoning'; readonly text: string }
	| { readonly type: 'answer'; readonly text: string }
	| { readonly type: 'usage'; readonly usage: TokenUsage };

export interface ReasonerRequest {
	readonly system: string;
	/** Alternating turns starting and ending with the user. */
	readonly messages: readonly ChatTurn[];
	readonly onEvent?: (event: ReasonerEvent) => void;
	/** Extra cancellation on top of the reasoner's own deadline. */
	readonly signal?: AbortSignal;
}

export interface ReasonerResult {
	readonly text: string;
	/** The reasoning trace, '' when the provider returned none. */
	readonly trace: string;
	/** Undefined when the answer is complete. */
	readonly incomplete: IncompleteReason | undefined;
	readonly usage: TokenUsage | undefined;
	readonly latencyMs: number;
}

export type ModelListing = { readonly kind: 'ok'; readonly ids: readonly string[] } | { readonly kind: 'unreachable' };

/** A reasoning model behind some API; `src/reasoning/openaiReasoner.ts` is the one implementation. */
export interface Reasoner {
	readonly model: string;
	/** Streams one answer. Throws ModelError when no usable answer came back. */
	answer(request: ReasonerRequest): Promise<ReasonerResult>;
	listModels(): Promise<ModelListing>;
}

/**
 * unavailable: 401/402/403 or out of credit (an admin must act) · busy: rate limited after retries ·
 * timeout: nothing arrived before the deadline · misconfigured: the model id is unknown (404, model_not_found) ·
 * too-long: the prompt overflows the model's context (context_length_exceeded, 413) · rejected: any other 4xx, which
 * asking the same again will not fix · failed: 5xx or anything else.
 */
export type ModelErrorKind = 'unavailable' | 'busy' | 'timeout' | 'failed' | 'misconfigured' | 'too-long' | 'rejected';

export class ModelError extends Error {
	public override readonly name = 'ModelError';

	constructor(
		readonly kind: ModelErrorKind,
		message: string,
		options?: ErrorOptions,
	) {
		super(message, options);
	}
}
