import type { Keyv } from 'keyv';
import { createKeyedLock } from '../cache/keyedLock.js';
import type { Store } from '../cache/store.js';
import { EMPTY_LEITNER } from './leitner.js';
import type { GuildScores, LeitnerState, Round, Schedule } from './types.js';

/** Rounds stay readable this long, so late presses get "this question has finished" rather than "unknown". */
const ROUND_TTL_MS = 7 * 24 * 3_600_000;

export interface OpenRoundRef {
	readonly guildId: string;
	readonly roundId: string;
	readonly endsAt: number;
}

/** Who a Leitner state belongs to: a user id, or the study channel's shared state. */
export type Learner = string;
export const STUDY_CHANNEL_LEARNER: Learner = 'study-channel';

/**
 * Quiz state in the keyv store. Reads are plain gets (each value is written whole, so a read never sees half an
 * update); every read-modify-write of a guild's state runs inside `withGuild`, which serialises them per guild.
 */
export interface QuizStore {
	withGuild<T>(guildId: string, task: () => Promise<T>): Promise<T>;
	getRound(guildId: string, roundId: string): Promise<Round | undefined>;
	setRound(round: Round): Promise<void>;
	getScores(guildId: string): Promise<GuildScores>;
	setScores(guildId: string, scores: GuildScores): Promise<void>;
	getLeitner(guildId: string, learner: Learner): Promise<LeitnerState>;
	setLeitner(guildId: string, learner: Learner, state: LeitnerState): Promise<void>;
	getSchedule(guildId: string): Promise<Schedule | undefined>;
	setSchedule(schedule: Schedule): Promise<void>;
	deleteSchedule(guildId: string): Promise<void>;
	listSchedules(): Promise<readonly Schedule[]>;
	/** Rounds not yet revealed, so the clock can reveal them, also after a restart. */
	listOpenRounds(): Promise<readonly OpenRoundRef[]>;
}

export function createQuizStore(store: Store): QuizStore {
	const rounds = store.namespace<Round>('quiz-rounds', { ttlMs: ROUND_TTL_MS });
	const open = store.namespace<OpenRoundRef>('quiz-open-rounds', { ttlMs: ROUND_TTL_MS });
	const scores = store.namespace<GuildScores>('quiz-scores');
	const leitner = store.namespace<LeitnerState>('quiz-leitner');
	const schedules = store.namespace<Schedule>('quiz-schedules');
	// Reuses a namespace's connection: with Redis every namespace shares one client anyway.
	const lock = createKeyedLock(rounds, 'quiz-guild');

	return {
		withGuild: (guildId, task) => lock.run(guildId, task),
		getRound: async (guildId, roundId) => rounds.get(`${guildId}:${roundId}`),
		async setRound(round) {
			const key = `${round.guildId}:${round.id}`;
			await rounds.set(key, round);
			if (round.status === 'open')
				await open.set(key, { guildId: round.guildId, roundId: round.id, endsAt: round.endsAt });
			else await open.delete(key);
		},
		getScores: async (guildId) => (await scores.get(guildId)) ?? {},
		async setScores(guildId, value) {
			await scores.set(guildId, value);
		},
		getLeitner: async (guildId, learner) => (await leitner.get(`${guildId}:${learner}`)) ?? EMPTY_LEITNER,
		async setLeitner(guildId, learner, state) {
			await leitner.set(`${guildId}:${learner}`, state);
		},
		getSchedule: async (guildId) => schedules.get(guildId),
		async setSchedule(schedule) {
			await schedules.set(schedule.guildId, schedule);
		},
		async deleteSchedule(guildId) {
			await schedules.delete(guildId);
		},
		listSchedules: () => values(schedules),
		listOpenRounds: () => values(open),
	};
}

/** Every value of a namespace; read back by key so the values come typed (the iterator's are not). */
async function values<Value>(keyv: Keyv<Value>): Promise<Value[]> {
	const keys: string[] = [];
	if (!keyv.iterator) return [];
	for await (const [key] of keyv.iterator(keyv.namespace)) if (typeof key === 'string') keys.push(key);
	const found = await Promise.all(keys.map((key) => keyv.get(key)));
	return found.filter((value) => value !== undefined);
}
