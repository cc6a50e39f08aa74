import type { EmbedBuilder } from 'discord.js';
import type { KnowledgeBase, Topic } from '../knowledge/types.js';
import { renderCompareEmbed } from './compareEmbed.js';
import { renderPipelineMessage, type PipelineMessage } from './pipelineMessage.js';
import { renderTopicMessage, type TopicMessage } from './topicMessage.js';

export interface ComparisonMessage {
	readonly embeds: EmbedBuilder[];
	readonly allowedMentions: { readonly parse: [] };
}

/**
 * The replies of /explain and /compare, which depend only on the knowledge (fixed while the bot runs).
 * Each is built on first use and reused: rebuilding a ~4.5 KB embed on every reply cost a tenth of /explain's CPU.
 * Every call returns a new top-level object, because discord.js writes into the options it is given; the
 * embeds and rows inside are shared and must not be changed.
 */
export interface KnowledgeViews {
	topic(topic: Topic): TopicMessage;
	pipeline(): PipelineMessage;
	comparison(first: Topic, second: Topic): ComparisonMessage;
}

/** Keys are topic ids from `knowledge`, so the caches are bounded by its size. */
export function createKnowledgeViews(knowledge: KnowledgeBase): KnowledgeViews {
	const topics = new Map<string, TopicMessage>();
	const comparisons = new Map<string, ComparisonMessage>();
	let pipeline: PipelineMessage | undefined;
	return {
		topic(topic) {
			return { ...memo(topics, topic.id, () => renderTopicMessage(topic, knowledge)) };
		},
		pipeline() {
			pipeline ??= renderPipelineMessage(knowledge.stages());
			return { ...pipeline };
		},
		comparison(first, second) {
			return {
				...memo(comparisons, `${first.id}\n${second.id}`, () => ({
					embeds: [renderCompareEmbed(first, second)],
					allowedMentions: { parse: [] },
				})),
			};
		},
	};
}

function memo<T>(cache: Map<string, T>, key: string, build: () => T): T {
	const cached = cache.get(key);
	if (cached !== undefined) return cached;
	const view = build();
	cache.set(key, view);
	return view;
}
