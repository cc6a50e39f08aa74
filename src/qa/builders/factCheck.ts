import type { FactCheckVerdict, Topic } from '../../knowledge/types.js';
import { composeAnswer, type QaAnswer } from '../answer.js';
import type { AnswerContext } from './context.js';
import { answerByIntent } from './byIntent.js';
import { CLAIM_SOURCE } from '../intent.js';
import { isCommonTerm, retrievedAnswer } from './retrieved.js';
import { isNameWord, type Question } from '../question.js';
import type { RankedPassage } from '../retrieve.js';
import { terms, words } from '../text.js';
import { withVerdict } from './verdict.js';
import { misplacedFigure } from './misplacedFigure.js';

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
	const asked = ctx.question.intent.ownClaim;
	const saysTheSame = best && check ? sameClaim(ctx.question, check.claim, best.passage.topic) : false;
	// The student's own claim, when no article claim says it, is answered as what it asks ("…, true?" left out).
	if (asked && !saysTheSame) {
		const answer = withVerdict(ctx.question, answerByIntent({ ...ctx, question: { ...ctx.question, intent: asked } }));
		return misplacedFigure(ctx, answer) ?? answer;
	}
	const named = best ? ctx.question.topics.includes(best.passage.topic) : false;
	// "Is it true that …" with no article claim like it: what our sources say, with a yes when they plainly say it.
	const ourSources = (): QaAnswer => {
		const answer = withVerdict(ctx.question, retrievedAnswer(ctx, 'factcheck'));
		return misplacedFigure(ctx, answer) ?? answer;
	};
	if (!best || !check || (best.matched.length < MIN_MATCHED_TERMS && !named)) return ourSources();
	// "r1 shows its thinking but o1 hides it, true?" is the student's own claim: an article claim about the same
	// models is no answer to it unless it says the same thing.
	if (!CLAIM_SOURCE.test(ctx.question.words.join(' ')) && !saysTheSame) return ourSources();
	// "The article says r1 is good at 'long-context reasoning', any number for that?": an article claim that shares
	// less than two of the question's terms (names included, the verdict asked for not) is another claim.
	if (!saysTheSame && !overlapsClaim(ctx.question, check.claim, (term) => isCommonTerm(ctx, term))) return ourSources();
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

/** Words that ask for a verdict or credit the article, not part of what is claimed. */
const VERDICT_TERMS = new Set(
	terms('true right correct accurate legit real wrong false myth fact check really article blog author say says claim'),
);

/**
 * The question repeats something of the article's claim itself (not only of our correction): a word outside the
 * names ("helpful"), a figure ("6.5x"), or two names ("r1" and "r1-zero").
 */
function overlapsClaim(question: Question, claim: string, isCommon: (term: string) => boolean): boolean {
	const figure = (term: string): string => term.replace(/^(\d[\d.]*)x$/, '$1');
	const inClaim = new Set(terms(claim).map(figure));
	// A word most topics use ("reasoning") is shared by chance: "good at long-context reasoning" is not "RL-first,
	// building reasoning with RL".
	const sharedTerm = (term: string): boolean => !VERDICT_TERMS.has(term) && inClaim.has(term) && !isCommon(term);
	if (claimedTerms(question).map(figure).some(sharedTerm)) return true;
	// (A figure is what is claimed even where a topic is named by it: "the 6.5x price"; but a step's number names the
	// step: "the article says step 4 drops messy code blocks" is not the claim "step 4's data is about helpfulness".)
	const nameTerms = (entity: Question['entities'][number]): string[] =>
		question.words
			.slice(entity.start, entity.end)
			.flatMap((word) => terms(word))
			.map(figure);
	const figureClaimed = question.entities.some(
		(entity) => entity.topic.kind !== 'stage' && nameTerms(entity).some((term) => /^\d/.test(term) && sharedTerm(term)),
	);
	// Two of the names the question uses, both in the claim ("r1" and "r1-zero").
	const namesInClaim = question.entities.filter((entity) => nameTerms(entity).some(sharedTerm)).length;
	return figureClaimed || namesInClaim >= 2;
}

/** The question's content terms outside the names and the verdict asked for: what it claims. */
function claimedTerms(question: Question): string[] {
	return question.words
		.filter((_, index) => !isNameWord(question, index))
		.flatMap((word) => terms(word))
		.filter((term) => !VERDICT_TERMS.has(term));
}
/** The share of the student's content terms (outside the names) the article's claim must hold to be the same claim. */
const SHARED_CLAIM_SHARE = 0.5;

/**
 * The student's claim says what the article's does: half its content terms (the words outside the names, not the
 * verdict asked for) are in the article's claim. "deepseek used openai outputs to train r1" shares only "openai" and
 * "use" with "o1 and o3 use similar approaches to r1".
 */
function sameClaim(question: Question, claim: string, topic: Topic): boolean {
	const claimed = new Set(claimedTerms(question));
	const inArticle = new Set(terms(claim));
	const shared = [...claimed].filter((term) => inArticle.has(term)).length;
	if (shared < Math.max(1, claimed.size * SHARED_CLAIM_SHARE)) return false;
	// One word in common is thin ("r1-zero was trained with rl only" and "as if r1 were trained further from
	// r1-zero"): then the article's claim (or its topic) must also name everything the student's names.
	const claimWords = new Set(words(claim));
	const namesAll = question.entities.every(
		(entity) =>
			entity.topic === topic || question.words.slice(entity.start, entity.end).every((word) => claimWords.has(word)),
	);
	return claimed.size > 1 || namesAll;
}
