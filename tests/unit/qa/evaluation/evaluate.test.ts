import { describe, expect, it } from 'vitest';
import type { QaAnswer } from '../../../../src/qa/answer.js';
import type { QaEngine } from '../../../../src/qa/engine.js';
import type { EvalQuestion } from '../../../../src/qa/evaluation/evalSet.js';
import { evaluate } from '../../../../src/qa/evaluation/evaluate.js';
import type { KnowledgePassage } from '../../../../src/qa/passages.js';
import { makeTopic } from '../fixtures.js';

const topic = makeTopic('deepseek-r1', 'DeepSeek-R1');

/** An engine that answers from a table: question → answer text (or undefined: not covered) and prompt text. */
function tableEngine(table: Record<string, { answer?: string; prompt: string }>): QaEngine {
	const row = (question: string) => table[question] ?? { prompt: '' };
	return {
		read: () => {
			throw new Error('not used');
		},
		answer: (question): QaAnswer => {
			const { answer } = row(question);
			return answer === undefined
				? { covered: false, intent: 'definition', text: 'Not stated in our sources.', suggestions: [] }
				: { covered: true, intent: 'score', text: answer, topic, sources: [], direct: true };
		},
		passages: (question): KnowledgePassage[] => [
			{ id: 0, topic, kind: 'summary', text: row(question).prompt, source: topic.source.label },
		],
	};
}

const items: EvalQuestion[] = [
	{ q: 'r1 aime', intent: 'score', topic: 'deepseek-r1', expect: ['79.8'] },
	{ q: 'r1 math', intent: 'score', topic: 'deepseek-r1', expect: ['97.3'] },
	{ q: 'o3 aime', intent: 'score', topic: 'openai-o3', expect: 'not-covered' },
	{ q: 'what is grpo', intent: 'definition', topic: 'grpo', expect: ['critic'] },
	{ q: 'pizza', intent: 'definition', topic: 'none', expect: 'not-covered' },
];

const engine = tableEngine({
	'r1 aime': { answer: 'R1 79.8', prompt: 'R1 79.8' },
	'r1 math': { answer: 'R1 99.9', prompt: 'R1 97.3' },
	'o3 aime': { prompt: '' },
	'what is grpo': { prompt: 'no critic' },
	pizza: { answer: 'Pizza is great, 10/10', prompt: '' },
});
const knowledgeText = 'R1 79.8 on AIME; 97.3 on MATH-500; GRPO has no critic.';

describe('evaluate: grading every question as /ask would answer it with no model', () => {
	const report = evaluate(engine, items, knowledgeText);

	it('GIVEN the set THEN overall figures count questions, correct, answerable, recalled and not covered', () => {
		expect(report.overall).toEqual({ questions: 5, correct: 2, answerable: 3, recalled: 3, notCovered: 2 });
	});

	it('GIVEN the set THEN each intent has its own figures', () => {
		expect(report.byIntent.get('score')).toEqual({
			questions: 3,
			correct: 2,
			answerable: 2,
			recalled: 2,
			notCovered: 1,
		});
		expect(report.byIntent.get('definition')).toEqual({
			questions: 2,
			correct: 0,
			answerable: 1,
			recalled: 1,
			notCovered: 1,
		});
		expect(report.byIntent.get('why')).toEqual({ questions: 0, correct: 0, answerable: 0, recalled: 0, notCovered: 0 });
	});

	it('GIVEN wrong answers THEN each is a failure, saying whether the prompt held the answer', () => {
		expect(report.failures.map((failure) => [failure.item.q, failure.answer, failure.recalled])).toEqual([
			['r1 math', 'R1 99.9', true],
			['what is grpo', 'Not stated in our sources.', true],
			['pizza', 'Pizza is great, 10/10', false],
		]);
	});

	it('GIVEN covered answers with figures the knowledge lacks THEN they are listed with those figures', () => {
		expect(report.unknownFigures.map((entry) => [entry.item.q, entry.figures])).toEqual([
			['r1 math', ['99.9']],
			['pizza', ['10']],
		]);
	});
});
