import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { KnowledgeBase } from '../knowledge/types.js';
import type { QaAnswer } from '../qa/answer.js';
import type { QaEngine } from '../qa/engine.js';
import { answerCacheKey, type AnswerCache, type StoredAnswer } from './answerCache.js';
import type { Conversations } from './conversation.js';
import type { ModelStatus } from './modelCheck.js';
import { answerWithinContext } from './fitContext.js';
import type { ConversationTurn, Passage } from './prompt.js';
import { ModelError, type Reasoner, type ReasonerEvent } from './types.js';
import type { AskLimits } from './limits.js';
import type { UsageTracker } from './usage.js';

export interface AskRequest {
	readonly question: string;
	readonly history: readonly ConversationTurn[];
	readonly guildId: string | null;
	/** Regenerate: ask the model again even if a cached answer exists. */
	readonly skipCache: boolean;
	readonly onEvent?: (event: ReasonerEvent) => void;
}

export type AskOutcome =
	| { readonly kind: 'knowledge'; readonly answer: QaAnswer; readonly why: 'direct' | 'no-model' }
	| { readonly kind: 'model'; readonly answer: StoredAnswer; readonly cached: boolean };

export interface AskServiceDeps {
	readonly reasoner: Reasoner | undefined;
	readonly knowledge: KnowledgeBase;
	/** Answers from the knowledge, and the passages a model's prompt carries. */
	readonly qa: QaEngine;
	readonly cache: AnswerCache;
	readonly limits: AskLimits;
	readonly conversations: Conversations;
	readonly usage: UsageTracker;
	readonly logger: Logger;
	readonly now: () => Date;
	/** GET /models; see startModelCheck. */
	readonly checkModel?: () => Promise<ModelStatus>;
}

/** Routing for /ask: the knowledge when it answers directly, else the cache, else the model (one call per key). */
export class AskService {
	/** Set by the start-up model check. */
	modelStatus: ModelStatus;
	#modelChecked: Promise<void> | undefined;

	constructor(private readonly deps: AskServiceDeps) {
		this.modelStatus = deps.reasoner ? 'unchecked' : 'none';
	}

	/**
	 * Runs the model check (GET /models) once, after start-up so it never delays the bot's readiness; a question
	 * that arrives before it ends waits for it, so a misconfigured model is never asked.
	 */
	startModelCheck(): Promise<void> {
		const check = this.deps.checkModel;
		this.#modelChecked ??= check
			? check().then((status) => {
					this.modelStatus = status;
				})
			: Promise.resolve();
		return this.#modelChecked;
	}

	/** Builds the question-answering index (about half a second) before the first question needs it. */
	warmUp(): void {
		this.deps.qa.answer('what is deepseek r1');
	}

	get cache(): AnswerCache {
		return this.deps.cache;
	}

	get limits(): AskLimits {
		return this.deps.limits;
	}

	get conversations(): Conversations {
		return this.deps.conversations;
	}

	/** Whether questions can go to a model at all (else /ask answers from the knowledge only). */
	get hasModel(): boolean {
		return this.deps.reasoner !== undefined;
	}

	get usage(): UsageTracker {
		return this.deps.usage;
	}

	async ask(request: AskRequest): Promise<AskOutcome> {
		return (await this.ready(request)) ?? (await this.generate(request));
	}

	/**
	 * The answer when it is at hand without a model call, so the caller can reply in the first interaction callback:
	 * a confident answer built from the knowledge's structure (a figure, a stage, a definition), any knowledge answer
	 * when no model is configured, or a cached model answer; else undefined.
	 */
	async ready(request: AskRequest): Promise<AskOutcome | undefined> {
		const { qa, reasoner, cache, usage } = this.deps;
		if (!reasoner) return { kind: 'knowledge', answer: qa.answer(request.question), why: 'no-model' };
		if (request.history.length === 0 && !request.skipCache) {
			const answer = qa.answer(request.question);
			if (answer.covered && answer.direct) return { kind: 'knowledge', answer, why: 'direct' };
		}
		await this.startModelCheck();
		if (this.modelStatus === 'unknown-model') throw new ModelError('misconfigured', 'unknown model at start-up');
		if (request.skipCache) return undefined;
		const cached = await cache.lookup(this.#key(reasoner, request));
		if (!cached) return undefined;
		usage.recordCacheLookup(true);
		return { kind: 'model', answer: cached, cached: true };
	}

	/** Asks the model, sharing one upstream call among identical questions in flight. Call after `ready`. */
	async generate(request: AskRequest): Promise<AskOutcome> {
		const { reasoner, cache, usage } = this.deps;
		if (!reasoner) throw new ModelError('misconfigured', 'no model configured');
		const { answer, joined } = await cache.shared(
			this.#key(reasoner, request),
			() => this.#callModel(reasoner, request),
			{ reuseCached: !request.skipCache },
		);
		if (!request.skipCache) usage.recordCacheLookup(joined);
		return { kind: 'model', answer, cached: joined };
	}

	#key(reasoner: Reasoner, request: AskRequest): string {
		return answerCacheKey(request.question, reasoner.model, this.deps.knowledge.version, request.history);
	}

	async #callModel(reasoner: Reasoner, request: AskRequest): Promise<StoredAnswer> {
		const { qa, usage, limits, now } = this.deps;
		const passages = qa
			.passages(request.question)
			.map((passage): Passage => ({ title: passage.topic.title, text: passage.text, source: passage.source }));
		const startedAt = Date.now();
		try {
			// A prompt over the model's context is trimmed and asked once more (fitContext.ts).
			const result = await answerWithinContext(
				reasoner,
				{ passages, history: request.history, question: request.question, onEvent: request.onEvent },
				this.deps.logger,
			);
			usage.recordCall({ model: reasoner.model, usage: result.usage, latencyMs: result.latencyMs });
			if (result.usage)
				await limits.recordTokens(request.guildId, result.usage.promptTokens + result.usage.completionTokens);
			return {
				id: randomUUID().replaceAll('-', '').slice(0, 12),
				question: request.question,
				history: request.history,
				text: result.text,
				trace: result.trace,
				incomplete: result.incomplete ?? null,
				model: reasoner.model,
				createdAt: now().toISOString(),
				usage: result.usage ?? null,
			};
		} catch (error) {
			usage.recordFailure(reasoner.model, Date.now() - startedAt, error);
			throw error;
		}
	}
}
