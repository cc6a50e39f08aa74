import type { FactCheckVerdict } from '../../knowledge/types.js';
import { composeAnswer, type QaAnswer } from '../answer.js';
import type { AnswerContext } from './context.js';
import { retrievedAnswer } from './retrieved.js';

const VERDICT: Readonly<Record<FactCheckVerdict, string>> = {
	wrong: 'No: the article gets this wrong.',
	simplified: 'Partly: the article simplifies this.',
	unverified: 'We could not verify that.',
};

/** A fact check this many question terms deep counts as the claim asked about. */
const MIN_MATCHED_TERMS = 2;

/** "Is the article right that …": the matching fact check (claim, correction, source), else what our sources say. */
export function factCheckAnswer(ctx: AnswerContext): QaAnswer {
	const [best] = ctx.search({ accept: (passage) => passage.kind === 'factCheck', ignoreNames: true });
	const check = best?.passage.factCheck;
	const named = best ? ctx.question.topics.includes(best.passage.topic) : false;
	if (!best || !check || (best.matched.length < MIN_MATCHED_TERMS && !named)) return retrievedAnswer(ctx, 'factcheck');
	return composeAnswer(
		'factcheck',
		best.passage.topic,
		{ text: `${VERDICT[check.verdict]} The article says: ${check.claim}`, source: check.claimSource.label },
		[{ text: `Our sources say: ${check.correction}`, source: check.source.label }],
		{ direct: true },
	);
}
