import { TOPIC_KINDS } from '../types.js';
import type { KnowledgeFile } from '../types.js';

/** "42 topics (stage 6, model 6, …), 20 benchmarks with 108 scores, version 1a2b3c4d5e6f" (no table, no middle part). */
export function describeKnowledge(file: KnowledgeFile): string {
	const counts = TOPIC_KINDS.map((kind) => [kind, file.topics.filter((topic) => topic.kind === kind).length] as const)
		.filter(([, count]) => count > 0)
		.map(([kind, count]) => `${kind} ${count}`);
	const table = file.benchmarks
		? `, ${file.benchmarks.benchmarks.length} benchmarks with ${file.benchmarks.scores.length} scores`
		: '';
	return `${file.topics.length} topics (${counts.join(', ')})${table}, version ${file.version}`;
}
