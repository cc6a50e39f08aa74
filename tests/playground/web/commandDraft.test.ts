import { describe, expect, it } from 'vitest';
import { readDraft } from '../../../src/playground/web/client/commandDraft.js';
import type { WireCommand } from '../../../src/playground/web/protocol.js';

const COMMANDS: WireCommand[] = [
	{
		name: 'explain',
		description: 'Explain a topic',
		options: [{ type: 3, name: 'topic', description: 'A topic', required: true, autocomplete: true }],
	},
	{
		name: 'quiz',
		description: 'Quiz',
		options: [
			{
				type: 1,
				name: 'question',
				description: 'Post a question',
				options: [
					{ type: 3, name: 'topic', description: 'Practise one topic', autocomplete: true },
					{
						type: 3,
						name: 'difficulty',
						description: 'How hard',
						choices: [
							{ name: 'Easy', value: 'easy' },
							{ name: 'Hard', value: 'hard' },
						],
					},
				],
			},
			{ type: 1, name: 'stats', description: 'Your stats' },
		],
	},
	{
		name: 'study',
		description: 'Study',
		options: [
			{
				type: 1,
				name: 'start',
				description: 'Start',
				options: [
					{ type: 7, name: 'channel', description: 'Where', required: true },
					{ type: 4, name: 'count', description: 'How many' },
				],
			},
		],
	},
];

describe('readDraft (the picker reading a half-typed line)', () => {
	it('is not a command without a leading slash', () => {
		expect(readDraft('hello', COMMANDS)).toEqual({ stage: 'none' });
	});

	it('picks a command while its name is typed, a subcommand after it', () => {
		expect(readDraft('/qu', COMMANDS)).toEqual({ stage: 'command', prefix: 'qu' });
		const sub = readDraft('/quiz st', COMMANDS);
		expect(sub).toMatchObject({ stage: 'subcommand', base: '/quiz ', prefix: 'st' });
	});

	it('offers the options not given yet, then reads the value being typed with the others filled in', () => {
		expect(readDraft('/quiz question ', COMMANDS)).toMatchObject({ stage: 'option', prefix: '' });
		const value = readDraft('/quiz question difficulty: hard topic: gr', COMMANDS);
		expect(value).toEqual({
			stage: 'value',
			base: '/quiz question difficulty: hard topic: ',
			partial: 'gr',
			option: expect.objectContaining({ name: 'topic' }),
			commandPath: 'quiz question',
			filled: { difficulty: 'hard' },
		});
		const next = readDraft('/quiz question topic: grpo ', COMMANDS);
		expect(next).toMatchObject({ stage: 'option' });
		if (next.stage === 'option') expect(next.remaining.map((option) => option.name)).toEqual(['difficulty']);
	});

	it('keeps spaces inside a value and types numbers for the autocomplete request', () => {
		expect(readDraft('/explain topic: cold st', COMMANDS)).toMatchObject({ stage: 'value', partial: 'cold st' });
		const draft = readDraft('/study start count: 3 channel: #qu', COMMANDS);
		expect(draft).toMatchObject({ stage: 'value', partial: '#qu', commandPath: 'study start', filled: { count: 3 } });
	});

	it('knows nothing of an unknown command', () => {
		expect(readDraft('/nope topic: x', COMMANDS)).toEqual({ stage: 'none' });
	});
});
