import { createResolver } from './resolve.js';
import { createTopicSearch } from './search.js';
import type { KnowledgeBase, KnowledgeFile } from './types.js';

const EMPTY_TABLE = Object.freeze({ benchmarks: [], scores: [] });

/** The read-only view the bot uses; builds the lookup table and search index once. */
export function createKnowledgeBase(file: KnowledgeFile): KnowledgeBase {
	const topics = Object.freeze([...file.topics]);
	const stages = Object.freeze(
		topics.filter((topic) => topic.kind === 'stage').sort((a, b) => (a.order ?? 0) - (b.order ?? 0)),
	);
	const resolver = createResolver(topics);
	const search = createTopicSearch(topics, resolver);
	return {
		version: file.version,
		topics,
		get: (query) => resolver.get(query),
		search,
		stages: () => stages,
		quiz: Object.freeze([...(file.quiz ?? [])]),
		benchmarks: file.benchmarks ?? EMPTY_TABLE,
	};
}
