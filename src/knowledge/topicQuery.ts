import { foldKey } from './fold.js';
import type { KnowledgeBase, Topic } from './types.js';

/** Typed text that asks for the whole training pipeline rather than one topic. */
const PIPELINE_KEYS = new Set(['trainingstage', 'trainingstages', 'stage', 'stages', 'pipeline', 'trainingpipeline']);

export const PIPELINE_QUERY = 'pipeline';
const SUGGESTION_COUNT = 3;

export function isPipelineQuery(query: string): boolean {
	return PIPELINE_KEYS.has(foldKey(query));
}

export type ExplainTarget =
	| { readonly kind: 'pipeline' }
	| { readonly kind: 'topic'; readonly topic: Topic }
	| { readonly kind: 'unknown'; readonly suggestions: readonly Topic[] };

/** What `/explain topic:` shows for typed or picked text. */
export function resolveExplainQuery(knowledge: KnowledgeBase, query: string): ExplainTarget {
	// Before `get`: its typo tolerance would read "pipeline" as "timeline".
	if (isPipelineQuery(query)) return { kind: 'pipeline' };
	const topic = knowledge.get(query);
	if (topic) return { kind: 'topic', topic };
	return { kind: 'unknown', suggestions: knowledge.search(query, { limit: SUGGESTION_COUNT }).map((hit) => hit.topic) };
}

export type ModelPick =
	| { readonly kind: 'model'; readonly topic: Topic }
	| { readonly kind: 'notModel'; readonly topic: Topic; readonly suggestions: readonly Topic[] }
	| { readonly kind: 'unknown'; readonly suggestions: readonly Topic[] };

/** Resolves typed text to a model topic the way /explain resolves topics; suggests models otherwise. */
export function resolveModelQuery(knowledge: KnowledgeBase, query: string): ModelPick {
	const topic = knowledge.get(query);
	if (topic?.kind === 'model') return { kind: 'model', topic };
	// Closest models first, topped up with the others so there is always something to pick.
	const hits = knowledge.search(query, { limit: SUGGESTION_COUNT, kinds: ['model'] }).map((hit) => hit.topic);
	const rest = models(knowledge).filter((model) => !hits.includes(model));
	const suggestions = [...hits, ...rest].slice(0, SUGGESTION_COUNT);
	return topic ? { kind: 'notModel', topic, suggestions } : { kind: 'unknown', suggestions };
}

/** Models worth comparing with `model`: its related models first, then the others in knowledge order. */
export function otherModels(knowledge: KnowledgeBase, model: Topic, limit = SUGGESTION_COUNT): readonly Topic[] {
	const others = models(knowledge).filter((topic) => topic.id !== model.id);
	const related = others.filter((topic) => model.related.includes(topic.id));
	return [...related, ...others.filter((topic) => !related.includes(topic))].slice(0, limit);
}

export function models(knowledge: KnowledgeBase): readonly Topic[] {
	return knowledge.topics.filter((topic) => topic.kind === 'model');
}

/** Exact id lookup, for ids that come back in custom ids and select values (no typo tolerance there). */
export function topicById(knowledge: KnowledgeBase, id: string): Topic | undefined {
	return knowledge.topics.find((topic) => topic.id === id);
}

/** Whether autocomplete should offer the pipeline view for this (partly) typed text. */
export function suggestsPipeline(focused: string): boolean {
	const key = foldKey(focused);
	if (key === '') return true;
	return key.length >= 3 && [...PIPELINE_KEYS].some((name) => name.startsWith(key));
}
