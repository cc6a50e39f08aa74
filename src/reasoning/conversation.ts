import { randomUUID } from 'node:crypto';
import type { Keyv } from 'keyv';
import type { ConversationTurn } from './prompt.js';

/** A thread of questions by one user: what follow-ups build on. */
export interface Thread {
	readonly id: string;
	readonly ownerId: string;
	readonly turns: readonly ConversationTurn[];
}

/** Follow-up threads, per user: a follow-up on someone else's answer starts the presser's own thread. */
export class Conversations {
	constructor(
		private readonly threads: Keyv<Thread>,
		private readonly maxTurns: number,
	) {}

	async get(threadId: string): Promise<Thread | undefined> {
		return this.threads.get(threadId);
	}

	/** The thread a follow-up by `userId` continues: theirs, or a new one of theirs seeded with the first turn. */
	async forFollowUp(threadId: string, userId: string): Promise<Thread | undefined> {
		const thread = await this.threads.get(threadId);
		if (!thread) return undefined;
		if (thread.ownerId === userId) return thread;
		return { id: newThreadId(), ownerId: userId, turns: thread.turns.slice(0, 1) };
	}

	/** Adds a turn (keeping the last few) and returns the saved thread. */
	async append(thread: Thread, turn: ConversationTurn): Promise<Thread> {
		const saved: Thread = { ...thread, turns: [...thread.turns, turn].slice(-this.maxTurns) };
		await this.threads.set(saved.id, saved);
		return saved;
	}

	/** A new thread of `ownerId`'s, optionally continuing from earlier turns (Regenerate keeps the context). */
	start(ownerId: string, turns: readonly ConversationTurn[] = []): Thread {
		return { id: newThreadId(), ownerId, turns };
	}
}

export function newThreadId(): string {
	return randomUUID().replaceAll('-', '').slice(0, 12);
}
