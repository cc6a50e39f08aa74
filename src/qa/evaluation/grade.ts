import type { QaAnswer } from '../answer.js';
import type { EvalQuestion } from './evalSet.js';

/** Lowercase, Markdown marks and accents dropped, whitespace collapsed: what expected phrases are matched in. */
export function normaliseForGrading(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[*_`~]/g, '')
		.replace(/\s+/g, ' ');
}

/** Every phrase appears (one of its `a|b` alternatives is enough). */
export function containsAll(text: string, phrases: readonly string[]): boolean {
	const haystack = normaliseForGrading(text);
	return phrases.every((phrase) =>
		phrase.split('|').some((alternative) => haystack.includes(normaliseForGrading(alternative).trim())),
	);
}

/** Correct: the expected phrases are in a covered answer, or "not-covered" was expected and said. */
export function isCorrect(item: EvalQuestion, answer: QaAnswer): boolean {
	if (item.expect === 'not-covered') return !answer.covered;
	return answer.covered && containsAll(answer.text, item.expect);
}

/** Figures in an answer that the knowledge does not hold anywhere: an invented or garbled number. */
export function unknownFigures(answerText: string, knowledgeText: string): string[] {
	const figures = answerText.match(/\d+(?:[.,]\d+)*/g) ?? [];
	// Whole figures only: "79" is not "79.8", nor "7.3" part of "97.3".
	const held = new Set(knowledgeText.match(/\d+(?:[.,]\d+)*/g) ?? []);
	return [...new Set(figures)].filter((figure) => !held.has(figure));
}
