import type { KnowledgeBase, Topic } from '../knowledge/types.js';
import { passageFor, type Passage } from './prompt.js';

/** An answer taken from the knowledge file itself, with the sources it rests on. */
export interface KnowledgeAnswer {
	readonly text: string;
	readonly sources: readonly string[];
}

// "What is GRPO?", "what's a reward model", "define cold start", "explain R1-Zero", "GRPO?"
const DEFINITION = [
	/^(?:what|who)(?:\s+(?:is|are|was|were)|'s)\s+(?:an?\s+|the\s+)?(.+?)\s*\??$/i,
	/^(?:define|explain|describe)\s+(?:an?\s+|the\s+)?(.+?)\s*[?.]?$/i,
	/^(.+?)\s*\?$/,
];
const MAX_FACTS = 4;
const MIN_WORD_LENGTH = 3;

/**
 * Answers from the knowledge only when the question asks what a topic is and the subject resolves exactly
 * (id, title or alias, small typos tolerated): a definition we hold, found with high confidence.
 */
export function findDirectAnswer(knowledge: KnowledgeBase, question: string): KnowledgeAnswer | undefined {
	const trimmed = question.trim();
	for (const pattern of DEFINITION) {
		const subject = pattern.exec(trimmed)?.[1];
		if (!subject) continue;
		const topic = knowledge.get(subject);
		if (topic) return definitionOf(topic);
	}
	return undefined;
}

function definitionOf(topic: Topic): KnowledgeAnswer {
	const facts = topic.facts.slice(0, 2).map((fact) => `- ${fact.text}`);
	return {
		text: [`**${topic.title}**: ${topic.summary}`, ...facts].join('\n'),
		sources: unique([topic.source.label, ...topic.facts.slice(0, 2).map((fact) => fact.source.label)]),
	};
}

/** The top topics for a question, as passages for the model's prompt. */
export function retrievePassages(knowledge: KnowledgeBase, question: string, limit = 4): readonly Passage[] {
	return knowledge.search(question, { limit }).map((hit) => passageFor(hit.topic));
}

/** With no model: the best matching facts with their sources, or undefined when nothing matches. */
export function answerFromFacts(knowledge: KnowledgeBase, question: string): KnowledgeAnswer | undefined {
	const hits = knowledge.search(question, { limit: 3 });
	if (hits.length === 0) return undefined;
	const words = new Set(
		question
			.toLowerCase()
			.split(/\W+/)
			.filter((word) => word.length >= MIN_WORD_LENGTH),
	);
	const ranked = hits.flatMap((hit) =>
		hit.topic.facts.map((fact) => ({ fact, topic: hit.topic, overlap: overlap(words, fact.text) })),
	);
	const facts = ranked
		.filter((entry) => entry.overlap > 0)
		.sort((a, b) => b.overlap - a.overlap)
		.slice(0, MAX_FACTS);
	const top = hits[0]?.topic;
	if (facts.length === 0 && top) return definitionOf(top);
	return {
		text: facts.map((entry) => `- ${entry.fact.text} (${entry.topic.title})`).join('\n'),
		sources: unique(facts.map((entry) => entry.fact.source.label)),
	};
}

function overlap(words: ReadonlySet<string>, text: string): number {
	return text
		.toLowerCase()
		.split(/\W+/)
		.filter((word) => words.has(word)).length;
}

function unique(values: readonly string[]): readonly string[] {
	return [...new Set(values)];
}
