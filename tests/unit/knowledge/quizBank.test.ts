import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../../src/knowledge/build/build.js';
import type { BuildInput, TextFile } from '../../../src/knowledge/build/build.js';
import { parseKnowledgeFile } from '../../../src/knowledge/load.js';
import { buildError, edited, FIXTURES, lineOf, readMiniInput, REPO_ROOT } from './fixtures.js';

let input: BuildInput;
let bank: TextFile;

beforeAll(async () => {
	input = await readMiniInput();
	const bankPath = path.join(FIXTURES, 'quiz-bank.yaml');
	bank = { path: bankPath, text: await readFile(bankPath, 'utf8') };
});

/** Builds with the bank edited and returns the error message and the edited text. */
function bankError(search: string, replacement: string): { message: string; text: string } {
	const changed = edited(bank, search, replacement);
	return { message: buildError(() => buildKnowledge({ ...input, quizBank: changed })).message, text: changed.text };
}

describe('quiz bank build', () => {
	it('stores a valid bank in the knowledge file, sorted by id, with true/false options and answer indexes', () => {
		const { file } = buildKnowledge({ ...input, quizBank: bank });
		expect(file.quiz?.map((item) => item.id)).toEqual([
			'polish-cloths',
			'shine-units',
			'warm-up-time',
			'widget-x-width',
		]);
		expect(file.quiz?.[0]).toMatchObject({ kind: 'true-false', options: ['True', 'False'], answer: 0 });
		expect(file.quiz?.[3]).toMatchObject({ kind: 'true-false', answer: 1, source: { label: 'Widget paper §3' } });
		expect(file.quiz?.[2]).toMatchObject({
			kind: 'choice',
			answer: 0,
			options: ['5 minutes', '1 minute', '10 minutes', 'An hour'],
		});
	});

	it('changes the knowledge version when the bank changes', () => {
		const before = buildKnowledge({ ...input, quizBank: bank }).file.version;
		const after = buildKnowledge({ ...input, quizBank: edited(bank, 'What is shine', 'What is the shine') }).file
			.version;
		expect(after).not.toBe(before);
	});

	it('builds without a quiz field when there is no bank', () => {
		expect(buildKnowledge(input).file).not.toHaveProperty('quiz');
	});
});

describe('quiz bank validation names the file and line', () => {
	it('rejects a duplicate id at the second occurrence', () => {
		const { message, text } = bankError('- id: shine-units', '- id: warm-up-time');
		const second = text.split('\n').findLastIndex((line) => line.includes('- id: warm-up-time')) + 1;
		expect(message).toContain(`${bank.path}:${second}: quiz item "warm-up-time": duplicate id (first on line 3)`);
	});

	it('rejects a topic that does not exist', () => {
		const { message, text } = bankError('topic: shine', 'topic: sparkle');
		expect(message).toContain(
			`${bank.path}:${lineOf(text, 'topic: sparkle')}: quiz item "shine-units": topic "sparkle" does not exist`,
		);
	});

	it('rejects an answer that is not one of the options (no correct option)', () => {
		const { message, text } = bankError('answer: Gloss units', 'answer: Gloss');
		expect(message).toContain(
			`${bank.path}:${lineOf(text, 'answer: Gloss')}: quiz item "shine-units": the answer "Gloss" is not one of the options: exactly one option must be correct`,
		);
	});

	it('rejects duplicate options, which would make two options correct', () => {
		const { message, text } = bankError('[Gloss units, Lumens,', '[Gloss units, gloss units,');
		const line = lineOf(text, '[Gloss units, gloss units,');
		expect(message).toContain(
			`${bank.path}:${line}: quiz item "shine-units": option 2 repeats option 1 ("gloss units")`,
		);
	});

	it('rejects a multiple-choice item without exactly four options', () => {
		const { message, text } = bankError('[Gloss units, Lumens, Candela, Decibels]', '[Gloss units, Lumens, Candela]');
		expect(message).toContain(
			`${bank.path}:${lineOf(text, 'options: [Gloss units, Lumens, Candela]')}: quiz item "shine-units": needs exactly 4 options, found 3`,
		);
	});

	it('rejects options on a true/false item', () => {
		const { message, text } = bankError('answer: true', 'options: [Yes, No, Maybe, Never]\n    answer: true');
		expect(message).toContain(
			`${bank.path}:${lineOf(text, 'options: [Yes, No')}: quiz item "polish-cloths": a true/false item (answer: true or false) takes no options`,
		);
	});

	it('rejects a fact snippet the topic does not state', () => {
		const { message, text } = bankError('- Shine is measured in gloss units.', '- Shine is measured in lux.');
		expect(message).toContain(
			`${bank.path}:${lineOf(text, 'measured in lux')}: quiz item "shine-units": "Shine is measured in lux." is not stated in topic "shine"`,
		);
	});

	it('rejects a source other than where the topic states the fact', () => {
		const { message, text } = bankError('source: PAPER §4', 'source: PAPER §9');
		expect(message).toContain(
			`${bank.path}:${lineOf(text, 'source: PAPER §9')}: quiz item "shine-units": source "PAPER §9" is not where topic "shine" states these facts (cite one of: PAPER §4)`,
		);
	});

	it('rejects an unknown source key', () => {
		const { message, text } = bankError('source: PAPER §4', 'source: BLOG §4');
		expect(message).toContain(
			`${bank.path}:${lineOf(text, 'source: BLOG')}: quiz item "shine-units": unknown source "BLOG"`,
		);
	});

	it('rejects an answer whose figure disagrees with the knowledge', () => {
		const { message, text } = bankError('answer: 5 minutes', 'answer: 10 minutes');
		expect(message).toContain(
			`${bank.path}:${lineOf(text, 'answer: 10 minutes')}: quiz item "warm-up-time": figure(s) 10 do not appear in topic "warm-up"`,
		);
	});

	it('rejects a true statement whose figure disagrees with the knowledge', () => {
		const { message, text } = bankError('question: Polishing uses 3 cloths.', 'question: Polishing uses 4 cloths.');
		expect(message).toContain(
			`${bank.path}:${lineOf(text, 'uses 4 cloths')}: quiz item "polish-cloths": figure(s) 4 do not appear in topic "polish"`,
		);
	});

	it('rejects an explanation whose figure disagrees with the knowledge', () => {
		const { message, text } = bankError('explanation: Widget X is 10 cm wide.', 'explanation: Widget X is 12 cm wide.');
		expect(message).toContain(
			`${bank.path}:${lineOf(text, '12 cm wide')}: quiz item "widget-x-width": figure(s) 12 do not appear in topic "widget-x"`,
		);
	});

	it('rejects a missing field with its path', () => {
		const { message, text } = bankError('    explanation: Shine is measured in gloss units.\n', '');
		expect(message).toContain(`${bank.path}:${lineOf(text, '- id: shine-units')}: items.2.explanation:`);
	});

	it('reports every problem at once', () => {
		const changed = edited(edited(bank, 'topic: shine', 'topic: sparkle'), 'answer: 5 minutes', 'answer: 6 minutes');
		const error = buildError(() => buildKnowledge({ ...input, quizBank: changed }));
		expect(error.issues.map((issue) => issue.message)).toEqual([
			'quiz item "warm-up-time": the answer "6 minutes" is not one of the options: exactly one option must be correct',
			'quiz item "warm-up-time": figure(s) 6 do not appear in topic "warm-up"',
			'quiz item "shine-units": topic "sparkle" does not exist',
		]);
	});
});

describe('the committed quiz bank', () => {
	it('has at least 40 items in knowledge.json, multiple choice and true/false, over existing topics', async () => {
		const filePath = path.join(REPO_ROOT, 'knowledge/knowledge.json');
		const file = parseKnowledgeFile(await readFile(filePath, 'utf8'), filePath);
		const quiz = file.quiz ?? [];
		expect(quiz.length).toBeGreaterThanOrEqual(40);
		expect(new Set(quiz.map((item) => item.kind))).toEqual(new Set(['choice', 'true-false']));
		expect(quiz.filter((item) => item.kind === 'choice').every((item) => item.options.length === 4)).toBe(true);
	});
});
