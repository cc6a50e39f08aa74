import type { QuizDifficulty, QuizItem } from '../knowledge/types.js';

export interface QuizFilter {
	readonly topic?: string | undefined;
	readonly difficulty?: QuizDifficulty | undefined;
}

/** The quiz bank from the knowledge file, loaded once at start-up. */
export interface QuizBank {
	readonly items: readonly QuizItem[];
	get(id: string): QuizItem | undefined;
	/** Items matching the filter, in bank order. */
	filter(filter: QuizFilter): readonly QuizItem[];
	/** Topic ids that have at least one item. */
	readonly topics: ReadonlySet<string>;
}

export function createQuizBank(items: readonly QuizItem[]): QuizBank {
	const byId = new Map(items.map((item) => [item.id, item]));
	return {
		items,
		get: (id) => byId.get(id),
		filter: ({ topic, difficulty }) =>
			items.filter(
				(item) =>
					(topic === undefined || item.topic === topic) && (difficulty === undefined || item.difficulty === difficulty),
			),
		topics: new Set(items.map((item) => item.topic)),
	};
}

/** Points for a right answer: harder questions count more. */
export const POINTS: Readonly<Record<QuizDifficulty, number>> = { easy: 1, medium: 2, hard: 3 };
