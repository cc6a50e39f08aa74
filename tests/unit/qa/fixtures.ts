import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKnowledge } from '../../../src/knowledge/load.js';
import type { KnowledgeBase, Topic } from '../../../src/knowledge/types.js';
import type { CoveredAnswer, QaAnswer, UncoveredAnswer } from '../../../src/qa/answer.js';
import { createQaEngine, type QaEngine } from '../../../src/qa/engine.js';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const KNOWLEDGE_PATH = path.join(REPO_ROOT, 'knowledge/knowledge.json');

/** The real knowledge file, its raw text and an engine over it: what /ask answers from. */
export interface RealQa {
	readonly knowledge: KnowledgeBase;
	readonly knowledgeText: string;
	readonly engine: QaEngine;
}

let loading: Promise<RealQa> | undefined;

/** Loaded once per test file (vitest runs each file in its own worker). */
export function loadRealQa(): Promise<RealQa> {
	loading ??= (async () => {
		const knowledge = await loadKnowledge(KNOWLEDGE_PATH);
		const knowledgeText = await readFile(KNOWLEDGE_PATH, 'utf8');
		return { knowledge, knowledgeText, engine: createQaEngine(knowledge) };
	})();
	return loading;
}

export function topicOf(knowledge: KnowledgeBase, id: string): Topic {
	const topic = knowledge.topics.find((candidate) => candidate.id === id);
	if (!topic) throw new Error(`no topic "${id}" in the knowledge`);
	return topic;
}

export function expectCovered(answer: QaAnswer): CoveredAnswer {
	if (!answer.covered) throw new Error(`expected a covered answer, got: ${answer.text}`);
	return answer;
}

export function expectNotCovered(answer: QaAnswer): UncoveredAnswer {
	if (answer.covered) throw new Error(`expected "not in our sources", got: ${answer.text}`);
	return answer;
}

/** The answer's text without Markdown emphasis, so assertions read like what the user sees. */
export function plain(text: string): string {
	return text.replace(/\*\*/g, '');
}

/** The "- … (source)" lines under an answer's lead. */
export function supportingLines(text: string): string[] {
	return text.split('\n').filter((line) => line.startsWith('- '));
}

/** A hand-made topic for tests of pure functions (answers, grading) that only need its shape. */
export function makeTopic(id: string, title: string): Topic {
	return {
		id,
		kind: 'concept',
		title,
		aliases: [],
		summary: `${title} summary.`,
		plain: null,
		questions: [],
		unstated: [],
		explanation: [],
		facts: [],
		factChecks: [],
		related: [],
		source: { key: 'P', locator: '§2', label: 'DeepSeek-R1 paper §2' },
		order: null,
		attributes: null,
		later: false,
		origin: { file: 'sources/concepts.md', heading: title },
	};
}
