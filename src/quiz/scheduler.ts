import type { Logger } from 'pino';
import { DeliveryError, type QuizDelivery } from './delivery.js';
import { nextDueAt } from './schedule.js';
import type { QuizService } from './service.js';
import type { QuizStore } from './store.js';

/** The quiz's clock: reveals rounds whose time is up and posts scheduled questions; also keeps messages current. */
export interface QuizScheduler {
	/** Starts the loop; rounds and schedules persisted before a restart are picked up on the first pass. */
	start(): void;
	/** Stops the loop and waits for a pass in progress. */
	stop(): Promise<void>;
	/** Runs a pass now (a new round or schedule may be due sooner than planned); resolves when a pass after this call ends. */
	wake(): Promise<void>;
	/**
	 * Makes sure a pass runs by `endsAt` (a new round's end) without running one now: a pass per new question would
	 * double the cost of every question.
	 */
	armReveal(endsAt: number): void;
	/**
	 * Edits a round's message to its current state; calls for one round are coalesced and applied in order. When a
	 * press's edit of the round already waits for its turn (see syncSoon), that edit shows it: a second edit now would
	 * spend the channel's edit budget on the same count.
	 */
	sync(guildId: string, roundId: string): Promise<void>;
	/**
	 * The same, after a press: at most one edit per channel per `pressEditDelayMs`, however many press meanwhile and
	 * however many questions the channel holds (the rounds with presses take turns, oldest first). Discord allows
	 * about five message edits per 5 s in a channel, and an edit costs more than the press itself.
	 */
	syncSoon(guildId: string, roundId: string): void;
	/**
	 * A question posted without its message id: presses bring it (see QuizService.answer). If none has after
	 * `messageIdDelayMs`, `fetchId` asks Discord and the id is stored (the reveal needs it). A stop asks at once for
	 * those still waiting, so a restart finds them stored.
	 */
	awaitMessageId(guildId: string, roundId: string, fetchId: () => Promise<string>): void;
}

/** Message edits Discord lets a channel take at once (then about one a second). */
const EDIT_BURST_PER_CHANNEL = 5;

interface RoundRef {
	readonly guildId: string;
	readonly roundId: string;
}

export interface QuizSchedulerOptions {
	readonly service: QuizService;
	readonly store: QuizStore;
	readonly delivery: QuizDelivery;
	readonly logger: Logger;
	readonly now: () => number;
	/** Longest sleep between passes, so changes made by another process are noticed. */
	readonly maxSleepMs?: number;
	/** How long a question waits for a press to bring its message id before asking Discord (default 2 s). */
	readonly messageIdDelayMs?: number;
	/** How long the answer count on a question may lag behind the presses (default 1 s). */
	readonly pressEditDelayMs?: number;
	/**
	 * Whether this process serves the guild. Under sharding every process sees every round and schedule in the shared
	 * store, but only the guild's own shard can post there (the others have no channel cache for it). Default: all.
	 */
	readonly ownsGuild?: (guildId: string) => boolean;
}

export function createQuizScheduler(options: QuizSchedulerOptions): QuizScheduler {
	const { service, store, delivery, logger, now } = options;
	const maxSleepMs = options.maxSleepMs ?? 30_000;
	const ownsGuild = options.ownsGuild ?? (() => true);
	let timer: NodeJS.Timeout | undefined;
	let plannedAt = Number.POSITIVE_INFINITY;
	// Round ends armed while a pass was running (its store scan may have missed them).
	let armedDuringPass = Number.POSITIVE_INFINITY;
	let pass: Promise<void> | undefined;
	let stopped = true;
	let rerun = false;
	// Callers of wake() waiting for the next pass to finish.
	const waiters: (() => void)[] = [];
	const syncs = new Map<string, { dirty: boolean; done: Promise<void> }>();
	const pressEditDelayMs = options.pressEditDelayMs ?? 1_000;
	const messageIdDelayMs = options.messageIdDelayMs ?? 2_000;
	// Questions whose message id no press has brought yet: what asks Discord for it, and its timer.
	const awaitingIds = new Map<string, { readonly run: () => Promise<void>; readonly timer: NodeJS.Timeout }>();
	// Per channel (or per round when its channel is not known here), the rounds with a press whose edit waits for
	// its turn, in the order they were first pressed, and the timer of the channel's next edit.
	const pendingEdits = new Map<string, { readonly rounds: Map<string, RoundRef>; timer: NodeJS.Timeout }>();

	async function runPass(): Promise<void> {
		const startedAt = now();
		let wakeAt = startedAt + maxSleepMs;
		for (const ref of await store.dueRounds(startedAt)) {
			if (!ownsGuild(ref.guildId)) continue;
			await guarded(ref.guildId, async () => {
				if (await service.revealIfDue(ref.guildId, ref.roundId)) await sync(ref.guildId, ref.roundId);
			});
		}
		// Asked as of the pass's start: a round that ended while this pass revealed others is next, not forgotten.
		const nextEnd = await store.nextRoundEnd(startedAt);
		if (nextEnd !== undefined) wakeAt = Math.min(wakeAt, nextEnd);
		for (const schedule of await service.schedules.list()) {
			if (schedule.paused || !ownsGuild(schedule.guildId)) continue;
			await guarded(schedule.guildId, () => postScheduled(schedule.guildId));
			const latest = await service.schedules.get(schedule.guildId);
			if (latest && !latest.paused) wakeAt = Math.min(wakeAt, nextDueAt(latest, now()));
		}
		wakeAt = Math.min(wakeAt, armedDuringPass);
		armedDuringPass = Number.POSITIVE_INFINITY;
		plan(Math.max(wakeAt - now(), 0));
	}

	async function postScheduled(guildId: string): Promise<void> {
		const schedule = await service.schedules.claimDue(guildId);
		if (!schedule) return;
		const question = await service.ask({ guildId, channelId: schedule.channelId, askedBy: null });
		if (!question) return;
		try {
			const messageId = await delivery.post(question);
			if (await service.attachMessage(guildId, question.round.id, messageId)) void sync(guildId, question.round.id);
			await service.schedules.markPosted(guildId, schedule.channelId);
			logger.info({ guildId, channelId: schedule.channelId, item: question.item.id }, 'study question posted');
		} catch (error) {
			await service.discard(guildId, question.round.id);
			if (!(error instanceof DeliveryError)) throw error;
			const reason =
				error.problem === 'channel-gone'
					? 'The study channel no longer exists.'
					: 'I am not allowed to post in the study channel.';
			await service.schedules.pause(guildId, schedule.channelId, reason);
			logger.warn({ guildId, channelId: schedule.channelId, problem: error.problem }, 'study schedule paused');
		}
	}

	async function guarded(guildId: string, task: () => Promise<void>): Promise<void> {
		try {
			await task();
		} catch (error) {
			logger.error({ err: error, guildId }, 'quiz scheduler step failed');
		}
	}

	function plan(delayMs: number): void {
		clearTimeout(timer);
		plannedAt = Number.POSITIVE_INFINITY;
		if (stopped) return;
		plannedAt = now() + delayMs;
		timer = setTimeout(trigger, delayMs);
	}

	function trigger(): void {
		if (stopped) {
			release(waiters.splice(0));
			return;
		}
		if (pass) {
			rerun = true;
			return;
		}
		const served = waiters.splice(0);
		pass = runPass()
			.catch((error: unknown) => {
				logger.error({ err: error }, 'quiz scheduler pass failed');
				plan(maxSleepMs);
			})
			.finally(() => {
				pass = undefined;
				release(served);
				if (rerun) {
					rerun = false;
					trigger();
				}
			});
	}

	function release(resolvers: readonly (() => void)[]): void {
		for (const resolve of resolvers) resolve();
	}

	/** Press edits take turns per channel (per round when this process does not know the round's channel). */
	function laneOf(guildId: string, roundId: string): string {
		const channelId = service.knownRound(guildId, roundId)?.channelId;
		return channelId === undefined ? `round:${guildId}:${roundId}` : `channel:${guildId}:${channelId}`;
	}

	async function learnMessageId(guildId: string, roundId: string, fetchId: () => Promise<string>): Promise<void> {
		if (service.knownRound(guildId, roundId)?.messageId) return;
		try {
			if (await service.attachMessage(guildId, roundId, await fetchId())) await sync(guildId, roundId);
		} catch (error) {
			logger.warn({ err: error, guildId, roundId }, 'could not learn the question message id');
		}
	}

	function sync(guildId: string, roundId: string): Promise<void> {
		const key = `${guildId}:${roundId}`;
		const running = syncs.get(key);
		if (running) {
			running.dirty = true;
			return running.done;
		}
		const state = { dirty: true, done: Promise.resolve() };
		state.done = (async () => {
			try {
				while (state.dirty) {
					state.dirty = false;
					const question = await service.question(guildId, roundId);
					if (!question?.round.messageId) break;
					await delivery.show(question);
				}
			} catch (error) {
				logger.warn({ err: error, guildId, roundId }, 'could not update the question message');
			} finally {
				syncs.delete(key);
			}
		})();
		syncs.set(key, state);
		return state.done;
	}

	return {
		start() {
			stopped = false;
			trigger();
		},
		async stop() {
			stopped = true;
			clearTimeout(timer);
			// Counts waiting for their turn go out now rather than never, as many per channel as Discord takes at once;
			// any others keep their last count until the reveal edits them.
			for (const pending of pendingEdits.values()) {
				clearTimeout(pending.timer);
				for (const ref of [...pending.rounds.values()].slice(0, EDIT_BURST_PER_CHANNEL)) {
					void sync(ref.guildId, ref.roundId);
				}
			}
			pendingEdits.clear();
			const fetches = [...awaitingIds.values()].map(({ run, timer }) => {
				clearTimeout(timer);
				return run();
			});
			await Promise.all(fetches);
			await pass;
			release(waiters.splice(0));
			await Promise.all([...syncs.values()].map((state) => state.done));
		},
		armReveal(endsAt) {
			if (stopped) return;
			if (pass) armedDuringPass = Math.min(armedDuringPass, endsAt);
			else if (endsAt < plannedAt) plan(Math.max(endsAt - now(), 0));
		},
		wake() {
			const done = new Promise<void>((resolve) => waiters.push(resolve));
			trigger();
			return done;
		},
		sync: (guildId, roundId) =>
			pendingEdits.get(laneOf(guildId, roundId))?.rounds.has(`${guildId}:${roundId}`)
				? Promise.resolve()
				: sync(guildId, roundId),
		awaitMessageId(guildId, roundId, fetchId) {
			const key = `${guildId}:${roundId}`;
			let running: Promise<void> | undefined;
			const run = () => (running ??= learnMessageId(guildId, roundId, fetchId).finally(() => awaitingIds.delete(key)));
			const timer = setTimeout(() => void run(), messageIdDelayMs).unref();
			awaitingIds.set(key, { run, timer });
		},
		syncSoon(guildId, roundId) {
			const key = `${guildId}:${roundId}`;
			const lane = laneOf(guildId, roundId);
			const waiting = pendingEdits.get(lane);
			if (waiting) {
				waiting.rounds.set(key, { guildId, roundId });
				return;
			}
			const pending = { rounds: new Map([[key, { guildId, roundId }]]), timer: setTimeout(next, pressEditDelayMs) };
			pendingEdits.set(lane, pending);
			function next(): void {
				const [first] = pending.rounds;
				if (first) {
					pending.rounds.delete(first[0]);
					void sync(first[1].guildId, first[1].roundId);
				}
				if (pending.rounds.size > 0) pending.timer = setTimeout(next, pressEditDelayMs);
				else pendingEdits.delete(lane);
			}
		},
	};
}
