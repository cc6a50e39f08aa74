import { contentHash, sortKeys } from '../contentHash.js';
import { KnowledgeFileSchema } from '../schema.js';
import { TOPIC_KINDS } from '../types.js';
import type { KnowledgeFile, Topic } from '../types.js';

export interface BuiltKnowledge {
	readonly file: KnowledgeFile;
	/** Exactly what goes on disk: sorted keys, tabs, trailing newline, no timestamps. */
	readonly json: string;
}

export function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** By kind (stages in pipeline order first), article sections grouped by article in reading order; ids break ties. */
export function compareTopics(a: Topic, b: Topic): number {
	return (
		TOPIC_KINDS.indexOf(a.kind) - TOPIC_KINDS.indexOf(b.kind) ||
		(a.kind === 'article-section' ? compareText(a.source.key, b.source.key) : 0) ||
		(a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) ||
		compareText(a.id, b.id)
	);
}

/** Puts the content in canonical order, stamps the content hash and checks the result against the schema. */
export function finalizeKnowledge(content: Omit<KnowledgeFile, 'format' | 'version'>): BuiltKnowledge {
	const unversioned = {
		format: 1 as const,
		sources: [...content.sources].sort((a, b) => compareText(a.key, b.key)),
		documents: [...content.documents].sort((a, b) => compareText(a.file, b.file)),
		topics: content.topics
			.map((topic) => ({
				...topic,
				aliases: [...new Set(topic.aliases)].sort(compareText),
				related: [...new Set(topic.related)].sort(compareText),
			}))
			.sort(compareTopics),
		...(content.quiz ? { quiz: [...content.quiz].sort((a, b) => compareText(a.id, b.id)) } : {}),
		// The table builder already sorts benchmarks and scores.
		...(content.benchmarks ? { benchmarks: content.benchmarks } : {}),
	};
	const file: KnowledgeFile = { ...unversioned, version: contentHash(sortKeys(unversioned)) };
	const checked = KnowledgeFileSchema.safeParse(file);
	if (!checked.success) throw new Error(`builder produced an invalid knowledge file: ${checked.error.message}`);
	return { file, json: `${JSON.stringify(sortKeys(file), null, '\t')}\n` };
}
