import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEvalSet } from '../../../../src/qa/evaluation/evalSet.js';
import { REPO_ROOT } from '../fixtures.js';

describe('parseEvalSet', () => {
	it('GIVEN a valid set THEN its questions, trimmed', () => {
		const text = [
			'questions:',
			'  - q: " what is grpo "',
			'    intent: definition',
			'    topic: grpo',
			"    expect: ['critic|group']",
			'  - q: best pizza in rome',
			'    intent: definition',
			'    topic: none',
			'    expect: not-covered',
		].join('\n');
		expect(parseEvalSet('eval/x.yaml', text)).toEqual([
			{ q: 'what is grpo', intent: 'definition', topic: 'grpo', expect: ['critic|group'] },
			{ q: 'best pizza in rome', intent: 'definition', topic: 'none', expect: 'not-covered' },
		]);
	});

	it.each([
		['an unknown intent', 'questions:\n  - {q: x, intent: opinion, topic: t, expect: [a]}', 'questions.0.intent'],
		['an empty expect list', 'questions:\n  - {q: x, intent: how, topic: t, expect: []}', 'questions.0.expect'],
		['an unknown field', 'questions:\n  - {q: x, intent: how, topic: t, expect: [a], why: b}', 'questions.0'],
		['no questions', 'questions: []', 'questions'],
		['a blank question', "questions:\n  - {q: '  ', intent: how, topic: t, expect: [a]}", 'questions.0.q'],
	])('GIVEN %s THEN one line naming the file and the path', (_, text, where) => {
		expect(() => parseEvalSet('knowledge/eval/bad.yaml', text)).toThrow(
			new RegExp(`^knowledge/eval/bad\\.yaml: ${where.replaceAll('.', '\\.')}: `),
		);
	});

	it.each(['questions', 'holdout'])('GIVEN the committed %s set THEN it parses', async (name) => {
		const file = path.join(REPO_ROOT, 'knowledge/eval', `${name}.yaml`);
		expect(parseEvalSet(file, await readFile(file, 'utf8')).length).toBeGreaterThan(50);
	});
});
