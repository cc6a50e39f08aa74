import type { QaEngine } from '../engine.js';
import { INTENTS, type Intent } from '../intent.js';
import type { EvalQuestion } from './evalSet.js';
import { containsAll, isCorrect, unknownFigures } from './grade.js';

export interface IntentFigures {
	readonly questions: number;
	/** Answered correctly with no model. */
	readonly correct: number;
	/** Answerable questions whose expected phrases are all in the model's prompt passages. */
	readonly recalled: number;
	readonly answerable: number;
	/** Answered "not in our sources". */
	readonly notCovered: number;
}

export interface EvalReport {
	readonly overall: IntentFigures;
	readonly byIntent: ReadonlyMap<Intent, IntentFigures>;
	readonly failures: readonly { item: EvalQuestion; answer: string; recalled: boolean }[];
	/** Figures in answers that the knowledge does not hold (must stay empty). */
	readonly unknownFigures: readonly { item: EvalQuestion; figures: readonly string[] }[];
}

/** Runs every question through the engine, as /ask would with no model, and grades it. */
export function evaluate(engine: QaEngine, items: readonly EvalQuestion[], knowledgeText: string): EvalReport {
	const empty = (): Mutable<IntentFigures> => ({ questions: 0, correct: 0, recalled: 0, answerable: 0, notCovered: 0 });
	const overall = empty();
	const byIntent = new Map<Intent, Mutable<IntentFigures>>(INTENTS.map((intent) => [intent, empty()]));
	const failures: { item: EvalQuestion; answer: string; recalled: boolean }[] = [];
	const invented: { item: EvalQuestion; figures: readonly string[] }[] = [];
	for (const item of items) {
		const answer = engine.answer(item.q);
		const correct = isCorrect(item, answer);
		const answerable = item.expect !== 'not-covered';
		const prompt = engine
			.passages(item.q)
			.map((passage) => passage.text)
			.join('\n');
		const recalled = item.expect !== 'not-covered' && containsAll(prompt, item.expect);
		for (const figures of [overall, byIntent.get(item.intent) ?? empty()]) {
			figures.questions += 1;
			if (correct) figures.correct += 1;
			if (answerable) figures.answerable += 1;
			if (recalled) figures.recalled += 1;
			if (!answer.covered) figures.notCovered += 1;
		}
		if (!correct) failures.push({ item, answer: answer.text, recalled });
		if (answer.covered) {
			const unknown = unknownFigures(answer.text, knowledgeText);
			if (unknown.length > 0) invented.push({ item, figures: unknown });
		}
	}
	return { overall, byIntent, failures, unknownFigures: invented };
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
