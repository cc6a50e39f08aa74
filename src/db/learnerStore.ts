import type { RankedScore } from '../quiz/scores.js';
import type { QuizStore } from '../quiz/store.js';
import type { LeitnerCard, Round, RoundInfo, Schedule } from '../quiz/types.js';
import type { Database } from './database.js';
import { leitnerQueries } from './queries/leitnerQueries.js';
import { roundQueries, type AnswerRow, type RoundRow } from './queries/roundQueries.js';
import { scheduleQueries } from './queries/scheduleQueries.js';
import { scoreQueries } from './queries/scoreQueries.js';
import { recordAnswer } from './recordAnswer.js';
import type { SchedulesTable, ScoresTable } from './schema.js';

/** The quiz's store on the learner database: every query prepared once, here. */
export function createLearnerStore(database: Database): QuizStore {
	const { builder } = database;
	const rounds = roundQueries(builder);
	const scores = scoreQueries(builder);
	const leitner = leitnerQueries(builder);
	const schedules = scheduleQueries(builder);

	return {
		async getRound(guildId, roundId) {
			const [row] = await database.all(rounds.select, { guildId, roundId });
			if (!row) return undefined;
			return toRound(row, await database.all(rounds.answers, { guildId, roundId }));
		},
		async getRoundInfo(guildId, roundId) {
			const [row] = await database.all(rounds.select, { guildId, roundId });
			return row ? toRoundInfo(row) : undefined;
		},
		async countAnswers(guildId, roundId) {
			const [row] = await database.all(rounds.countAnswers, { guildId, roundId });
			return row?.answered ?? 0;
		},
		async getAnswer(guildId, roundId, userId) {
			const [row] = await database.all(scores.answer, { guildId, roundId, userId });
			return row ? { name: row.name, option: row.option, correct: row.correct === 1, at: row.at } : undefined;
		},
		openRound: (round, asked) =>
			database.transaction(async (tx) => {
				await tx.run(rounds.insert, toRoundRow(round));
				const learner = { guildId: round.guildId, learner: asked.learner };
				await tx.run(leitner.markAsked, { ...learner, itemId: round.itemId, at: round.openedAt });
				// A pass ends once every item of the bank was asked: the next one starts empty.
				const [size] = await tx.all(leitner.passSize, learner);
				if ((size?.asked ?? 0) >= asked.bankSize) await tx.run(leitner.clearPass, learner);
			}),
		async setMessageId(guildId, roundId, messageId) {
			const [row] = await database.all(rounds.setMessageId, { guildId, roundId, messageId });
			return row ? { answered: Number(row.answered) } : undefined;
		},
		revealRound: async (guildId, roundId, now) =>
			(await database.run(rounds.revealIfDue, { guildId, roundId, now })) === 1,
		async closeRound(guildId, roundId) {
			await database.run(rounds.close, { guildId, roundId });
		},
		recordAnswer: (answer) => recordAnswer(database, { scores, leitner, rounds }, answer),
		async getLeitner(guildId, learner) {
			const key = { guildId, learner };
			const [cards, pass] = await Promise.all([database.all(leitner.cards, key), database.all(leitner.pass, key)]);
			return {
				cards: Object.fromEntries(
					cards.map((row): [string, LeitnerCard] => [
						row.item_id,
						{ box: row.box, lastCorrect: row.last_correct === 1, lastAt: row.last_at },
					]),
				),
				pass: pass.map((row) => row.item_id),
			};
		},
		async leaderboard(guildId, userId, limit) {
			const [top, [own]] = await Promise.all([
				database.all(scores.top, { guildId, limit }),
				database.all(scores.score, { guildId, userId }),
			]);
			const [standing] = await database.all(scores.standing, { guildId, points: own?.points ?? 0 });
			const ranked = rankTop(top);
			const you =
				ranked.find((entry) => entry.userId === userId) ??
				(own ? { userId, rank: (standing?.above ?? 0) + 1, score: toScoreLine(own) } : undefined);
			return { top: ranked, you, players: standing?.players ?? 0 };
		},
		async stats(guildId, userId) {
			const [[own], topics] = await Promise.all([
				database.all(scores.score, { guildId, userId }),
				database.all(scores.topics, { guildId, userId }),
			]);
			if (!own) return undefined;
			return {
				...toScoreLine(own),
				byTopic: Object.fromEntries(topics.map((row) => [row.topic, { answered: row.answered, correct: row.correct }])),
			};
		},
		async getSchedule(guildId) {
			const [row] = await database.all(schedules.select, { guildId });
			return row ? toSchedule(row) : undefined;
		},
		async saveSchedule(schedule) {
			await database.run(schedules.save, toScheduleRow(schedule));
		},
		async deleteSchedule(guildId) {
			const [row] = await database.all(schedules.delete, { guildId });
			return row ? toSchedule(row) : undefined;
		},
		listSchedules: async () => (await database.all(schedules.all, {})).map(toSchedule),
		claimWindow: async (guildId, channelId, window) =>
			(await database.run(schedules.claim, { guildId, channelId, window })) === 1,
		async markPosted(guildId, channelId, at) {
			await database.run(schedules.markPosted, { guildId, channelId, at });
		},
		async pauseSchedule(guildId, channelId, reason, at) {
			await database.run(schedules.pause, { guildId, channelId, reason, at });
		},
		dueRounds: async (now) =>
			(await database.all(rounds.due, { now })).map((row) => ({
				guildId: row.guild_id,
				roundId: row.id,
				endsAt: row.ends_at,
			})),
		async nextRoundEnd(now) {
			const [row] = await database.all(rounds.nextEnd, { now });
			return row?.ends_at ?? undefined;
		},
	};
}

type ScoreRow = Pick<ScoresTable, 'user_id' | 'name' | 'points' | 'answered' | 'correct' | 'streak' | 'best_streak'>;

/** Competition ranks within the top: everyone above a top entry is in the top too. */
function rankTop(rows: readonly ScoreRow[]): RankedScore[] {
	let rank = 0;
	return rows.map((row, index) => {
		if (index === 0 || rows[index - 1]?.points !== row.points) rank = index + 1;
		return { userId: row.user_id, rank, score: toScoreLine(row) };
	});
}

function toScoreLine(row: ScoreRow) {
	return {
		name: row.name,
		points: row.points,
		answered: row.answered,
		correct: row.correct,
		streak: row.streak,
		bestStreak: row.best_streak,
	};
}

function toRound(row: RoundRow, answers: readonly AnswerRow[]): Round {
	return {
		...toRoundInfo(row),
		answers: Object.fromEntries(
			answers.map((answer) => [
				answer.user_id,
				{ name: answer.name, option: answer.option, correct: answer.correct === 1, at: answer.at },
			]),
		),
	};
}

function toRoundInfo(row: RoundRow): RoundInfo {
	return {
		id: row.id,
		guildId: row.guild_id,
		channelId: row.channel_id,
		messageId: row.message_id,
		itemId: row.item_id,
		askedBy: row.asked_by,
		openedAt: row.opened_at,
		endsAt: row.ends_at,
		status: row.status === 'open' ? 'open' : 'revealed',
	};
}

function toRoundRow(round: Round): RoundRow {
	return {
		guild_id: round.guildId,
		id: round.id,
		channel_id: round.channelId,
		message_id: round.messageId,
		item_id: round.itemId,
		asked_by: round.askedBy,
		opened_at: round.openedAt,
		ends_at: round.endsAt,
		status: round.status,
	};
}

function toSchedule(row: SchedulesTable): Schedule {
	return {
		guildId: row.guild_id,
		channelId: row.channel_id,
		everyMs: row.every_ms,
		anchorAt: row.anchor_at,
		lastWindow: row.last_window,
		lastPostedAt: row.last_posted_at,
		paused: row.paused_reason === null ? null : { reason: row.paused_reason, at: row.paused_at ?? 0 },
		startedBy: row.started_by,
	};
}

export function toScheduleRow(schedule: Schedule): SchedulesTable {
	return {
		guild_id: schedule.guildId,
		channel_id: schedule.channelId,
		every_ms: schedule.everyMs,
		anchor_at: schedule.anchorAt,
		last_window: schedule.lastWindow,
		last_posted_at: schedule.lastPostedAt,
		paused_reason: schedule.paused?.reason ?? null,
		paused_at: schedule.paused?.at ?? null,
		started_by: schedule.startedBy,
	};
}
