import type { FactCheckVerdict } from '../../knowledge/types.js';
import { composeAnswer, type QaAnswer } from '../answer.js';
import type { AnswerContext } from './context.js';
import { retrievedAnswer } from './retrieved.js';
import type { RankedPassage } from '../retrieve.js';
import { terms } from '../text.js';

const VERDICT: Readonly<Record<FactCheckVerdict, string>> = {
	wrong: 'No: the article gets this wrong.',
	simplified: 'Partly: the article simplifies this.',
	unverified: 'We could not verify that.',
};

/** A fact check this many question terms deep counts as the claim asked about. */
const MIN_MATCHED_TERMS = 2;

/** "Is the article right that …": the matching fact check (claim, correction, source), else what our sources say. */
export function factCheckAnswer(ctx: AnswerContext): QaAnswer {
	const best = bestClaimMatch(
		ctx,
		ctx.search({ accept: (passage) => passage.kind === 'factCheck', ignoreNames: true }),
	);
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

/** Fact checks looked at, best BM25 first, for the one whose claim the question repeats most. */
const CLAIM_CANDIDATES = 8;

/**
 * The question repeats the article's claim, not our correction: among the best fact checks, the one whose claim
 * shares most of the question's terms (BM25 breaks ties).
 */
function bestClaimMatch(ctx: AnswerContext, ranked: readonly RankedPassage[]): RankedPassage | undefined {
	const asked = new Set(ctx.question.terms);
	const inClaim = (entry: RankedPassage): number =>
		new Set(terms(entry.passage.factCheck?.claim ?? '').filter((term) => asked.has(term))).size;
	return ranked
		.slice(0, CLAIM_CANDIDATES)
		.map((entry, rank) => ({ entry, shared: inClaim(entry), rank }))
		.sort((a, b) => b.shared - a.shared || a.rank - b.rank)[0]?.entry;
}
