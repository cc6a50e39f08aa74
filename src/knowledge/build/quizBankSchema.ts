import { z } from 'zod';
import { QUIZ_DIFFICULTIES } from '../types.js';

const text = z.string().trim().min(1, 'must not be empty');

/** One item as written in knowledge/quiz-bank.yaml; `answer: true|false` without options makes a true/false item. */
const QuizBankItemSchema = z.strictObject({
	id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids use lowercase letters, digits and hyphens'),
	topic: text,
	difficulty: z.enum(QUIZ_DIFFICULTIES),
	question: text.max(400, 'keep questions under 400 characters'),
	options: z.array(text.max(200, 'keep options under 200 characters')).optional(),
	answer: z.union([text, z.boolean()]),
	explanation: text.max(600, 'keep explanations under 600 characters'),
	source: text,
	/** Snippets that must appear verbatim in the topic's summary, explanation, facts, corrections or attributes. */
	facts: z.array(text).min(1, 'list at least one snippet from the topic that states the answer'),
});

export const QuizBankSchema = z.strictObject({
	items: z.array(QuizBankItemSchema).min(1),
});

export type QuizBankItem = z.output<typeof QuizBankItemSchema>;
