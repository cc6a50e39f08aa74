import { MESSAGE_LIMIT } from './splitMessage.js';
import { countOf } from './countOf.js';

export interface AskProgress {
	readonly elapsedMs: number;
	readonly reasoningTokens: number;
	readonly answerSoFar: string;
}

const PREVIEW_ROOM = MESSAGE_LIMIT - 100;

/** The live line of a deferred reply: "Thinking… 0:42 · 1,234 reasoning tokens", then the growing answer. */
export function renderProgress(progress: AskProgress): string {
	const clock = formatClock(progress.elapsedMs);
	if (progress.answerSoFar.trim() === '') {
		const tokens = progress.reasoningTokens > 0 ? ` · ${countOf(progress.reasoningTokens, 'reasoning token')}` : '';
		return `🧠 Thinking… ${clock}${tokens}`;
	}
	const preview =
		progress.answerSoFar.length > PREVIEW_ROOM
			? `${progress.answerSoFar.slice(0, PREVIEW_ROOM)}…`
			: progress.answerSoFar;
	return `${closeOpenFence(preview)}\n\n-# ✍️ Writing… ${clock}`;
}

/** "0:42", "12:05". */
export function formatClock(ms: number): string {
	const seconds = Math.max(0, Math.floor(ms / 1000));
	return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** A preview cut inside a code block would swallow the status line: close the block. */
function closeOpenFence(text: string): string {
	const fences = text.match(/^\s*```/gm)?.length ?? 0;
	return fences % 2 === 1 ? `${text}\n\`\`\`` : text;
}
