import { beforeAll, describe, expect, it } from 'vitest';
import type { QaEngine } from '../../../../src/qa/engine.js';
import { expectCovered, loadRealQa, plain } from '../fixtures.js';

let engine: QaEngine;

beforeAll(async () => {
	({ engine } = await loadRealQa());
});

const STEP = {
	1: 'Step 1: R1-Zero learns by pure RL',
	2: 'Step 2: Cold-start fine-tuning',
	3: 'Step 3: Reasoning-oriented RL (round two)',
	4: 'Step 4: Rejection sampling and a fresh SFT',
	5: 'Step 5: RL for all scenarios (preference alignment)',
	6: 'Step 6: Distillation into smaller models',
} as const;

const leadOf = (question: string): string => plain(expectCovered(engine.answer(question)).text.split('\n')[0] ?? '');

describe('order: the next stage', () => {
	it.each([
		['what comes after cold start', STEP[2], STEP[3]],
		['what happens after the cold start step', STEP[2], STEP[3]],
		['what comes after step 1', STEP[1], STEP[2]],
		['whats the next stage after reasoning rl', STEP[3], STEP[4]],
		['what step follows rejection sampling sft', STEP[4], STEP[5]],
		['what comes after stage 5', STEP[5], STEP[6]],
	])('GIVEN %j THEN after "%s" comes "%s"', (question, from, to) => {
		expect(leadOf(question)).toBe(`After ${from} comes ${to}.`);
	});

	it('GIVEN the next stage THEN the answer opens that stage in /explain and says what it does', () => {
		const answer = expectCovered(engine.answer('what comes after cold start'));
		expect(answer.intent).toBe('order');
		expect(answer.topic.id).toBe('reasoning-rl');
		expect(answer.text).toContain('large-scale RL');
	});

	it.each(['what comes after step 6', 'what happens after the distillation step'])(
		'GIVEN the last stage (%j) THEN nothing comes after it',
		(question) => {
			expect(leadOf(question)).toBe(`${STEP[6]} is the last step: nothing comes after it.`);
		},
	);
});

describe('order: the previous stage', () => {
	it.each([
		['what comes before step 3', STEP[3], STEP[2]],
		['which stage is before rejection sampling sft', STEP[4], STEP[3]],
		['what did they do before the cold start', STEP[2], STEP[1]],
	])('GIVEN %j THEN before "%s" comes "%s"', (question, from, to) => {
		expect(leadOf(question)).toBe(`Before ${from} comes ${to}.`);
	});

	it.each(['what comes before step 1', 'what came before the zero step'])(
		'GIVEN the first stage (%j) THEN nothing comes before it',
		(question) => {
			expect(leadOf(question)).toBe(`${STEP[1]} is the first step: nothing comes before it.`);
		},
	);
});

describe('order: first, last and the whole list', () => {
	it.each(['what is the first step of the pipeline', 'which stage comes first', 'which step is first'])(
		'GIVEN %j THEN step 1',
		(question) => {
			expect(leadOf(question)).toBe(`The first step is ${STEP[1]}.`);
		},
	);

	it.each(['what is the last stage', 'whats the final step in training', 'which step comes last'])(
		'GIVEN %j THEN step 6',
		(question) => {
			expect(leadOf(question)).toBe(`The last step is ${STEP[6]}.`);
		},
	);

	it.each(['list the training stages', 'what are the steps of r1 training in order', 'walk me through the pipeline'])(
		'GIVEN %j THEN all six steps, numbered in order',
		(question) => {
			const text = expectCovered(engine.answer(question)).text;
			const lines = text.split('\n');
			expect(lines[0]).toBe('The training steps, in order:');
			expect(lines.slice(1, 7)).toEqual(Object.values(STEP).map((title, index) => `${index + 1}. ${title}`));
		},
	);
});

describe('order: a stage named by its place', () => {
	it.each([
		['whats the third step', `The third step is ${STEP[3]}.`],
		['what is the second to last step', `The second-to-last step is ${STEP[5]}.`],
		[
			'whats the second to last step if you dont count the bonus one',
			`Not counting the bonus step, the second-to-last step is ${STEP[4]}.`,
		],
	])('GIVEN %j THEN that stage, by its place', (question, lead) => {
		expect(leadOf(question)).toBe(lead);
	});

	it('GIVEN "what comes after the second step" THEN the third step', () => {
		expect(leadOf('what comes after the second step')).toBe(`After ${STEP[2]} comes ${STEP[3]}.`);
	});

	it('GIVEN "the step right before the final boss step" THEN the step before Step 5, not before the last of all', () => {
		expect(leadOf('the step right before the final boss step, what is it')).toBe(`Before ${STEP[5]} comes ${STEP[4]}.`);
	});

	it('GIVEN "the final boss step" asked what it does THEN Step 5 (the last RL stage), not the distillation', () => {
		const answer = expectCovered(engine.answer('what is the final boss step actually doing'));
		expect(answer.topic.id).toBe('rl-all-scenarios');
		expect(answer.text).toMatch(/helpful/);
		expect(answer.text).not.toContain(STEP[6]);
	});

	it('GIVEN the last RL stage and what rewards it uses THEN the rewards of Step 5', () => {
		const text = expectCovered(engine.answer('in the last rl stage what rewards do they use for general prompts')).text;
		expect(text).toMatch(/reward model/i);
		expect(text).toMatch(/rule-based/i);
		expect(text).not.toContain(STEP[6]);
	});

	it('GIVEN the first stage and how it rewards THEN the rule-based rewards of Step 1', () => {
		const answer = expectCovered(engine.answer('in the first stage how is the model rewarded'));
		expect(answer.topic.id).toBe('r1-zero-rl');
		expect(answer.text).toMatch(/rule-based rewards/i);
	});
});

describe('order: how many stages', () => {
	it.each(['how many stages are there', 'wait how many stages does the paper give r1 vs what the article says'])(
		"GIVEN %j THEN the paper's four stages, and the article's count beside them",
		(question) => {
			const answer = expectCovered(engine.answer(question));
			expect(answer.intent).toBe('order');
			const [lead, ...rest] = answer.text.split('\n');
			expect(lead).toMatch(/four stages/);
			expect(rest.join('\n')).toMatch(/article says.*five steps/i);
		},
	);
});

describe('order: one stage placed against another ("before or after")', () => {
	it.each([
		['is rejection sampling before or after the second rl round', 'Step 4', 'comes after', 'Step 3'],
		['does the cold start come before or after the reasoning rl', 'Step 2', 'comes before', 'Step 3'],
	])('GIVEN %j THEN %s %s %s', (question, one, side, other) => {
		const answer = expectCovered(engine.answer(question));
		const [lead = ''] = answer.text.split('\n');
		expect(lead).toMatch(new RegExp(`${one}.*${side}.*${other}`));
	});
});
