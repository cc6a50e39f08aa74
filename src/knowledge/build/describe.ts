import { TOPIC_KINDS } from '../types.js';
import type { KnowledgeFile } from '../types.js';

/** "42 topics (stage 6, model 6, …), version 1a2b3c4d5e6f". */
export function describeKnowledge(file: KnowledgeFile): string {
	const counts = TOPIC_KINDS.map((kind) => [kind, file.topics.filter((topic) => topic.kind === kind).length] as const)
		.filter(([, count]) => count > 0)
		.map(([kind, count]) => `${kind} ${count}`);
	return `${file.topics.length} topics (${counts.join(', ')}), version ${file.version}`;
}
