import type { SourceRef, Topic } from '../knowledge/types.js';
import type { Intent } from './intent.js';

/** What /ask shows when the knowledge answers: the answer, the topic it rests on and its sources. */
export interface CoveredAnswer {
	readonly covered: true;
	readonly intent: Intent;
	/** Markdown: one direct sentence first, then at most two supporting facts, each with its source. */
	readonly text: string;
	/** The topic to open in /explain. */
	readonly topic: Topic;
	readonly sources: readonly string[];
	/**
	 * Built from structured knowledge with high confidence (a table figure, a stage, a definition of the named
	 * topic): worth giving even when a model is configured.
	 */
	readonly direct: boolean;
}

/** Our sources do not cover the question: say so, and point at the nearest topics. */
export interface UncoveredAnswer {
	readonly covered: false;
	readonly intent: Intent;
	readonly text: string;
	readonly suggestions: readonly Topic[];
	/** What is asked is one of the things our sources leave open (a topic's `unstated` list), not merely unmatched. */
	readonly leftOpen?: boolean;
}

export type QaAnswer = CoveredAnswer | UncoveredAnswer;

export interface Line {
	readonly text: string;
	readonly source: string;
}

/** The shape every covered answer takes: the lead line, then up to two supporting lines with their sources. */
export function composeAnswer(
	intent: Intent,
	topic: Topic,
	lead: Line,
	support: readonly Line[],
	options: { readonly direct: boolean; readonly alsoFrom?: readonly string[] },
): CoveredAnswer {
	const shown = support.filter((line) => line.text !== lead.text).slice(0, MAX_SUPPORT);
	const text = [lead.text, ...shown.map((line) => `- ${line.text} (${line.source})`)].join('\n');
	return {
		covered: true,
		intent,
		text,
		topic,
		sources: [...new Set([lead.source, ...(options.alsoFrom ?? []), ...shown.map((line) => line.source)])],
		direct: options.direct,
	};
}

export const MAX_SUPPORT = 2;

/** Several sources as one line shows them: "DeepSeek-R1 paper §3.1; DeepSeek-R1 README". */
export function sourcesLabel(refs: readonly SourceRef[]): string {
	return refs.map((ref) => ref.label).join('; ');
}

export const NOT_COVERED_LEAD = "**Not stated in our sources.** I won't guess.";

export function notCovered(intent: Intent, suggestions: readonly Topic[], detail = ''): UncoveredAnswer {
	const nearest =
		suggestions.length > 0
			? ` Nearest topics: ${suggestions.map((topic) => `**${topic.title}**`).join(', ')} (try /explain).`
			: ' Try /explain with a topic.';
	return { covered: false, intent, text: `${NOT_COVERED_LEAD}${detail ? ` ${detail}` : ''}${nearest}`, suggestions };
}
