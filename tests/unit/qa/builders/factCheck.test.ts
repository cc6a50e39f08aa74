import { beforeAll, describe, expect, it } from 'vitest';
import type { QaEngine } from '../../../../src/qa/engine.js';
import { expectCovered, expectNotCovered, loadRealQa, supportingLines } from '../fixtures.js';

let engine: QaEngine;

beforeAll(async () => {
	({ engine } = await loadRealQa());
});

const PRICE_CLAIM = 'The article says: Per input and output token, V3 is said to cost roughly 6.5 times less than R1.';

describe('factcheck: verdict, the claim, then the correction with its source', () => {
	it.each([
		'is the article right that r1 is 6.5x more expensive than v3',
		'the article says v3 is 6.5 times cheaper than r1, is that true',
		'is it true that r1 costs 6.5x what v3 costs',
		'is it true that v3 is 6.5 times cheaper',
		'is the article right that the 6.5x price claim holds',
	])('GIVEN the 6.5x price claim (%j) THEN "partly", and R1 is about 2x V3', (question) => {
		const answer = expectCovered(engine.answer(question));
		expect(answer.intent).toBe('factcheck');
		const [lead, correction, ...rest] = answer.text.split('\n');
		expect(lead).toBe(`Partly: the article simplifies this. ${PRICE_CLAIM}`);
		expect(correction).toMatch(/^- Our sources say: .*about 2x V3 per token.* \(Our calculation C07\)$/);
		expect(rest).toEqual([]);
		expect(answer.sources).toEqual([
			'DeepSeek-R1 and Beyond (article) § What This Means for You',
			'Our calculation C07',
		]);
	});

	it.each([
		'is the article right that the step 4 data is about being helpful and friendly',
		'the blog says step 4 data focuses on being friendly, is that correct',
	])('GIVEN a claim the sources contradict (%j) THEN "no", with the real step 4 data', (question) => {
		const text = expectCovered(engine.answer(question)).text;
		expect(text).toMatch(/^No: the article gets this wrong\. The article says: The data generated in step 4/);
		expect(supportingLines(text).join('\n')).toContain('600k reasoning samples');
	});

	it.each(['is it true that r1 can be tried on poe and kagi', 'the article says you can use r1 on poe, is that right'])(
		'GIVEN a claim no source confirms (%j) THEN "could not verify"',
		(question) => {
			const text = expectCovered(engine.answer(question)).text;
			expect(text).toMatch(/^We could not verify that\. The article says: R1 can be tried via Poe/);
			expect(text).toContain('Only chat.deepseek.com is confirmed by DeepSeek.');
		},
	);

	it.each([
		['is it true that r1 was trained on top of r1-zero', 'Each of the two models is trained from DeepSeek-V3-Base.'],
		['the article says r1 is rl first, is that right', 'Only R1-Zero is trained RL-first.'],
		['is the blog right that v3 has 671 billion parameters', 'only 37B take part in processing each token'],
		['is it true that r1-zero grades its own answers', 'rewards grade the answers'],
		['the article says o1 and o3 use the same approach as r1, true?', 'OpenAI disclosed only large-scale RL'],
		['is it true that r1 is trained in five steps', "In the paper R1's pipeline has four stages"],
	])('GIVEN %j THEN the matching correction: "%s"', (question, correction) => {
		const answer = expectCovered(engine.answer(question));
		expect(answer.text).toMatch(/^Partly: the article simplifies this\. The article says: /);
		expect(supportingLines(answer.text)[0]).toContain(correction);
	});

	it.each([
		['r1-zero grades its own answers, true?', 'Partly', 'rewards grade the answers'],
		['you can try r1 on poe and kagi, right?', 'We could not verify that', 'Only chat.deepseek.com'],
		['the step 4 data is about being friendly, is that correct', 'No', '600k reasoning samples'],
	])(
		"GIVEN the student's own claim, an article claim in other words (%j) THEN its fact check",
		(question, verdict, fact) => {
			const answer = expectCovered(engine.answer(question));
			expect(answer.text.startsWith(verdict)).toBe(true);
			expect(answer.text).toContain('The article says:');
			expect(answer.text).toContain(fact);
		},
	);

	it("GIVEN the student's own claim that repeats an article claim THEN that fact check", () => {
		const answer = expectCovered(engine.answer('r1 is trained on top of r1-zero, right?'));
		expect(answer.text).toMatch(
			/^Partly: the article simplifies this\. The article says: .*trained further from R1-Zero/,
		);
		expect(supportingLines(answer.text)[0]).toContain('Each of the two models is trained from DeepSeek-V3-Base.');
	});

	it.each([
		['r1 shows its thinking but o1 hides it, true?', '<think>'],
		['r1 cost about 6 million dollars to train, right?', '$294,000'],
	])(
		"GIVEN the student's own claim no article claim makes (%j) THEN what it asks is answered: %j",
		(question, fact) => {
			const answer = expectCovered(engine.answer(question));
			expect(answer.text).not.toContain('The article says:');
			expect(answer.text).toContain(fact);
		},
	);

	it("GIVEN the student's own claim sharing one word with an article claim that names other things THEN not that claim", () => {
		const answer = expectCovered(engine.answer('r1 zero was trained with rl only, correct?'));
		expect(answer.text).not.toContain('The article says:');
		expect(answer.text).toContain('RL');
	});

	it('GIVEN "is it true" with a claim that only shares names and a word with an article claim THEN not that claim', () => {
		expect(engine.answer('is it true deepseek used openai outputs to train r1').text).not.toContain(
			'use similar approaches to R1',
		);
	});
});

describe('factCheck: a student\'s own claim that our sources plainly state opens with "Yes"', () => {
	it.each([
		'r1-zero aime went from 15.6 to 71 percent during rl? is that right',
		'r1 came out jan 20 2025, correct?',
		'r1-zero got zero supervised data, true?',
	])('GIVEN %j THEN "Yes:" and the facts', (question) => {
		expect(expectCovered(engine.answer(question)).text).toMatch(/^Yes: /);
	});

	it.each([
		'r1 got 90 on math-500, right?',
		'r1 is a bigger model than r1-zero, right?',
		'r1 zero hit like 71% on aime which beats o1 right',
	])('GIVEN %j, which our sources do not say, THEN no "Yes"', (question) => {
		expect(engine.answer(question).text).not.toMatch(/^Yes/);
	});
});

describe('factCheck: an article claim that only shares names with the question is another claim', () => {
	it('GIVEN the article quoted on long-context reasoning THEN our sources answer, not the claim about o1 and o3', () => {
		const answer = engine.answer(
			"The article says R1 is 'particularly efficient for tasks like math, logic, and long-context reasoning'. Is there evidence for the long-context part?",
		);
		expect(answer.text).not.toContain('o1 and o3 use similar approaches');
	});

	it('GIVEN a line that checks an article claim THEN no "Yes" is put before its verdict', () => {
		expect(
			engine.answer('the cold start data fine tunes r1-zero right? thats what the article kinda says').text,
		).not.toMatch(/^Yes/);
	});
});

describe('factCheck: rounded figures, rumours and common words', () => {
	it.each([
		'v3 cost only 5.6 million dollars to train, is this real or hype',
		'is the "deepseek trained for $5.6M" thing real or cap?',
	])('GIVEN %j THEN the stated $5.576M and what it leaves out', (question) => {
		const answer = expectCovered(engine.answer(question));
		expect(answer.text).toContain('5.576M');
		expect(answer.text).toMatch(/research/);
	});

	it.each([
		'heard r1 was secretly trained on stolen chatgpt outputs, is that real',
		'is it true deepseek trained r1 on openai outputs?',
	])('GIVEN a rumour (%j) THEN our sources say nothing about it', (question) => {
		expect(expectNotCovered(engine.answer(question)).text).toContain('Our sources say nothing about that claim.');
	});

	it('GIVEN the article quoted on long-context reasoning THEN FRAMES, not the claim that only shares "reasoning"', () => {
		const answer = expectCovered(
			engine.answer(
				'the article claims r1 is great at long-context reasoning. is there an actual benchmark behind that?',
			),
		);
		expect(answer.text).toContain('FRAMES');
	});
});

describe('factCheck: a step named is no claim shared', () => {
	it('GIVEN "the article says step 4 gets rid of messy code blocks and mixed languages, is that accurate" THEN not the step-4 helpfulness correction', () => {
		const { text } = expectCovered(
			engine.answer('the article says step 4 gets rid of messy code blocks and mixed languages, is that accurate'),
		);
		expect(text).not.toMatch(/gets this wrong/);
		expect(text).toMatch(/code blocks/);
	});

	it('GIVEN "the article says step 4 is about being helpful and friendly, right?" THEN that claim is corrected', () => {
		expect(
			expectCovered(engine.answer('the article says step 4 is about being helpful and friendly, right?')).text,
		).toMatch(/^No: the article gets this wrong/);
	});
});
