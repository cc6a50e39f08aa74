import type { Logger } from 'pino';
import type { Store } from '../cache/store.js';
import type { Config } from '../app/config.js';
import type { KnowledgeBase } from '../knowledge/types.js';
import type { QuizRuntime } from '../quiz/runtime.js';
import type { AskService } from '../reasoning/askService.js';
import type { UnfinishedAnswers } from '../ask/unfinishedAnswers.js';
import type { KnowledgeViews } from '../render/knowledgeViews.js';
import type { PictureService } from '../render/pictures/pictureService.js';
import type { BotMetrics } from '../metrics/botMetrics.js';
import type { InteractionStats } from './stats.js';

/** Long-lived dependencies, built once in src/app/main.ts and passed down explicitly. */
export interface AppContext {
	readonly config: Config;
	readonly logger: Logger;
	readonly store: Store;
	readonly knowledge: KnowledgeBase;
	/** /explain and /compare replies, built once per topic (or pair) from `knowledge`. */
	readonly views: KnowledgeViews;
	/** Charts and the pipeline diagram as PNG attachments (knowledge ones rendered once, the stats one per request). */
	readonly pictures: PictureService;
	readonly stats: InteractionStats;
	/** /quiz and /study: questions, answers, scores, schedules, and the scheduler that posts and reveals. */
	readonly quiz: QuizRuntime;
	/** Counters for /metrics: `recordCacheLookup`, `recordModelTokens`, `recordError` (see BotMetrics). */
	readonly metrics: BotMetrics;
	/** /ask: routing, answer cache, limits, follow-up threads and model usage. */
	readonly ask: AskService;
	/** Deferred /ask replies not yet final: closed at shutdown, and after a restart from the store. */
	readonly unfinished: UnfinishedAnswers;
	/** The bot's own version (package.json), shown by /about. */
	readonly version: string;
	readonly startedAt: Date;
	readonly now: () => Date;
}

/** What one handler invocation receives: the app context plus request-scoped values. */
export interface InteractionContext extends AppContext {
	/** Child logger bound to this interaction (command, user, guild, ref). */
	readonly log: Logger;
	/** Short id shown to the user on unexpected errors and written to the log. */
	readonly ref: string;
}
