import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../src/knowledge/types.js';
import { MAX_SUPPORT, NOT_COVERED_LEAD } from '../../../src/qa/answer.js';
import { PROMPT_PASSAGES, type QaEngine } from '../../../src/qa/engine.js';
import { unknownFigures } from '../../../src/qa/evaluation/grade.js';
import { loadRealQa, supportingLines } from './fixtures.js';

let knowledge: KnowledgeBase;
let knowledgeText: string;
let engine: QaEngine;
let everyQuestion: string[];

beforeAll(async () => {
	({ knowledge, knowledgeText, engine } = await loadRealQa());
	everyQuestion = [
		...knowledge.topics.flatMap((topic) => topic.questions),
		...knowledge.quiz.map((item) => item.question),
	];
});

describe("the model's prompt passages carry the answer", () => {
	it.each([
		['how did r1 do on aime', /\bR1\b.*79\.8|DeepSeek-R1 on AIME 2024: 79\.8/],
		['what did the 32b distill get on aime', /DeepSeek-R1-Distill-Qwen-32B on AIME 2024: 72\.6/],
		["what is r1-zero's majority vote score on aime", /DeepSeek-R1-Zero on AIME 2024: 86\.7 \(cons@64\)/],
		['whats o1s codeforces rating', /OpenAI o1 on Codeforces: 2061/],
		['how many parameters does v3 have', /671B/],
		['when was r1 released', /2025-01-20/],
		['what is r1s context length', /128K/],
		['what temperature should i use with r1', /0\.6/],
		['how much does r1 cost per million output tokens', /\$2\.19/],
		['how many samples did rejection sampling keep', /600k/],
		['what license is r1 under', /MIT/],
	])('GIVEN %j THEN a passage matches %s', (question, answer) => {
		const texts = engine.passages(question).map((passage) => passage.text);
		expect(texts.some((text) => answer.test(text))).toBe(true);
	});

	it.each([
		['how did r1 do on aime', 'DeepSeek-R1 on AIME 2024: 79.8 (pass@1).'],
		['what did o1 get on aime', 'OpenAI o1 on AIME 2024: 79.2 (pass@1).'],
		['what did v3 get on aime', 'DeepSeek-V3 on AIME 2024: 39.2 (pass@1).'],
		['r1 math-500 score', 'DeepSeek-R1 on MATH-500: 97.3 (pass@1).'],
		['what did gpt-4o get on aime', 'GPT-4o on AIME 2024: 9.3 (pass@1).'],
	])("GIVEN a score question (%j) THEN the named model's table line for that benchmark: %j", (question, line) => {
		expect(engine.passages(question).map((passage) => passage.text)).toContain(line);
	});

	it.each(['how did r1 do on aime', 'what did o1 get on math-500'])(
		'GIVEN a score question (%j) THEN the table lines come first',
		(question) => {
			expect(engine.passages(question)[0]?.kind).toBe('scores');
		},
	);
});

describe("the prompt passages' shape", () => {
	it.each(['what is grpo', 'how did r1 do on aime', 'why distill r1 into small models'])(
		'GIVEN %j THEN at most the default number, none repeated',
		(question) => {
			const passages = engine.passages(question);
			expect(passages.length).toBeGreaterThan(0);
			expect(passages.length).toBeLessThanOrEqual(PROMPT_PASSAGES);
			expect(new Set(passages.map((passage) => passage.id)).size).toBe(passages.length);
		},
	);

	it.each([1, 3, 10])('GIVEN a limit of %d THEN no more passages than that', (limit) => {
		expect(engine.passages('how does grpo work', limit).length).toBeLessThanOrEqual(limit);
	});

	it.each(['how does grpo work without a critic', 'what is the aha moment', 'explain like im 5 what grpo is'])(
		'GIVEN a question matching curated questions (%j) THEN the prompt carries summaries instead',
		(question) => {
			const kinds = engine.passages(question).map((passage) => passage.kind);
			expect(kinds).not.toContain('question');
			expect(kinds).not.toContain('plain');
		},
	);
});

describe('every curated and quiz question of the knowledge, through the engine', () => {
	it('GIVEN each THEN a covered answer is one lead and at most two supporting lines, each with a listed source', () => {
		const problems: string[] = [];
		for (const question of everyQuestion) {
			const answer = engine.answer(question);
			if (!answer.covered) {
				if (!answer.text.startsWith(NOT_COVERED_LEAD)) problems.push(`${question}: ${answer.text}`);
				continue;
			}
			const lines = answer.text.split('\n');
			const support = supportingLines(answer.text);
			const cited = support.every((line) => answer.sources.some((source) => line.endsWith(` (${source})`)));
			if (lines[0]?.startsWith('- ') || support.length > MAX_SUPPORT || !cited || answer.sources.length === 0)
				problems.push(`${question}: ${answer.text}`);
		}
		expect(problems).toEqual([]);
	});

	it('GIVEN each THEN no answer shows a figure the knowledge file does not hold', () => {
		const invented = everyQuestion.flatMap((question) => {
			const answer = engine.answer(question);
			const figures = answer.covered ? unknownFigures(answer.text, knowledgeText) : [];
			return figures.length > 0 ? [`${question}: ${figures.join(', ')}`] : [];
		});
		expect(everyQuestion.length).toBeGreaterThan(300);
		expect(invented).toEqual([]);
	});

	it('GIVEN each THEN a not-covered answer suggests at most three topics', () => {
		for (const question of everyQuestion) {
			const answer = engine.answer(question);
			if (!answer.covered) expect(answer.suggestions.length).toBeLessThanOrEqual(3);
		}
	});
});

describe('the engine is deterministic', () => {
	it.each(['what is grpo', 'r1 vs v3', 'best pizza in rome'])('GIVEN %j twice THEN the same answer', (question) => {
		expect(engine.answer(question)).toEqual(engine.answer(question));
		expect(engine.passages(question).map((passage) => passage.id)).toEqual(
			engine.passages(question).map((passage) => passage.id),
		);
	});
});

describe('engine.passages: the prompt carries what the knowledge alone answers', () => {
	it.each([
		'how many examples were in the cold start dataset',
		'whats the timeline from o1 to r1, dates pls',
		'is r1 on perplexity',
		'how many parameters does r1 have',
	])('GIVEN %j THEN the first prompt passage is one the no-model answer quotes', async (question) => {
		const { engine } = await loadRealQa();
		const answer = engine.answer(question);
		expect(answer.covered).toBe(true);
		const [first] = engine.passages(question);
		const sentences = (first?.text ?? '').split(/(?<=[.!?])\s+/).filter((sentence) => sentence.length >= 30);
		expect(sentences.some((sentence) => answer.text.includes(sentence))).toBe(true);
	});
});

describe('a concept named before a model is what the question asks about', () => {
	it('GIVEN "where does grpo come from, did they invent it for r1" THEN GRPO answers with its DeepSeekMath origin', () => {
		const answer = engine.answer('where does grpo come from, did they invent it for r1');
		expect(answer.covered).toBe(true);
		if (answer.covered) expect(answer.topic.id).toBe('grpo');
		expect(answer.text).toContain('DeepSeekMath');
	});

	it("GIVEN a step's place in R1's pipeline THEN the concept is not boosted over the model", () => {
		const answer = engine.answer('what comes just before rejection sampling in r1s training');
		expect(answer.covered).toBe(true);
		if (answer.covered) expect(answer.topic.id).toBe('deepseek-r1');
		expect(answer.text).toContain('reasoning RL');
	});
});
