import type { QaAnswer } from './answer.js';

/**
 * Two questions in one message get both answers, the first first; a second part not covered is said to be. When the
 * first part is not covered (the second often leans on it), or both parts lead with one line, undefined: the
 * message is answered as one question.
 */
export function joinAnswers(
	first: QaAnswer,
	second: QaAnswer,
	options: { readonly sayUncovered: boolean },
): QaAnswer | undefined {
	if (!first.covered) return undefined;
	if (second.covered) {
		if (first.text.includes(second.text.split('\n')[0] ?? '')) return undefined;
		// Lines the first answer already gives are not given twice.
		const added = second.text.split('\n').filter((line) => !first.text.includes(lineText(line)));
		if (added.length === 0) return first;
		return {
			...first,
			text: `${first.text}\n\n${added.join('\n')}`,
			sources: [...new Set([...first.sources, ...second.sources])],
			direct: first.direct && second.direct,
		};
	}
	return options.sayUncovered ? { ...first, text: `${first.text}\n\n${UNCOVERED_SECOND}` } : first;
}

/** A line's statement, without its bullet and its source. */
function lineText(line: string): string {
	return line.replace(/^- /, '').replace(/ \([^()]*\)$/, '');
}

const UNCOVERED_SECOND = '_Your second question is not answered in our sources._';
