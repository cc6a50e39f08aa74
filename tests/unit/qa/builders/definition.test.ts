import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../../src/knowledge/types.js';
import type { QaEngine } from '../../../../src/qa/engine.js';
import { subjectOf } from '../../../../src/qa/builders/definition.js';
import { expectCovered, expectNotCovered, loadRealQa, supportingLines, topicOf } from '../fixtures.js';

let knowledge: KnowledgeBase;
let engine: QaEngine;

beforeAll(async () => {
	({ knowledge, engine } = await loadRealQa());
});

describe('definition: the summary first, then facts of the same topic', () => {
	it.each([
		['what is grpo', 'grpo'],
		['whats the aha moment', 'aha-moment'],
		['define distillation', 'distillation'],
		['what does cold start mean', 'cold-start-sft'],
		['r1-zero??', 'deepseek-r1-zero'],
		['what is mixture of experts', 'mixture-of-experts'],
		['whats pass@1', 'pass-at-1'],
		['what is deepseek v3', 'deepseek-v3'],
		['tell me about rejection sampling', 'rejection-sampling'],
		['explain reward hacking', 'reward-hacking'],
	])('GIVEN %j THEN "**title**: summary" of %s leads', (question, id) => {
		const topic = topicOf(knowledge, id);
		const answer = expectCovered(engine.answer(question));
		expect(answer.intent).toBe('definition');
		expect(answer.topic).toBe(topic);
		expect(answer.direct).toBe(true);
		expect(answer.text.split('\n')[0]).toBe(`**${topic.title}**: ${topic.summary}`);
		expect(answer.sources[0]).toBe(topic.source.label);
	});

	it.each([
		['what is grpo', 'grpo'],
		['define distillation', 'distillation'],
		['whats the aha moment', 'aha-moment'],
	])('GIVEN %j THEN two supporting lines, both from %s', (question, id) => {
		const topic = topicOf(knowledge, id);
		const own = [
			...topic.facts.map((fact) => fact.text),
			...topic.explanation,
			...Object.values(topic.attributes ?? {}).flatMap((attribute) => (attribute ? [attribute.text] : [])),
		];
		const support = supportingLines(expectCovered(engine.answer(question)).text);
		expect(support).toHaveLength(2);
		for (const line of support) {
			const text = line.replace(/^- /, '').replace(/ \([^()]*(?:\([^()]*\)[^()]*)*\)$/, '');
			expect(own.some((candidate) => candidate.includes(text))).toBe(true);
		}
	});
});

describe('subjectOf: the one topic a question is plainly about', () => {
	it.each([
		['what is grpo', 'grpo'],
		['define the aha moment', 'aha-moment'],
		['r1 zero??', 'deepseek-r1-zero'],
		['give me a summary of distillation', 'distillation'],
		['what does the term cot stand for', 'chain-of-thought'],
	])('GIVEN %j THEN %s', (question, id) => {
		expect(subjectOf(engine.read(question))?.id).toBe(id);
	});

	it.each([
		['what is r1s context length', 'something asked beyond the name'],
		['r1 vs v3', 'two topics'],
		['what is the best pizza', 'no topic'],
		['how does grpo pick its group size', 'something asked beyond the name'],
	])('GIVEN %j (%s) THEN none', (question) => {
		expect(subjectOf(engine.read(question))).toBeUndefined();
	});
});

describe('definition: a thing described without its name is named', () => {
	it.each([
		['the part where they generate a bunch of answers and toss the bad ones, whats it called', 'Rejection sampling'],
		['that thing where the model thinks out loud step by step before it answers, whats the name', 'Chain of thought'],
	])('GIVEN %j THEN "That is %s"', (question, title) => {
		const answer = expectCovered(engine.answer(question));
		expect(answer.text.startsWith(`That is **${title}**`)).toBe(true);
	});

	it('GIVEN a stage named by its place ("whats the 2nd step called") THEN the stage, by the order builder', () => {
		expect(expectCovered(engine.answer('whats the 2nd step called')).text).toContain('Cold-start');
	});
});

describe('definition: an idea named first, a model after it only saying where', () => {
	it('GIVEN "What does \'language mixing\' mean in the context of R1-Zero?" THEN language mixing is defined', () => {
		const answer = expectCovered(engine.answer("What does 'language mixing' mean in the context of R1-Zero?"));
		expect(answer.topic.id).toBe('language-mixing');
		expect(answer.text).toMatch(/switches between languages/);
	});

	it.each([
		['what does language mixing mean in the context of r1-zero', 'language-mixing'],
		['what is r1-zero in the grpo paper', undefined],
		['what is grpo and the aha moment', undefined],
	])('GIVEN %j THEN the subject is %s (a model named first, or two ideas, leave it to retrieval)', (question, id) => {
		expect(subjectOf(engine.read(question))?.id).toBe(id);
	});
});

describe('definition: a benchmark listed with others on one topic', () => {
	it('GIVEN "what is cnmo 2024" THEN its own sentence, then its figures', () => {
		const { text } = expectCovered(engine.answer('what is cnmo 2024'));
		expect(text.split('\n')[0]).toBe('CNMO 2024 is the Chinese National High School Mathematics Olympiad.');
		expect(text).toContain('78.8');
	});

	it('GIVEN "what is frames" THEN the sentence whole, past the point of 82.5', () => {
		expect(expectCovered(engine.answer('what is frames')).text.split('\n')[0]).toMatch(/beats V3's 73\.3\.$/);
	});

	it('GIVEN "what is alpacaeval" (only scores in our sources) THEN not stated, with its score', () => {
		const { text } = expectNotCovered(engine.answer('what is alpacaeval'));
		expect(text).toContain('not what AlpacaEval 2.0 tests');
		expect(text).toContain('87.6');
	});

	it('GIVEN "what is mmlu" (a topic of its own) THEN its summary', () => {
		expect(expectCovered(engine.answer('what is mmlu')).text).toMatch(/^\*\*MMLU\*\*:/);
	});
});
