import type { Logger } from 'pino';
import type { QuizItem } from '../knowledge/types.js';
import { createQuizBank } from './bank.js';
import type { QuizDelivery } from './delivery.js';
import { createQuizScheduler, type QuizScheduler } from './scheduler.js';
import { createQuizService, type QuizService } from './service.js';
import type { QuizStore } from './store.js';

/** What commands use: the service (state) and the scheduler (clock, message upkeep). */
export interface QuizRuntime {
	readonly service: QuizService;
	readonly scheduler: QuizScheduler;
	/** The smallest /study start interval (STUDY_MIN_INTERVAL). */
	readonly minIntervalMs: number;
}

export interface QuizRuntimeOptions {
	/** The learner database (src/db/learnerStore.ts). */
	readonly store: QuizStore;
	readonly items: readonly QuizItem[];
	readonly delivery: QuizDelivery;
	readonly logger: Logger;
	readonly now: () => Date;
	readonly roundSeconds: number;
	readonly minIntervalMs: number;
	/** Under sharding: whether this process serves the guild (see QuizSchedulerOptions.ownsGuild). */
	readonly ownsGuild?: (guildId: string) => boolean;
}

export function createQuizRuntime(options: QuizRuntimeOptions): QuizRuntime {
	const now = () => options.now().getTime();
	const { store } = options;
	const service = createQuizService({
		store,
		bank: createQuizBank(options.items),
		roundMs: options.roundSeconds * 1000,
		now,
	});
	const scheduler = createQuizScheduler({
		service,
		store,
		delivery: options.delivery,
		logger: options.logger.child({ component: 'quiz' }),
		now,
		...(options.ownsGuild ? { ownsGuild: options.ownsGuild } : {}),
	});
	return { service, scheduler, minIntervalMs: options.minIntervalMs };
}
