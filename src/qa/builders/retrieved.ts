import { composeAnswer, notCovered, type QaAnswer } from '../answer.js';
import type { Topic } from '../../knowledge/types.js';
import type { Intent } from '../intent.js';
import { askedTerms } from '../question.js';
import { isStopWord, stem, words } from '../text.js';
import type { RankedPassage } from '../retrieve.js';
import type { AnswerContext, SearchTuning } from './context.js';
import { leadLine, supportLines } from './lead.js';

/**
 * Share of the question's terms the answering topic must hold somewhere; below it the question is about
 * something our sources do not cover. Named topics lower the bar: the question is plainly about them.
 * (0.55 over 0.6 on the tuned sets: 90.20 → 90.25%; 0.5 lets through more that is not covered, 90.10.)
 */
export const CONFIDENCE = Object.freeze({
	minCoverage: 0.55,
	/** "What does this mean for us" is vague by nature: a closing section that matches part of it will do. */
	minCoverageImpact: 0.34,
	/** Passages looked at, best first, for one that passes. */
	candidates: 3,
});

/** The best passage leads, its topic supports; below the confidence bar, "not in our sources". */
export function retrievedAnswer(ctx: AnswerContext, intent: Intent, tuning: SearchTuning = {}): QaAnswer {
	// "Why was v3-base fine-tuned again from scratch": what our sources say they leave open is said so, not guessed.
	// (Names aside: the open question is on the topic that leaves it open, not always the one named.)
	// It need not rank first: the passage stating the fact itself often shares as many words. Among the best few, one
	// that holds most of what is asked will do.
	const open = ctx
		.search({ ...tuning, withUnstated: true, ignoreNames: true })
		.slice(0, CONFIDENCE.candidates)
		.find((entry) => entry.passage.kind === 'unstated' && asksWhatIsOpen(ctx, intent, entry));
	if (open)
		return {
			...notCovered(intent, ctx.suggestions(), `Our sources do not say ${unstatedText(open.passage.text)}.`),
			leftOpen: true,
		};
	const ranked = ctx.search(tuning);
	const lead = confidentLead(ctx, ranked);
	if (!lead) return notCovered(intent, ctx.suggestions());
	return passageAnswer(ctx, intent, ranked, lead);
}

/** An answer led by one ranked passage, with the supporting lines of its topic. */
export function passageAnswer(
	ctx: AnswerContext,
	intent: Intent,
	ranked: readonly RankedPassage[],
	lead: RankedPassage,
): QaAnswer {
	const support = supportLines(ranked, lead, askedTerms(ctx.question));
	return composeAnswer(intent, lead.passage.topic, leadLine(lead), support, { direct: false });
}

/**
 * An open reason answers a why, an open count a "how many", an open method a how: "which checkpoint is fine-tuned in
 * step 4" is stated, though it shares words with why it is.
 */
function asksWhatIsOpen(ctx: AnswerContext, intent: Intent, open: RankedPassage): boolean {
	const { terms } = ctx.question;
	if (open.inText.length < MIN_UNSTATED_TERMS || open.inText.length < terms.length * UNSTATED_SHARE) return false;
	// Names alone ("r1", "paper", "o1") do not make it the same question: what is asked of them must match too.
	const asked = new Set(askedTerms(ctx.question));
	const askedMatched = open.inText.filter((term) => asked.has(term)).length;
	if (askedMatched < Math.max(MIN_UNSTATED_ASKED, asked.size * UNSTATED_ASKED_SHARE)) return false;
	const entry = unstatedText(open.passage.text);
	// ("Why did deepseek put r1 out for free" reads as a price question, but asks why.)
	if (/^why\b/.test(entry)) return intent === 'why' || ctx.question.words.includes('why');
	if (/^how (many|much)\b/.test(entry)) return intent === 'quantity';
	if (/^how\b/.test(entry)) return intent === 'how';
	return intent !== 'factcheck' && intent !== 'order';
}

/** An open question matched on fewer of the question's words is a coincidence. */
const MIN_UNSTATED_TERMS = 3;
/** …and at least this share of the question's terms. */
const UNSTATED_SHARE = 0.4;
const MIN_UNSTATED_ASKED = 1;
const UNSTATED_ASKED_SHARE = 1 / 3;
const unstatedText = (text: string): string => text.replace(/^Not stated in our sources: /, '').replace(/\.$/, '');

/** A figure, in digits or in words ("several thousand tokens", "thousands of examples"). */
export const NUMBER =
	/\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|dozen|hundreds?|thousands?|millions?|billions?)\b/i;

/** What an answer to each kind of question must contain: a figure for "how many", a date for "when". */
const EVIDENCE: Readonly<Partial<Record<Intent | 'cost', RegExp>>> = {
	quantity: NUMBER,
	cost: /\$|\d|\b(?:free|cheaper|expensive|price)\b/i,
	// A full date, a month, or a year after "in"/"since"…; not the year in a name ("AIME 2024").
	when: /\b(?:19|20)\d\d-\d\d\b|\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\b(?:in|since|by|from|until|of|early|late|mid)[ -](?:19|20)\d\d\b/i,
};

/** The best of the top passages that is on a named topic (or names one) and covers enough of the question. */
export function confidentLead(ctx: AnswerContext, ranked: readonly RankedPassage[]): RankedPassage | undefined {
	return ranked.slice(0, CONFIDENCE.candidates).find((candidate) => isConfident(ctx, candidate));
}

function isConfident(ctx: AnswerContext, lead: RankedPassage): boolean {
	const { terms, topics, intent } = ctx.question;
	if (lead.matched.length === 0 || terms.length === 0) return false;
	const evidence = EVIDENCE[intent.access === 'cost' ? 'cost' : intent.intent];
	// The evidence must be in what the answer shows: a curated question stands for its topic's summary.
	const shown = leadLine(lead).text;
	if (evidence && !evidence.test(shown)) return false;
	const asked = askedTerms(ctx.question);
	if (intent.intent === 'quantity' && !countsWhatIsAsked(ctx, shown, asked)) return false;
	// "How many answers does GRPO sample": a count is about the named method or stage (or a topic it links to), not
	// a figure of another topic that counts the same word (pass@1's k samples).
	const subjects = topics.filter((topic) => topic.kind !== 'model');
	if (intent.intent === 'quantity' && subjects.length > 0 && !subjects.some((subject) => isAbout(lead, shown, subject)))
		return false;
	// "How much does the o1 api cost": R1's prices, on a named resource topic, are no answer about o1.
	const models = topics.filter((topic) => topic.kind === 'model');
	const leadTopic = lead.passage.topic;
	// (Concepts and stages are about any model: "why did zero need a cold start" is answered by the cold start.)
	if (leadTopic.kind === 'resource' && models.length > 0 && !models.some((model) => mentions(shown, model)))
		return false;
	// "How much does the o1 api cost compared to r1": a price is about the model asked about first.
	const [firstModel] = models;
	if (intent.access === 'cost' && firstModel && leadTopic.kind === 'resource' && !mentions(shown, firstModel))
		return false;
	// On a named topic, words the knowledge never uses are more often typos it could not mend ("v3 come otu"); but
	// when the topic holds none of what is asked about it ("claude's context length", "r1's favourite colour"), its
	// passages only match the name, and its summary is no answer.
	if (topics.includes(lead.passage.topic)) return answersAskedAspect(ctx, lead.passage.topic, asked);
	// Mostly words the knowledge never uses ("best pizza in rome"): whatever matched is a coincidence.
	if (asked.length > 0 && ctx.unknownTerms().length * 2 >= asked.length) return false;
	// A question about a model answered from elsewhere must at least name that model: V3's GPU hours are no
	// answer to "how many GPUs trained R1", nor MoE's 671B to "how many parameters does o1 have".
	// A topic whose title names the model ("How to prompt DeepSeek-R1") is about it, whatever its passage says.
	const aboutModel = (model: Topic): boolean =>
		mentions(lead.passage.text, model) || (leadTopic.kind !== 'model' && mentions(leadTopic.title, model));
	if (models.length > 0 && !models.some(aboutModel)) return false;
	const held = ctx.topicTerms(lead.passage.topic.id);
	const holds = (term: string): boolean =>
		held.has(term) || (ctx.question.alternatives.get(term) ?? []).some((alternative) => held.has(alternative));
	const coverage = terms.filter(holds).length / terms.length;
	// "Will R1 make it cheaper for me" is as vague as an impact question; the price evidence above already has to show.
	const vague = intent.intent === 'impact' || intent.access === 'cost';
	const bar = vague ? CONFIDENCE.minCoverageImpact : CONFIDENCE.minCoverage;
	return coverage >= bar;
}

/**
 * Words that ask for one attribute of a thing (a length, a price, a size, who made it; a date is the `when` evidence). When the named
 * topic holds none of them, its passages only match the name, and its summary is no answer.
 */
const ATTRIBUTE_WORDS: ReadonlySet<string> = new Set(
	[
		'context',
		'length',
		'window',
		'size',
		'price',
		'cost',
		'colour',
		'color',
		'favourite',
		'favorite',
		'age',
		'speed',
		'latency',
		'memory',
		'ram',
		'vram',
		'founder',
		'ceo',
		'owner',
		'headquarters',
		'country',
		'employees',
		'revenue',
		'funding',
		'parameters',
		'licence',
		'license',
		'creator',
		'author',
		'height',
		'voice',
		'personality',
		// Training settings our sources rarely give ("what learning rate did grpo use").
		'rate',
		'batch',
		'hyperparameters',
		'optimizer',
		// What a model can take in besides text ("can r1 look at images").
		'image',
		'picture',
		'photo',
		'vision',
		'multimodal',
		'audio',
		'video',
		'speech',
		// What a model was trained up to ("knowledge cutoff").
		'cutoff',
		// A company's figures.
		'staff',
		'salary',
		'valuation',
	].map(stem),
);

/** The question's off-topic words: several real-looking words (five letters or more) the knowledge never uses. */
const OFF_TOPIC_WORDS = 2;

/**
 * Whether a named topic can answer what is asked of it: an asked attribute it holds ("r1's context length"), or no
 * attribute asked at all; a single word the knowledge never uses is more likely a typo it could not mend.
 */
function answersAskedAspect(ctx: AnswerContext, topic: Topic, asked: readonly string[]): boolean {
	const held = ctx.topicTerms(topic.id);
	const holds = (term: string): boolean =>
		held.has(term) || (ctx.question.alternatives.get(term) ?? []).some((alternative) => held.has(alternative));
	const attributes = asked.filter((term) => ATTRIBUTE_WORDS.has(term));
	if (attributes.length > 0 && !attributes.some(holds)) return false;
	const unknown = ctx.unknownTerms().filter((term) => term.length >= 5);
	return !(unknown.length >= OFF_TOPIC_WORDS && !asked.some(holds));
}

/**
 * The thing "how many" counts, as a noun phrase and its head: "how many rl steps did…" → rl steps (head "steps"),
 * "how many people work at…" → people (a plural ends the phrase: "work" is what they do), "how much gpu memory does…"
 * → gpu memory; undefined when a stop word follows ("how much did it cost").
 */
export function countedNoun(questionWords: readonly string[]): CountedNoun | undefined {
	const start = questionWords.findIndex(
		(word, index) => word === 'how' && ['many', 'much'].includes(questionWords[index + 1] ?? ''),
	);
	if (start < 0) return undefined;
	const phrase: string[] = [];
	for (const word of questionWords.slice(start + 2, start + 2 + COUNTED_NOUN_WORDS)) {
		if (isStopWord(word)) break;
		phrase.push(word);
		if (isPlural(word)) break;
	}
	const head = phrase.at(-1);
	return head === undefined ? undefined : { words: phrase, head };
}

export interface CountedNoun {
	readonly words: readonly string[];
	readonly head: string;
}

const COUNTED_NOUN_WORDS = 3;
const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(['people', 'children', 'men', 'women', 'staff', 'data']);

/** "steps", "gpus", "h800s", "people": what "how many" is followed by; not "this", "bus" or "less". */
function isPlural(word: string): boolean {
	return IRREGULAR_PLURALS.has(word) || (/[^su]s$/.test(word) && word.length > 3);
}

/** A term held by at least this share of the topics. */
const COMMON_SHARE = 0.5;

export function isCommonTerm(ctx: AnswerContext, term: string): boolean {
	const { topics } = ctx.knowledge;
	return topics.filter((topic) => ctx.topicTerms(topic.id).has(term)).length >= topics.length * COMMON_SHARE;
}

/** Whether a passage is on a topic, on one linked to it either way, or names it. */
function isAbout(ranked: RankedPassage, shown: string, subject: Topic): boolean {
	const { topic } = ranked.passage;
	return (
		topic === subject ||
		subject.related.includes(topic.id) ||
		topic.related.includes(subject.id) ||
		mentions(shown, subject)
	);
}

/** Whether a text names a topic by its title, id or one of its aliases (whole words). */
export function mentions(text: string, topic: Topic): boolean {
	const haystack = ` ${words(text).join(' ')} `;
	return [topic.id, topic.title, ...topic.aliases].some((name) => {
		const needle = words(name).join(' ');
		return needle !== '' && haystack.includes(` ${needle} `);
	});
}

const STEP_NUMBER = /\b(step|stage) \d\b/gi;
/** Words between a figure and the thing it counts ("671B total parameters", "about 800k samples"). */
const FIGURE_REACH = 4;
/** Words from "<figure> of" to the noun it counts, adjectives and compounds between. */
const OF_PHRASE_REACH = 8;
const PARAMETERS = stem('parameters');
const SIZE_IN_BILLIONS = /^\d+(?:\.\d+)?b$/;
/** "How big is V3": a model's size is its parameter count. */
const SIZE_WORDS: ReadonlySet<string> = new Set(['big', 'large', 'huge', 'size'].map(stem));

/**
 * "How many parameters does Claude have": the thing counted must be in the passage next to a figure, not just any
 * figure anywhere; and a thing our sources never mention ("how many H800s") is not counted by them at all.
 */
function countsWhatIsAsked(ctx: AnswerContext, shown: string, asked: readonly string[]): boolean {
	const counted = countedNoun(ctx.question.words);
	const countedTerm = counted === undefined ? undefined : stem(counted.head);
	// "How many H800s", "how many ppl work at deepseek": a thing our sources never mention is not counted by them.
	const unknown = new Set(ctx.unknownTerms());
	if (counted?.words.some((word) => unknown.has(stem(word)))) return false;
	// "How many days did training take": the days must be counted, not any asked word near a figure ("37B take part").
	const things =
		countedTerm !== undefined
			? [countedTerm, ...(ctx.question.alternatives.get(countedTerm) ?? [])]
			: // Words most topics hold ("deepseek", "model") are next to figures everywhere.
				asked.filter((term) => !isCommonTerm(ctx, term));
	if (things.length === 0) return true;
	// A step's number is its name ("Step 3: …"): it counts nothing.
	const passageWords = words(shown.replace(STEP_NUMBER, '$1'));
	// A figure starts with a digit or is a number word: "v3" and "r1" are names.
	const isFigure = (word: string): boolean => /^\d/.test(word) || (!/\d/.test(word) && NUMBER.test(word));
	// A size in billions ("1.5B", "671B") is itself a parameter count, and a count of nothing else: "mixture of
	// experts with 671B total parameters" does not say how many experts.
	// "Active parameters per token": parameters named inside a topic's name ("active parameters") are still counted.
	const countsParameters =
		things.includes(PARAMETERS) ||
		ctx.question.terms.includes(PARAMETERS) ||
		things.some((thing) => SIZE_WORDS.has(thing));
	const counts = (word: string): boolean => isFigure(word) && (countsParameters || !SIZE_IN_BILLIONS.test(word));
	return passageWords.some((word, index) => {
		if (countsParameters && SIZE_IN_BILLIONS.test(word)) return true;
		if (!things.includes(stem(word))) return false;
		const near = passageWords.slice(Math.max(0, index - FIGURE_REACH), index + FIGURE_REACH + 1);
		if (near.some(counts)) return true;
		// "thousands of long chain-of-thought examples": a figure and "of" open the phrase that ends with the thing.
		const before = passageWords.slice(Math.max(0, index - OF_PHRASE_REACH), index);
		return before.some((candidate, offset) => counts(candidate) && before[offset + 1] === 'of');
	});
}
