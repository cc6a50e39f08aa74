import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../src/knowledge/types.js';
import { buildPassages, PASSAGE_KINDS, type KnowledgePassage } from '../../../src/qa/passages.js';
import { loadRealQa, topicOf } from './fixtures.js';

let knowledge: KnowledgeBase;
let passages: KnowledgePassage[];

beforeAll(async () => {
	({ knowledge } = await loadRealQa());
	passages = buildPassages(knowledge);
});

const ofTopic = (id: string, kind: KnowledgePassage['kind']): KnowledgePassage[] =>
	passages.filter((passage) => passage.topic.id === id && passage.kind === kind);

describe('buildPassages: one passage per statement of the knowledge', () => {
	it('GIVEN the knowledge THEN ids are positions, 0 to n-1', () => {
		expect(passages.map((passage) => passage.id)).toEqual(passages.map((_, index) => index));
	});

	it('GIVEN the knowledge THEN every kind of passage occurs', () => {
		expect(new Set(passages.map((passage) => passage.kind))).toEqual(new Set(PASSAGE_KINDS));
	});

	it('GIVEN every topic THEN its summary is a passage with the topic source', () => {
		for (const topic of knowledge.topics) {
			const [summary, ...more] = ofTopic(topic.id, 'summary');
			expect(more).toEqual([]);
			expect(summary).toMatchObject({ text: topic.summary, source: topic.source.label });
		}
	});

	it.each(['grpo', 'deepseek-r1', 'aime-2024', 'cold-start-sft'])(
		'GIVEN %s THEN each fact, explanation paragraph, curated question and plain line is a passage',
		(id) => {
			const topic = topicOf(knowledge, id);
			expect(ofTopic(id, 'fact').map((passage) => [passage.text, passage.source])).toEqual(
				topic.facts.map((fact) => [fact.text, fact.source.label]),
			);
			expect(ofTopic(id, 'explanation').map((passage) => passage.text)).toEqual(topic.explanation);
			expect(ofTopic(id, 'question').map((passage) => passage.text)).toEqual(topic.questions);
			expect(ofTopic(id, 'plain').map((passage) => passage.text)).toEqual(topic.plain ? [topic.plain] : []);
		},
	);

	it('GIVEN a model THEN each stated comparison attribute is a passage with its aspect and all its sources', () => {
		const topic = topicOf(knowledge, 'openai-o3');
		const attributes = ofTopic('openai-o3', 'attribute');
		const stated = Object.entries(topic.attributes ?? {}).filter(([, attribute]) => attribute !== null);
		expect(attributes).toHaveLength(stated.length);
		const cost = ofTopic('deepseek-r1', 'attribute').find((passage) => passage.aspect === 'cost');
		expect(cost?.text).toContain('$2.19');
		expect(cost?.source).toBe(
			topicOf(knowledge, 'deepseek-r1')
				.attributes?.cost?.sources.map((s) => s.label)
				.join('; '),
		);
	});

	it('GIVEN a fact check THEN its passage holds the claim and the correction, and the check itself', () => {
		const check = topicOf(knowledge, 'cost-and-pricing').factChecks[0];
		const passage = ofTopic('cost-and-pricing', 'factCheck')[0];
		expect(check).toBeDefined();
		expect(passage?.factCheck).toBe(check);
		expect(passage?.text).toBe(`The article says: ${check?.claim} Our sources say: ${check?.correction}`);
		expect(passage?.source).toBe(check?.source.label);
	});
});

describe('buildPassages: quiz items', () => {
	it('GIVEN a choice item THEN the text holds question, answer and explanation; the display, answer and explanation', () => {
		const item = knowledge.quiz.find((candidate) => candidate.id === 'aha-moment-what');
		const passage = passages.find(
			(candidate) => candidate.kind === 'quiz' && candidate.text.startsWith(item?.question ?? '?'),
		);
		expect(passage?.topic.id).toBe('aha-moment');
		expect(passage?.text).toContain('It paused mid-solution and went back to re-check its approach.');
		expect(passage?.display).toBe(
			`It paused mid-solution and went back to re-check its approach: ${item?.explanation ?? ''}`,
		);
		expect(passage?.source).toBe('DeepSeek-R1 paper §2.2.4');
	});

	it('GIVEN a true/false item THEN the display is only the explanation (a bare "False" says nothing)', () => {
		const item = knowledge.quiz.find((candidate) => candidate.id === 'all-scenarios-what-is-scored');
		const passage = passages.find(
			(candidate) => candidate.kind === 'quiz' && candidate.text.startsWith(item?.question ?? '?'),
		);
		expect(passage?.text).toContain(' False. ');
		expect(passage?.display).toBe(item?.explanation);
	});

	it('GIVEN the quiz bank THEN every item is a passage', () => {
		expect(passages.filter((passage) => passage.kind === 'quiz')).toHaveLength(knowledge.quiz.length);
	});
});

describe('buildPassages: score table lines', () => {
	it("GIVEN a model's figure THEN a line on the model's topic names benchmark, figure and metric, with the table", () => {
		expect(ofTopic('deepseek-r1', 'scores')).toContainEqual(
			expect.objectContaining({
				text: 'DeepSeek-R1 on AIME 2024: 79.8 (pass@1).',
				source: 'DeepSeek-R1 paper Table 4',
			}),
		);
	});

	it("GIVEN a figure with a note THEN the model's line carries the note", () => {
		expect(ofTopic('deepseek-r1-zero', 'scores').map((passage) => passage.text)).toContain(
			'DeepSeek-R1-Zero on AIME 2024: 71.0 (pass@1). Up from 15.6 at the start of its RL training.',
		);
	});

	it("GIVEN a table row THEN a line on the benchmark's topic lists its models, highest first", () => {
		const rows = ofTopic('aime-2024', 'scores').map((passage) => passage.text);
		const table4 = rows.find((text) => text.startsWith('AIME 2024 (pass@1): DeepSeek-R1 79.8'));
		expect(table4).toBe(
			'AIME 2024 (pass@1): DeepSeek-R1 79.8 · OpenAI o1 79.2 · OpenAI o1-mini 63.6 · DeepSeek-V3 39.2 · Claude-3.5-Sonnet 16.0 · GPT-4o 9.3',
		);
		expect(rows).toContain('AIME 2024 (cons@64): DeepSeek-R1-Zero 86.7 · OpenAI o1-0912 83.3');
	});

	it('GIVEN the score table THEN every figure has its line on its model', () => {
		const modelLines = passages.filter((passage) => passage.kind === 'scores' && passage.topic.kind === 'model');
		expect(modelLines).toHaveLength(knowledge.benchmarks.scores.length);
	});
});
