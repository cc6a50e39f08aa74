import type { ActionRowBuilder, EmbedBuilder, MessageActionRowComponentBuilder } from 'discord.js';
import { LRUCache } from 'lru-cache';
import { prepareChoices, prepareReply, type PreparedReply } from '../core/preparedReply.js';
import { suggestsPipeline } from '../knowledge/topicQuery.js';
import type { KnowledgeBase, Topic } from '../knowledge/types.js';
import type { QaAnswer } from '../qa/answer.js';
import { renderKnowledgeAnswer } from './askAnswer.js';
import { renderCompareMessage } from './compareEmbed.js';
import { renderPipelineMessage, type PipelineMessage } from './pipelineMessage.js';
import { renderTopicChoices } from './topicChoices.js';
import { renderTopicMessage, type TopicMessage } from './topicMessage.js';

/** A view as discord.js options (to edit a message in place) and as a prepared first reply. */
export interface View<Message> {
	/** A new top-level object on every call: discord.js writes into the options it is given. */
	message(): Message;
	readonly reply: PreparedReply;
}

export interface ComparisonMessage {
	readonly embeds: EmbedBuilder[];
	readonly components: ActionRowBuilder<MessageActionRowComponentBuilder>[];
	readonly allowedMentions: { readonly parse: [] };
}

/**
 * The replies of /explain and /compare, which depend only on the knowledge (fixed while the bot runs).
 * Each is built and serialised on first use and reused: rebuilding a ~3 KB embed on every reply cost a tenth of
 * /explain's CPU, and serialising it again as much. The embeds and rows inside are shared and must not be changed.
 */
export interface KnowledgeViews {
	topic(topic: Topic): View<TopicMessage>;
	pipeline(): View<PipelineMessage>;
	comparison(first: Topic, second: Topic): View<ComparisonMessage>;
	/** /explain's autocomplete for what the user has typed so far: any topic, and the whole pipeline. */
	topicChoices(typed: string): PreparedReply;
	/** /compare's autocomplete: models only. */
	modelChoices(typed: string): PreparedReply;
	/**
	 * /ask's answer from the knowledge as a prepared first reply, when it fits one message (else undefined: send
	 * `renderKnowledgeAnswer`'s messages). Kept as long as the engine keeps the answer.
	 */
	knowledgeAnswer(answer: QaAnswer, options: { readonly noModel: boolean }): PreparedReply | undefined;
}

/** Distinct typed texts remembered per autocomplete: people type the same prefixes over and over. */
const REMEMBERED_TYPINGS = 500;
const CHOICES = 25;

interface Renderable {
	readonly embeds: readonly EmbedBuilder[];
	readonly components?: readonly ActionRowBuilder<MessageActionRowComponentBuilder>[];
	readonly allowedMentions: { readonly parse: [] };
}

/** Keys are topic ids from `knowledge`, so those caches are bounded by its size; typed texts are bounded by LRU. */
export function createKnowledgeViews(knowledge: KnowledgeBase): KnowledgeViews {
	const topics = new Map<string, View<TopicMessage>>();
	const comparisons = new Map<string, View<ComparisonMessage>>();
	let pipeline: View<PipelineMessage> | undefined;
	const topicChoices = new LRUCache<string, PreparedReply>({ max: REMEMBERED_TYPINGS });
	const modelChoices = new LRUCache<string, PreparedReply>({ max: REMEMBERED_TYPINGS });
	// Keyed by the engine's remembered answers, so an entry goes when the engine forgets the answer.
	const answers = {
		noModel: new WeakMap<QaAnswer, PreparedReply | null>(),
		model: new WeakMap<QaAnswer, PreparedReply | null>(),
	};
	return {
		topic(topic) {
			return memo(topics, topic.id, () => view(renderTopicMessage(topic, knowledge)));
		},
		pipeline() {
			pipeline ??= view(renderPipelineMessage(knowledge.stages()));
			return pipeline;
		},
		comparison(first, second) {
			return memo(comparisons, `${first.id}\n${second.id}`, () => view(renderCompareMessage(first, second, knowledge)));
		},
		topicChoices(typed) {
			return memo<PreparedReply>(topicChoices, typed, () => {
				const topics = knowledge.search(typed, { limit: CHOICES }).map((hit) => hit.topic);
				return prepareChoices(renderTopicChoices(topics, { pipeline: suggestsPipeline(typed) }));
			});
		},
		modelChoices(typed) {
			return memo<PreparedReply>(modelChoices, typed, () => {
				const models = knowledge.search(typed, { limit: CHOICES, kinds: ['model'] }).map((hit) => hit.topic);
				return prepareChoices(renderTopicChoices(models));
			});
		},
		knowledgeAnswer(answer, options) {
			const cache = options.noModel ? answers.noModel : answers.model;
			let prepared = cache.get(answer);
			if (prepared === undefined) {
				const [only, ...more] = renderKnowledgeAnswer(answer, options);
				prepared =
					only && more.length === 0
						? prepareReply({
								content: only.content,
								components: only.components.map((row) => row.toJSON()),
								allowed_mentions: { parse: [] },
							})
						: null;
				cache.set(answer, prepared);
			}
			return prepared ?? undefined;
		},
	};
}

function view<Message extends Renderable>(message: Message): View<Message> {
	return {
		message: () => ({ ...message }),
		reply: prepareReply({
			embeds: message.embeds.map((embed) => embed.toJSON()),
			components: (message.components ?? []).map((row) => row.toJSON()),
			allowed_mentions: { parse: [] },
		}),
	};
}

/** The cached value for `key`, built and kept on first use (a Map or an LRU: both get and set). */
function memo<T extends object>(
	cache: { get(key: string): T | undefined; set(key: string, value: T): unknown },
	key: string,
	build: () => T,
): T {
	const cached = cache.get(key);
	if (cached !== undefined) return cached;
	const built = build();
	cache.set(key, built);
	return built;
}
