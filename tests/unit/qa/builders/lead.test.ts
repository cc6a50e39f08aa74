import { describe, expect, it } from 'vitest';
import { bestSentences, factCheckLine, leadLine, supportLines } from '../../../../src/qa/builders/lead.js';
import type { KnowledgePassage } from '../../../../src/qa/passages.js';
import type { RankedPassage } from '../../../../src/qa/retrieve.js';
import { makeTopic } from '../fixtures.js';

const grpo = makeTopic('grpo', 'GRPO');
const sft = makeTopic('sft', 'SFT');
let nextId = 0;
const passage = (kind: KnowledgePassage['kind'], text: string, topic = grpo): KnowledgePassage => ({
	id: (nextId += 1),
	topic,
	kind,
	text,
	source: `Source of ${text.slice(0, 12)}`,
});
const ranked = (entry: KnowledgePassage, matched: string[] = [], inText: string[] = ['grpo']): RankedPassage => ({
	passage: entry,
	score: 1,
	matched,
	inText,
});

describe('bestSentences: the sentence of a paragraph that matches the question best', () => {
	const paragraph =
		'Many RL setups train a separate critic model that is as big as the policy itself and costs a lot. GRPO has no critic at all and it compares each sampled answer with the rest of its group. This saves memory.';

	it.each([
		[['critic', 'polici'], 'Many RL setups train a separate critic model'],
		[['group', 'sampl', 'answer'], 'GRPO has no critic at all'],
	])('GIVEN matched terms %j THEN the sentence starting "%s"', (matched, start) => {
		expect(bestSentences(paragraph, matched).startsWith(start)).toBe(true);
		expect(bestSentences(paragraph, matched).endsWith('.')).toBe(true);
	});

	it('GIVEN a short best sentence THEN the next one goes with it', () => {
		const text =
			'It saves memory. The critic is as large as the policy model, so dropping it halves the memory needed.';
		expect(bestSentences(text, ['memori'])).toBe(text);
	});

	it('GIVEN one sentence THEN the paragraph as it is', () => {
		expect(bestSentences('GRPO has no critic', ['x'])).toBe('GRPO has no critic');
	});

	it('GIVEN a next sentence that matches more of the question THEN it joins the best one', () => {
		const text =
			'SWE-bench Verified is a human-checked subset of SWE-bench, in which a model must fix real GitHub issues. The R1 paper ran it through the "Agentless" framework. It has 500 problems.';
		expect(bestSentences(text, ['swe', 'bench', 'verifi', 'paper'])).toBe(
			'SWE-bench Verified is a human-checked subset of SWE-bench, in which a model must fix real GitHub issues. The R1 paper ran it through the "Agentless" framework.',
		);
	});

	it('GIVEN a next sentence that adds nothing asked THEN the best one alone', () => {
		const [first = ''] = paragraph.split('. ');
		expect(bestSentences(paragraph, ['critic', 'polici'])).toBe(`${first}.`);
	});
});

describe('leadLine: how each kind of passage opens an answer', () => {
	it.each(['summary', 'question', 'plain'] as const)('GIVEN a %s passage THEN the topic title and summary', (kind) => {
		expect(leadLine(ranked(passage(kind, 'how does grpo work')))).toEqual({
			text: '**GRPO**: GRPO summary.',
			source: grpo.source.label,
		});
	});

	it.each(['fact', 'attribute', 'scores'] as const)('GIVEN a %s passage THEN its own text and source', (kind) => {
		const entry = passage(kind, 'GRPO has no critic.');
		expect(leadLine(ranked(entry))).toEqual({ text: 'GRPO has no critic.', source: entry.source });
	});

	it('GIVEN a quiz passage THEN its display (answer and explanation), not the question', () => {
		const entry = { ...passage('quiz', 'Does GRPO need a critic? False. It does not.'), display: 'It does not.' };
		expect(leadLine(ranked(entry)).text).toBe('It does not.');
	});

	it('GIVEN a fact check THEN what the article says (lower-cased into the sentence unless a name) and what our sources say', () => {
		const check = {
			id: 'c',
			verdict: 'simplified' as const,
			claim: 'R1 is RL-first.',
			claimSource: grpo.source,
			correction: 'Only R1-Zero is.',
			source: grpo.source,
		};
		const entry = { ...passage('factCheck', 'x'), factCheck: check };
		expect(factCheckLine(entry)).toBe('The article says R1 is RL-first. Our sources say: Only R1-Zero is.');
		expect(factCheckLine({ ...entry, factCheck: { ...check, claim: 'The article calls R1 RL-first.' } })).toBe(
			'The article says the article calls R1 RL-first. Our sources say: Only R1-Zero is.',
		);
	});
});

describe("supportLines: up to two more lines from the lead's topic", () => {
	it("GIVEN ranked passages THEN the next two facts of the lead's topic, skipping other topics and repeats", () => {
		const lead = ranked(passage('fact', 'GRPO has no critic.'));
		const lines = supportLines(
			[
				lead,
				ranked(passage('fact', 'SFT imitates.', sft)),
				ranked(passage('fact', 'GRPO has no critic.')),
				ranked(passage('question', 'how does grpo work')),
				ranked(passage('explanation', 'GRPO scores answers within a group.')),
				ranked(passage('scores', 'GRPO was used by V3.')),
				ranked(passage('fact', 'A third fact.')),
			],
			lead,
		);
		expect(lines.map((line) => line.text)).toEqual(['GRPO scores answers within a group.', 'GRPO was used by V3.']);
	});

	it('GIVEN nothing else on the topic THEN its summary supports a fact lead', () => {
		const lead = ranked(passage('fact', 'GRPO has no critic.'));
		expect(supportLines([lead], lead)).toEqual([{ text: grpo.summary, source: grpo.source.label }]);
	});

	it("GIVEN the asked terms and a score line that matches only the topic's name THEN it does not support", () => {
		const lead = ranked(passage('fact', 'GRPO has no critic.'), ['critic'], ['critic']);
		const nameOnly = ranked(passage('scores', 'GRPO on AIME: 1.0.'), ['grpo'], ['grpo']);
		const asked = ranked(passage('fact', 'The critic is as big as the policy.'), ['critic'], ['critic']);
		expect(supportLines([lead, nameOnly, asked], lead, ['critic']).map((line) => line.text)).toEqual([
			'The critic is as big as the policy.',
			grpo.summary,
		]);
	});

	it('GIVEN a summary lead and nothing else THEN no supporting line (the summary would repeat it)', () => {
		const lead = ranked(passage('summary', grpo.summary));
		expect(supportLines([lead], lead)).toEqual([]);
	});
});
