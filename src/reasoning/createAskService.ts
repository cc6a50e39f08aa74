import type { Logger } from 'pino';
import type { Keyv } from 'keyv';
import { bestEffort } from '../cache/bestEffort.js';
import type { Store } from '../cache/store.js';
import { isModelConfigured, type Config } from '../app/config.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import { createQaEngine } from '../qa/engine.js';
import { AnswerCache, type StoredAnswer } from './answerCache.js';
import { AskService } from './askService.js';
import { Conversations, type Thread } from './conversation.js';
import { AskLimits } from './limits.js';
import { checkModel } from './modelCheck.js';
import { createLazyOpenAIReasoner } from './lazyReasoner.js';
import { UsageTracker } from './usage.js';

const THREAD_TTL_MS = 86_400_000;
const MAX_THREAD_TURNS = 4;
const MODEL_CHECK_TIMEOUT_MS = 5000;

/** Builds /ask's services from config; the model check runs later (AskService.startModelCheck) and is never fatal. */
export function createAskService(
	config: Config,
	store: Store,
	knowledge: KnowledgeBase,
	logger: Logger,
	now: () => Date,
): AskService {
	const reasoner =
		isModelConfigured(config) && config.OPENAI_BASE_URL && config.REASONING_MODEL
			? createLazyOpenAIReasoner({
					baseURL: config.OPENAI_BASE_URL,
					apiKey: config.OPENAI_API_KEY,
					model: config.REASONING_MODEL,
					deadlineMs: config.MODEL_DEADLINE_MS,
					maxRetries: config.MODEL_MAX_RETRIES,
					maxRetryWaitMs: config.MODEL_MAX_RETRY_WAIT_MS,
					maxCompletionTokens: config.MODEL_MAX_COMPLETION_TOKENS,
					reasoningEffort: config.REASONING_EFFORT,
					streaming: config.MODEL_STREAMING,
					listTimeoutMs: MODEL_CHECK_TIMEOUT_MS,
				})
			: undefined;
	const ttlMs = config.ASK_CACHE_TTL;
	// /ask keeps answering while the store is unreachable: no cache, no limits, no threads, a warning each time.
	const degradable = <Value>(keyv: Keyv<Value>, name: string) => bestEffort(keyv, name, logger);
	const service = new AskService({
		reasoner,
		knowledge,
		qa: createQaEngine(knowledge),
		cache: new AnswerCache(
			degradable(store.namespace<StoredAnswer>('ask-cache', { ttlMs }), 'ask-cache'),
			degradable(store.namespace<StoredAnswer>('ask-answers', { ttlMs }), 'ask-answers'),
			{ ttlMs },
		),
		limits: new AskLimits(
			degradable(store.namespace<number>('ask-limits'), 'ask-limits'),
			{
				cooldownMs: config.ASK_COOLDOWN_SECONDS * 1000,
				dailyQuota: config.ASK_DAILY_QUOTA,
				guildDailyTokens: config.GUILD_DAILY_TOKEN_BUDGET,
				regenerateCooldownMs: config.REGENERATE_COOLDOWN_SECONDS * 1000,
			},
			now,
		),
		conversations: new Conversations(
			degradable(store.namespace<Thread>('ask-threads', { ttlMs: THREAD_TTL_MS }), 'ask-threads'),
			MAX_THREAD_TURNS,
		),
		usage: new UsageTracker(logger.child({ component: 'model' })),
		logger,
		now,
		checkModel: () => checkModel(reasoner, logger),
	});
	return service;
}
