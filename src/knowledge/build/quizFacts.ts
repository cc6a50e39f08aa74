import type { SourceRef, Topic } from '../types.js';

/** A piece of a topic's text that states something, with the sources it cites. */
export interface Passage {
	readonly text: string;
	readonly sources: readonly SourceRef[];
}

/** What a topic states as true: title, summary, explanation, facts, fact-check corrections and model attributes (not the claims being corrected). */
export function topicPassages(topic: Topic): Passage[] {
	const passages: Passage[] = [
		{ text: topic.title, sources: [topic.source] },
		{ text: topic.summary, sources: [topic.source] },
		...topic.explanation.map((text) => ({ text, sources: [topic.source] })),
		...topic.facts.map((fact) => ({ text: fact.text, sources: [fact.source] })),
		...topic.factChecks.map((check) => ({ text: check.correction, sources: [check.source] })),
	];
	for (const attribute of Object.values(topic.attributes ?? {})) {
		if (attribute) passages.push({ text: attribute.text, sources: attribute.sources });
	}
	return passages;
}

/** Numbers as written ("79.8", "2025", "1.5"): a wrong figure in an answer is the likeliest slip. */
export function figuresIn(text: string): string[] {
	return [...text.matchAll(/\d+(?:[.,]\d+)*/g)].map((match) => match[0].replace(/,/g, ''));
}
