import path from 'node:path';
import { loadKnowledge } from '../../../src/knowledge/load.js';
import type { KnowledgeBase, Topic } from '../../../src/knowledge/types.js';
import { REPO_ROOT } from '../knowledge/fixtures.js';

export function loadRealKnowledge(): Promise<KnowledgeBase> {
	return loadKnowledge(path.join(REPO_ROOT, 'knowledge/knowledge.json'));
}

export function topic(knowledge: KnowledgeBase, id: string): Topic {
	const found = knowledge.topics.find((candidate) => candidate.id === id);
	if (!found) throw new Error(`no topic ${id} in the knowledge file`);
	return found;
}

/** A topic far larger than any real one, to test truncation. */
export function hugeTopic(base: Topic): Topic {
	const long = (word: string, count: number) => Array.from({ length: count }, () => word).join(' ');
	const check = base.factChecks[0];
	const fact = base.facts[0];
	if (!check || !fact) throw new Error(`${base.id} needs a fact and a fact check`);
	return {
		...base,
		title: long('Title', 80),
		explanation: [long('alpha', 500), long('beta', 500), long('gamma', 500)],
		facts: Array.from({ length: 40 }, (_, index) => ({ ...fact, text: `${index} ${long('fact', 60)}` })),
		factChecks: Array.from({ length: 30 }, (_, index) => ({
			...check,
			id: `check-${index}`,
			claim: long('claim', 150),
			correction: long('correction', 150),
		})),
		source: { ...base.source, label: long('label', 500) },
	};
}
