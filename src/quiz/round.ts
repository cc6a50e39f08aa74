import type { QuizItem } from '../knowledge/types.js';
import type { Round, RoundAnswer, RoundInfo } from './types.js';

export interface OpenRoundParams {
	readonly id: string;
	readonly guildId: string;
	readonly channelId: string;
	readonly item: QuizItem;
	readonly askedBy: string | null;
	readonly now: number;
	readonly durationMs: number;
}

/** open → (answered by each user at most once) → revealed. */
export function openRound(params: OpenRoundParams): Round {
	return {
		id: params.id,
		guildId: params.guildId,
		channelId: params.channelId,
		messageId: null,
		itemId: params.item.id,
		askedBy: params.askedBy,
		openedAt: params.now,
		endsAt: params.now + params.durationMs,
		status: 'open',
		answers: {},
	};
}

export function isOpen(round: RoundInfo, now: number): boolean {
	return round.status === 'open' && now < round.endsAt;
}

export interface AnswerAttempt {
	readonly userId: string;
	readonly name: string;
	readonly option: number;
	readonly now: number;
}

export type AnswerOutcome =
	| { readonly kind: 'recorded'; readonly round: Round; readonly answer: RoundAnswer }
	| { readonly kind: 'duplicate'; readonly previous: RoundAnswer }
	| { readonly kind: 'closed' }
	| { readonly kind: 'invalid-option' };

export function isValidOption(item: QuizItem, option: number): boolean {
	return Number.isInteger(option) && option >= 0 && option < item.options.length;
}

export function answerRound(round: Round, item: QuizItem, attempt: AnswerAttempt): AnswerOutcome {
	if (!isValidOption(item, attempt.option)) return { kind: 'invalid-option' };
	const previous = round.answers[attempt.userId];
	if (previous) return { kind: 'duplicate', previous };
	if (!isOpen(round, attempt.now)) return { kind: 'closed' };
	const answer: RoundAnswer = {
		name: attempt.name,
		option: attempt.option,
		correct: attempt.option === item.answer,
		at: attempt.now,
	};
	return { kind: 'recorded', answer, round: { ...round, answers: { ...round.answers, [attempt.userId]: answer } } };
}

/** Idempotent: a revealed round stays as it is. Only a round whose time is up is revealed. */
export function revealRound(round: Round, now: number): Round | undefined {
	if (round.status !== 'open' || now < round.endsAt) return undefined;
	return { ...round, status: 'revealed' };
}

export interface RoundTally {
	readonly answered: number;
	readonly correct: number;
	/** Names of those who got it right, in answer order. */
	readonly correctNames: readonly string[];
}

export function tallyRound(round: Round): RoundTally {
	const answers = Object.values(round.answers).sort((a, b) => a.at - b.at);
	const right = answers.filter((answer) => answer.correct);
	return { answered: answers.length, correct: right.length, correctNames: right.map((answer) => answer.name) };
}
