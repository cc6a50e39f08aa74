import { z } from 'zod';
import type { EvalReport, IntentFigures } from './evaluate.js';

const FloorsSchema = z.strictObject({
	/** Share answered correctly with no model. */
	accuracy: z.number().min(0).max(1),
	/** Share of answerable questions whose answer is in the model's prompt passages. */
	recall: z.number().min(0).max(1),
	/** Figures in answers that the knowledge does not hold. */
	maxUnknownFigures: z.number().int().nonnegative(),
});
export type Floors = z.output<typeof FloorsSchema>;

export function parseFloors(json: string): Floors {
	return FloorsSchema.parse(JSON.parse(json));
}

/** What falls below the floors, one line each; empty when every floor holds. */
export function checkFloors(report: EvalReport, floors: Floors): string[] {
	const misses: string[] = [];
	const accuracy = share(report.overall.correct, report.overall.questions);
	const recall = share(report.overall.recalled, report.overall.answerable);
	if (accuracy < floors.accuracy)
		misses.push(`accuracy ${percent(accuracy)} is below the floor ${percent(floors.accuracy)}`);
	if (recall < floors.recall)
		misses.push(`prompt recall ${percent(recall)} is below the floor ${percent(floors.recall)}`);
	if (report.unknownFigures.length > floors.maxUnknownFigures)
		misses.push(`${report.unknownFigures.length} answers show figures the knowledge does not hold`);
	return misses;
}

export function formatReport(name: string, report: EvalReport, options: { readonly failures: boolean }): string {
	const row = (label: string, figures: IntentFigures): string =>
		[
			label.padEnd(11),
			String(figures.questions).padStart(4),
			percent(share(figures.correct, figures.questions)).padStart(9),
			percent(share(figures.recalled, figures.answerable)).padStart(10),
			percent(share(figures.notCovered, figures.questions)).padStart(13),
		].join(' ');
	const lines = [
		`${name}: ${report.overall.questions} questions`,
		`${'intent'.padEnd(11)} ${'n'.padStart(4)} ${'correct'.padStart(9)} ${'recall'.padStart(10)} ${'not covered'.padStart(13)}`,
		...[...report.byIntent]
			.filter(([, figures]) => figures.questions > 0)
			.map(([intent, figures]) => row(intent, figures)),
		row('overall', report.overall),
		`figures not in the knowledge: ${report.unknownFigures.length}`,
	];
	if (options.failures) {
		for (const failure of report.failures) {
			const expected = failure.item.expect === 'not-covered' ? 'not-covered' : failure.item.expect.join(' + ');
			lines.push(
				'',
				`✗ [${failure.item.intent} → ${failure.item.topic}] ${failure.item.q}`,
				`  expected: ${expected}${failure.recalled ? '' : ' (not in prompt)'}`,
				`  answer: ${failure.answer.replaceAll('\n', ' ⏎ ').slice(0, 400)}`,
			);
		}
		for (const entry of report.unknownFigures)
			lines.push(`? figures ${entry.figures.join(', ')} in the answer to: ${entry.item.q}`);
	}
	return lines.join('\n');
}

function share(part: number, whole: number): number {
	return whole === 0 ? 1 : part / whole;
}

function percent(value: number): string {
	return `${(value * 100).toFixed(1)}%`;
}
