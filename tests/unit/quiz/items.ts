import type { QuizItem } from '../../../src/knowledge/types.js';

/** A quiz item for unit tests; override what the test is about. */
export function item(id: string, overrides: Partial<QuizItem> = {}): QuizItem {
	return {
		id,
		topic: 'grpo',
		difficulty: 'easy',
		kind: 'choice',
		question: `Question ${id}?`,
		options: ['right', 'wrong 1', 'wrong 2', 'wrong 3'],
		answer: 0,
		explanation: 'Because.',
		source: { key: 'P', locator: '§1', label: 'Paper §1' },
		...overrides,
	};
}
