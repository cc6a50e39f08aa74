import type { Logger } from 'pino';
import { buildMessages, buildSystemPrompt, type ConversationTurn, type Passage } from './prompt.js';
import { ModelError, type Reasoner, type ReasonerEvent, type ReasonerResult } from './types.js';

/** What one /ask prompt is made of, before it is turned into a system prompt and messages. */
export interface PromptParts {
	readonly passages: readonly Passage[];
	readonly history: readonly ConversationTurn[];
	readonly question: string;
	readonly onEvent?: ((event: ReasonerEvent) => void) | undefined;
}

// What the one retry keeps: the latest turn (a follow-up still reads as one) and the best-ranked passages.
const RETRY_TURNS = 1;
const RETRY_PASSAGES = 2;

/**
 * Asks the model; when the prompt overflows its context ('too-long'), trims the thread and passages and asks once
 * more. A second overflow, or one with nothing left to trim, is thrown as 'too-long' for the asker to hear.
 */
export async function answerWithinContext(
	reasoner: Reasoner,
	parts: PromptParts,
	logger: Logger,
): Promise<ReasonerResult> {
	try {
		return await reasoner.answer(toRequest(parts));
	} catch (error) {
		if (!(error instanceof ModelError) || error.kind !== 'too-long') throw error;
		const shorter = trimmed(parts);
		if (!shorter) throw error;
		logger.warn(
			{
				err: error,
				turns: `${parts.history.length} → ${shorter.history.length}`,
				passages: `${parts.passages.length} → ${shorter.passages.length}`,
			},
			'prompt too long for the model: retrying once with the thread and passages trimmed',
		);
		return reasoner.answer(toRequest(shorter));
	}
}

/** The parts with older turns and lower-ranked passages left out; undefined when that leaves them as they were. */
export function trimmed(parts: PromptParts): PromptParts | undefined {
	const history = parts.history.slice(-RETRY_TURNS);
	const passages = parts.passages.slice(0, RETRY_PASSAGES);
	if (history.length === parts.history.length && passages.length === parts.passages.length) return undefined;
	return { ...parts, history, passages };
}

function toRequest(parts: PromptParts) {
	return {
		system: buildSystemPrompt(parts.passages),
		messages: buildMessages(parts.history, parts.question),
		...(parts.onEvent ? { onEvent: parts.onEvent } : {}),
	};
}
