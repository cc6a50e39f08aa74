import type { QaAnswer } from '../answer.js';
import { isNameWord, type Question } from '../question.js';
import { isStopWord, stem, words } from '../text.js';

/** Words that ask for a verdict ("…, true?", "is that right"), not part of what is claimed. */
const VERDICT_WORDS: ReadonlySet<string> = new Set(
	'true right correct accurate legit real really fr for is that it this am i or not yes'.split(' '),
);
/** A figure or a date: a claim's figures must all be in the answer for it to say yes. */
const FIGURE = /^\d[\d.]*[a-z]?$/;
/**
 * Words that make a claim stronger than its facts ("all", "only", "bigger", "secretly"): the answer holding the
 * claim's words is then no proof it holds.
 */
const QUALIFIERS: ReadonlySet<string> = new Set(
	`all every only just entirely always never secretly basically bigger smaller larger more less better worse higher
	lower faster slower cheaper own same beat beats beating outperform outperforms outscores wins tops leads`.split(/\s+/),
);
/** Verbs that carry no claim of their own ("r1-zero got no supervised data"). */
const LIGHT_VERBS: ReadonlySet<string> = new Set(
	'got get gets getting have has had use used uses using make made makes go went come came do did does done'.split(' '),
);
const NEGATION = /\b(not|no|never|without|none|isnt|wasnt|didnt|doesnt|dont|arent|werent|cannot|cant)\b/;
/** In a claim (names left out), "zero supervised data" negates too; in an answer "zero" is R1-Zero's. */
const CLAIM_NEGATION = new RegExp(`${NEGATION.source}|\\bzero\\b`);

/**
 * "r1 got 97.3 on math-500, right?": when the answer to what the claim asks plainly says what the student claims,
 * it opens with "Yes". Plainly: every figure claimed is in the answer's opening line; without figures, every word
 * claimed is there, the claim says nothing stronger than its facts, and neither negates what the other does not.
 * Otherwise the answer stands as it is, without a verdict: we never say yes to what our sources do not say.
 */
export function withVerdict(question: Question, answer: QaAnswer): QaAnswer {
	if (!answer.covered) return answer;
	const [lead = ''] = answer.text.split('\n');
	// An article claim checked already carries its verdict.
	if (/^(the article says|no:|partly:|we could not)/i.test(lead)) return answer;
	// Names are what the claim is about ("math-500" holds no figure claimed, "r1-zero" no "zero").
	const claimed = question.words.filter(
		(word, index) => !isNameWord(question, index) && !VERDICT_WORDS.has(word) && !LIGHT_VERBS.has(word),
	);
	if (claimed.some((word) => QUALIFIERS.has(word))) return answer;
	const answerWords = words(answer.text);
	const figures = claimed.filter((word) => FIGURE.test(word));
	// Without figures, the words claimed and the names they are claimed of must meet in one sentence of the opening
	// line: "the cold start fine-tunes r1-zero" is not said by a line naming both apart.
	// (The answer's own topic is what its sentences are about: "It was trained with RL" is said of R1-Zero.)
	const topic = answer.topic;
	const names = question.entities
		.filter((entity) => entity.topic !== topic)
		.flatMap((entity) => question.words.slice(entity.start, entity.end));
	const supported =
		figures.length > 0
			? figures.every((figure) => answerWords.some((word) => sameFigure(word, figure)))
			: lead.split(SENTENCE_END).some((sentence) => holdsEveryWord(claimed, names, words(sentence)));
	if (!supported || CLAIM_NEGATION.test(claimed.join(' ')) !== NEGATION.test(words(lead).join(' '))) return answer;
	return { ...answer, text: `Yes: ${answer.text}` };
}

/** "71" and "71.0" are one figure. */
function sameFigure(word: string, figure: string): boolean {
	return (
		word === figure || (/^\d+(\.\d+)?$/.test(word) && /^\d+(\.\d+)?$/.test(figure) && Number(word) === Number(figure))
	);
}

function holdsEveryWord(claimed: readonly string[], names: readonly string[], sentence: readonly string[]): boolean {
	const content = claimed.filter((word) => !isStopWord(word) && !CLAIM_NEGATION.test(word)).map(stem);
	const held = new Set(sentence.map(stem));
	const named = names.filter((word) => !isStopWord(word)).map(stem);
	return content.length >= MIN_CLAIMED_WORDS && [...content, ...named].every((term) => held.has(term));
}

const MIN_CLAIMED_WORDS = 2;
const SENTENCE_END = /(?<=[.;!?])\s+/;
