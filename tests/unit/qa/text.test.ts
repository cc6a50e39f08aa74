import { describe, expect, it } from 'vitest';
import { indexWords, isStopWord, stem, terms, words } from '../../../src/qa/text.js';

describe('words: case, accents and punctuation', () => {
	it.each([
		['What IS GRPO?', ['what', 'is', 'grpo']],
		['Café naïve', ['cafe', 'naive']],
		['grpo!!! r1??', ['grpo', 'r1']],
		['  spaced\tout\nwords ', ['spaced', 'out', 'words']],
		['end. Next', ['end', 'next']],
		['v3.', ['v3']],
	])('GIVEN %j THEN %j', (text, expected) => {
		expect(words(text)).toEqual(expected);
	});
});

describe('words: possessives and apostrophes', () => {
	it.each([
		["R1's context", ['r1', 'context']],
		['DeepSeek’s model', ['deepseek', 'model']],
		["V3's weights", ['v3', 'weights']],
		["the author's view", ['the', 'author', 'view']],
		["didn't", ['didnt']],
		["what's grpo", ['what', 'grpo']],
	])('GIVEN %j THEN %j', (text, expected) => {
		expect(words(text)).toEqual(expected);
	});
});

describe('words: sizes written out become the short form', () => {
	it.each([
		['1.5 billion params', ['1.5b', 'params']],
		['$294k for rl', ['294000', 'for', 'rl']],
		['671 billion', ['671b']],
		['671 bn', ['671b']],
		['the 70billion one', ['the', '70b', 'one']],
		['2 million tokens', ['2m', 'tokens']],
		['the 1.5 bilion one', ['the', '1.5b', 'one']],
		['7 billon', ['7b']],
	])('GIVEN %j THEN %j', (text, expected) => {
		expect(words(text)).toEqual(expected);
	});
});

describe('words: a one-letter name hyphenated from its number', () => {
	it.each([
		['is R-1 good', ['is', 'r1', 'good']],
		['v-3 vs o-1', ['v3', 'vs', 'o1']],
		['r1-zero', ['r1', 'zero']],
	])('GIVEN %j THEN %j', (text, expected) => {
		expect(words(text)).toEqual(expected);
	});
});

describe('words: a name run into its number is split', () => {
	it.each([
		['aime2024', ['aime', '2024']],
		['AIME2024 score', ['aime', '2024', 'score']],
		['math500', ['math', '500']],
		['cnmo2024', ['cnmo', '2024']],
	])('GIVEN %j THEN %j', (text, expected) => {
		expect(words(text)).toEqual(expected);
	});

	it.each(['r1', 'v3', 'o1', 'gpt4o', 'qwen2.5'])('GIVEN the model name %j THEN it stays one word', (name) => {
		expect(words(name)).toEqual([name]);
	});
});

describe('words: the article numbers its stages as steps', () => {
	it.each([
		['stage 5', ['step', '5']],
		['Stage 2 of training', ['step', '2', 'of', 'training']],
		['phase 3', ['step', '3']],
		['step 4', ['step', '4']],
		['whats the 2nd step', ['whats', 'the', 'step', '2']],
		['the 5th stage', ['the', 'step', '5']],
		['step three', ['step', '3']],
		['the 2nd rl round', ['the', 'second', 'rl', 'round']],
	])('GIVEN %j THEN %j', (text, expected) => {
		expect(words(text)).toEqual(expected);
	});

	it.each([
		['the first step', ['the', 'first', 'step']],
		['jan 22nd', ['jan', '22nd']],
		['dec 5th', ['dec', '5th']],
	])("GIVEN %j (a place in R1's own order, or a date) THEN it stays: %j", (text, expected) => {
		expect(words(text)).toEqual(expected);
	});
});

describe('words: hyphens and symbols split, figures stay whole', () => {
	it.each([
		['r1-zero', ['r1', 'zero']],
		['deepseek-r1-distill-qwen-7b', ['deepseek', 'r1', 'distill', 'qwen', '7b']],
		['pass@1', ['pass', '1']],
		['cons@64', ['cons', '64']],
		['o1-1217', ['o1', '1217']],
		['gpt-4o', ['gpt', '4o']],
	])('GIVEN %j THEN %j', (text, expected) => {
		expect(words(text)).toEqual(expected);
	});

	it.each([
		['scored 97.3% on math', ['scored', '97.3', 'on', 'math']],
		['79.8 pass@1', ['79.8', 'pass', '1']],
		['about 800,000 samples', ['about', '800000', 'samples']],
		['$2.19 per 1M', ['2.19', 'per', '1m']],
		['1,000 steps', ['1000', 'steps']],
	])('GIVEN %j THEN the decimal or thousands figure is one word: %j', (text, expected) => {
		expect(words(text)).toEqual(expected);
	});
});

describe('indexWords: hyphenated compounds are also indexed as one word', () => {
	it.each([
		['pre-training', 'pretraining'],
		['fine-tune the model', 'finetune'],
		['chain-of-thought', 'chainofthought'],
		['self-host it', 'selfhost'],
		['Rule-Based rewards', 'rulebased'],
	])('GIVEN %j THEN it holds the parts and %j', (text, compound) => {
		const indexed = indexWords(text);
		expect(indexed).toEqual(expect.arrayContaining([...words(text), compound]));
		expect(indexed).toHaveLength(words(text).length + 1);
	});

	it.each(['plain words only', 'r1 zero', 'pass@1'])(
		'GIVEN %j with no letter compound THEN it equals words',
		(text) => {
			expect(indexWords(text)).toEqual(words(text));
		},
	);
});

describe('terms: stop words dropped, the rest stemmed', () => {
	it.each([
		['what is the training of the models', ['train', 'model']],
		['how does reinforcement learning work', ['reinforc', 'learn', 'work']],
		['what are rewards', ['reward']],
		['can you pls explain distilled models', ['distil', 'model']],
		['is r1 better at literally everything or nah', ['r1', 'better', 'everyth']],
	])('GIVEN %j THEN %j', (text, expected) => {
		expect(terms(text)).toEqual(expected);
	});

	it.each(['what is it', 'hey can you tell me', 'why would they', 'ngl tbh lol', 'literally kinda stuff tho'])(
		'GIVEN only function words and filler (%j) THEN no terms',
		(text) => {
			expect(terms(text)).toEqual([]);
		},
	);

	it.each(['r1', '671b', '97.3', '2024'])('GIVEN a word with digits (%j) THEN it is not stemmed', (word) => {
		expect(stem(word)).toBe(word);
		expect(terms(word)).toEqual([word]);
	});

	it.each(['what', 'the', 'does', 'pls', 'why', 'literally', 'tho', 'stuff', 'kinda'])(
		'GIVEN %j THEN it is a stop word',
		(word) => {
			expect(isStopWord(word)).toBe(true);
		},
	);

	it.each(['grpo', 'reward', 'model', 'distillation', 'hello', 'hi'])('GIVEN %j THEN it is not a stop word', (word) => {
		expect(isStopWord(word)).toBe(false);
	});
});

describe('text: British and American spellings meet', () => {
	it.each([
		['licence', 'license'],
		['licences', 'licenses'],
		['optimised', 'optimized'],
		['behaviour', 'behavior'],
		['analyse', 'analyze'],
	])('GIVEN %j and %j THEN one stem', (british, american) => {
		expect(stem(british)).toBe(stem(american));
	});
});

describe('text: Porter folds that join two words are undone', () => {
	it('GIVEN "computer" and "computed" THEN two stems ("how the reward is computed" is not about computers)', () => {
		expect(stem('computer')).not.toBe(stem('computed'));
		expect(stem('computers')).toBe(stem('computer'));
		expect(stem('computing')).toBe(stem('computed'));
	});
});
