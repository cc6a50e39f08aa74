import { buildCustomId } from '../core/customId.js';

/**
 * Custom ids of /explain's components: `explain:stage:<id>:<prev|next>`, `explain:open`, `explain:pipeline`, and
 * `explain:topic:<id>` ("Open in /explain" on other commands' replies).
 */
export const EXPLAIN_PREFIX = 'explain';

export type StageDirection = 'prev' | 'next';

export function stageButtonId(stageId: string, direction: StageDirection): string {
	return buildCustomId(EXPLAIN_PREFIX, 'stage', stageId, direction);
}

export function pipelineButtonId(): string {
	return buildCustomId(EXPLAIN_PREFIX, 'pipeline');
}

export function stageSelectId(): string {
	return buildCustomId(EXPLAIN_PREFIX, 'open');
}

/** "Open in /explain" under an /ask answer: the topic, shown only to whoever presses it. */
export function openTopicButtonId(topicId: string): string {
	return buildCustomId(EXPLAIN_PREFIX, 'topic', topicId);
}

export type ExplainAction =
	| { readonly kind: 'stage'; readonly topicId: string }
	| { readonly kind: 'open' }
	| { readonly kind: 'pipeline' }
	| { readonly kind: 'topic'; readonly topicId: string };

/** The action named by a custom id's args (after the prefix); undefined when they are not ours. */
export function parseExplainAction(args: readonly string[]): ExplainAction | undefined {
	const [action, topicId, direction, ...rest] = args;
	if (rest.length > 0) return undefined;
	if (action === 'stage' && topicId && (direction === 'prev' || direction === 'next'))
		return { kind: 'stage', topicId };
	if (action === 'open' && topicId === undefined) return { kind: 'open' };
	if (action === 'topic' && topicId && direction === undefined) return { kind: 'topic', topicId };
	if (action === 'pipeline' && topicId === undefined) return { kind: 'pipeline' };
	return undefined;
}
