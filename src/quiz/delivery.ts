import type { Question } from './service.js';

/** Why a study channel cannot take posts: the schedule pauses instead of failing every window. */
export type DeliveryProblem = 'channel-gone' | 'no-permission';

export class DeliveryError extends Error {
	public override readonly name = 'DeliveryError';

	public constructor(
		public readonly problem: DeliveryProblem,
		message: string,
		options?: ErrorOptions,
	) {
		super(message, options);
	}
}

/** Posts and edits question messages; the Discord side lives outside src/quiz. Throws DeliveryError for the problems above. */
export interface QuizDelivery {
	/** Posts a new question in its round's channel and returns the message id. */
	post(question: Question): Promise<string>;
	/** Edits the question message to its round's current state (answer count, or the reveal). */
	show(question: Question): Promise<void>;
}
