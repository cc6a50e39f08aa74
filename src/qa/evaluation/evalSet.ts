import { parse } from 'yaml';
import { z } from 'zod';
import { INTENTS } from '../intent.js';

const EvalQuestionSchema = z.strictObject({
	q: z.string().trim().min(1),
	intent: z.enum(INTENTS),
	topic: z.string().trim().min(1),
	/** Phrases every correct answer contains ("a|b": either), or "not-covered". */
	expect: z.union([z.literal('not-covered'), z.array(z.string().trim().min(1)).min(1)]),
});

const EvalSetSchema = z.strictObject({ questions: z.array(EvalQuestionSchema).min(1) });

export type EvalQuestion = z.output<typeof EvalQuestionSchema>;

/** Parses knowledge/eval/*.yaml; throws one line naming the file and the first problem. */
export function parseEvalSet(file: string, text: string): readonly EvalQuestion[] {
	const result = EvalSetSchema.safeParse(parse(text));
	if (!result.success) {
		const issue = result.error.issues[0];
		throw new Error(`${file}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
	}
	return result.data.questions;
}
