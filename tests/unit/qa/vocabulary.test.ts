import { beforeAll, describe, expect, it } from 'vitest';
import type { QaEngine } from '../../../src/qa/engine.js';
import { createVocabulary } from '../../../src/qa/vocabulary.js';
import { loadRealQa } from './fixtures.js';

describe('createVocabulary: typos corrected towards the known words', () => {
	const vocabulary = createVocabulary(
		['reinforcement', 'learning', 'distillation', 'rejection', 'sampling', 'parameters', 'benchmark'],
		['grpo', 'qwen', 'llama'],
	);

	it.each([
		['reinforcment', 'reinforcement'],
		['reinforcemnet', 'reinforcement'],
		['distilation', 'distillation'],
		['distillaton', 'distillation'],
		['rejction', 'rejection'],
		['samplign', 'sampling'],
		['paramters', 'parameters'],
		['benchmrak', 'benchmark'],
	])('GIVEN %j THEN %j', (typo, expected) => {
		expect(vocabulary.correct(typo)).toBe(expected);
	});

	it.each([
		['distilaltion', 'distillation'],
		['reinfrocment', 'reinforcement'],
	])('GIVEN a long word two edits away (%j) THEN %j', (typo, expected) => {
		expect(vocabulary.correct(typo)).toBe(expected);
	});

	it.each([
		['smplng', 'sampling'],
		['rejctn', 'rejection'],
	])('GIVEN %j, under eight letters and two edits from %j, THEN unchanged', (typo) => {
		expect(vocabulary.correct(typo)).toBe(typo);
	});

	it.each(['reinforcement', 'learning', 'grpo', 'qwen'])('GIVEN a known word (%j) THEN unchanged', (word) => {
		expect(vocabulary.correct(word)).toBe(word);
	});
});

describe('createVocabulary: short words are only corrected towards names', () => {
	const vocabulary = createVocabulary(['come', 'code', 'role', 'math'], ['grpo', 'qwen', 'llama']);

	it.each([
		['grop', 'grpo'],
		['gpro', 'grpo'],
		['qwne', 'qwen'],
		['qewn', 'qwen'],
		['lama', 'llama'],
	])('GIVEN %j THEN the name %j', (typo, expected) => {
		expect(vocabulary.correct(typo)).toBe(expected);
	});

	it.each(['rome', 'node', 'mole', 'myth', 'cope'])(
		'GIVEN a real short word one edit from a plain word (%j) THEN unchanged',
		(word) => {
			expect(vocabulary.correct(word)).toBe(word);
		},
	);

	it.each(['tpu', 'opp', 'rl', 'a'])('GIVEN a word under four letters (%j) THEN unchanged', (word) => {
		expect(createVocabulary(['put', 'ppo', 'rlhf'], ['put', 'ppo']).correct(word)).toBe(word);
	});
});

describe('createVocabulary: a short word with a letter left out', () => {
	const vocabulary = createVocabulary(['start', 'paper', 'round', 'stage', 'bonus', 'come'], ['grpo']);

	it.each([
		['strt', 'start'],
		['paer', 'paper'],
		['rond', 'round'],
		['stge', 'stage'],
		['bous', 'bonus'],
	])('GIVEN %j THEN %j', (typo, expected) => {
		expect(vocabulary.correct(typo)).toBe(expected);
	});

	it.each(['rome', 'cone'])('GIVEN %j, another letter rather than one left out, THEN unchanged', (word) => {
		expect(vocabulary.correct(word)).toBe(word);
	});
});

describe('createVocabulary: a letter held down', () => {
	const vocabulary = createVocabulary(['grpo', 'good', 'step', 'aime'], ['grpo', 'aime']);

	it.each([
		['whyyy', 'why'],
		['sooo', 'so'],
		['grpooo', 'grpo'],
		['goood', 'good'],
		['steppp', 'step'],
		['aimeee', 'aime'],
	])('GIVEN %j THEN %j', (typed, expected) => {
		expect(vocabulary.correct(typed)).toBe(expected);
	});
});

describe('createVocabulary: typos of function words', () => {
	const vocabulary = createVocabulary(['come', 'code', 'some'], ['grpo']);

	it.each([
		['teh', 'the'],
		['hwo', 'how'],
		['waht', 'what'],
		['otu', 'out'],
		['rigth', 'right'],
		['wich', 'which'],
		['shoud', 'should'],
		['somerhing', 'something'],
		['basivally', 'basically'],
		['betwwen', 'between'],
	])('GIVEN %j (two letters swapped or one left out) THEN %j', (typo, expected) => {
		expect(vocabulary.correct(typo)).toBe(expected);
	});

	it.each(['rome', 'form', 'hat', 'wit', 'curing'])('GIVEN the real word %j THEN unchanged', (word) => {
		expect(vocabulary.correct(word)).toBe(word);
	});
});

describe('createVocabulary: inflected real words are meant as typed', () => {
	const vocabulary = createVocabulary(['number', 'starter', 'distilled', 'trained'], ['grpo']);

	it.each(['dumber', 'smarter'])('GIVEN %j, an inflection of a common word, THEN unchanged', (word) => {
		expect(vocabulary.correct(word)).toBe(word);
	});

	it.each([
		['distiled', 'distilled'],
		['traind', 'trained'],
	])('GIVEN the typo %j THEN still %j', (typo, expected) => {
		expect(vocabulary.correct(typo)).toBe(expected);
	});
});

describe('createVocabulary: common English words are meant as typed', () => {
	const vocabulary = createVocabulary(['image', 'family', 'model', 'critic', 'weights'], ['aime', 'grpo']);

	it.each(['anime', 'group', 'movie', 'famous'])('GIVEN the common word %j THEN unchanged', (word) => {
		expect(vocabulary.correct(word)).toBe(word);
	});

	it.each([
		['famly', 'family'],
		['modle', 'model'],
		['critc', 'critic'],
		['wieghts', 'weights'],
	])('GIVEN a typo of five letters or more (%j) THEN the plain word %j', (typo, expected) => {
		expect(vocabulary.correct(typo)).toBe(expected);
	});
});

describe('createVocabulary: digits and stop words are never changed', () => {
	const vocabulary = createVocabulary(['r1', 'v3', 'o1', '2024', '79.8', 'grpo1'], ['r1', 'v3', 'o1', 'qwen7b']);

	it.each(['r2', 'v4', 'o4', '2042', '79.9', 'qwen8b', 'grpo2'])('GIVEN %j THEN unchanged', (word) => {
		expect(vocabulary.correct(word)).toBe(word);
	});

	it.each(['what', 'which', 'would', 'there'])('GIVEN the stop word %j THEN unchanged', (word) => {
		expect(createVocabulary(['whet', 'witch', 'world', 'theme'], ['whet', 'witch']).correct(word)).toBe(word);
	});
});

describe('createVocabulary: a possessive typed without its apostrophe', () => {
	const vocabulary = createVocabulary(['r1', 'v3', 'model', 'models', 'qwen'], ['r1', 'v3', 'o1']);

	it.each([
		['r1s', 'r1'],
		['v3s', 'v3'],
		['o1s', 'o1'],
		['qwens', 'qwen'],
	])('GIVEN %j THEN %j', (word, expected) => {
		expect(vocabulary.correct(word)).toBe(expected);
	});

	it('GIVEN a plural the knowledge itself uses THEN it stays plural', () => {
		expect(vocabulary.correct('models')).toBe('models');
	});
});

describe('createVocabulary: ties', () => {
	it('GIVEN two candidates at the same distance THEN the more frequent word wins', () => {
		const vocabulary = createVocabulary(['sampler', 'samples', 'samples', 'samples'], []);
		expect(vocabulary.correct('samplex')).toBe('samples');
	});

	it('GIVEN a closer candidate THEN it beats a more frequent one further away', () => {
		const vocabulary = createVocabulary(['distillation', 'distillations', 'distillations', 'distillations'], []);
		expect(vocabulary.correct('distilation')).toBe('distillation');
	});
});

describe("the engine's vocabulary over the real knowledge", () => {
	let engine: QaEngine;
	beforeAll(async () => {
		({ engine } = await loadRealQa());
	});
	const corrected = (text: string): string => engine.read(text).words.join(' ');

	it.each([
		['reinforcment learning', 'reinforcement learning'],
		['reinfrocement learning', 'reinforcement learning'],
		['what is grop', 'what is grpo'],
		['distilation', 'distillation'],
		['destillation of r1', 'distillation of r1'],
		['rejection smapling', 'rejection sampling'],
		['langauge mixing', 'language mixing'],
		['the aha momnet', 'the aha moment'],
		['mixture of experst', 'mixture of experts'],
		['codefroces rating', 'codeforces rating'],
		['deepsek r1', 'deepseek r1'],
		['paramters of v3', 'parameters of v3'],
	])('GIVEN the typo %j THEN the knowledge word: %j', (text, expected) => {
		expect(corrected(text)).toBe(expected);
	});

	it.each([
		'pizza',
		'rome',
		'weather',
		'football',
		'house',
		'movie',
		'lunch',
		'music',
		'note',
		'vote',
		'node',
		'life',
		'myth',
		'cure',
	])('GIVEN the everyday word %j THEN it is not mangled', (word) => {
		expect(corrected(word)).toBe(word);
	});

	it.each(['r2', 'v4', 'o4', '2042', '1217', '79.9'])('GIVEN %j (with digits) THEN unchanged', (word) => {
		expect(corrected(word)).toBe(word);
	});

	it.each([
		['r1s context length', 'r1 context length'],
		['v3s params', 'v3 parameters'],
		['o1s score', 'o1 score'],
	])('GIVEN a possessive without apostrophe (%j) THEN %j', (text, expected) => {
		expect(corrected(text)).toBe(expected);
	});
});
