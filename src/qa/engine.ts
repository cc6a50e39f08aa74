import { LRUCache } from 'lru-cache';
import type { KnowledgeBase, Topic, TopicKind } from '../knowledge/types.js';
import type { CoveredAnswer, QaAnswer } from './answer.js';
import { answerByIntent } from './builders/byIntent.js';
import type { AnswerContext, SearchTuning } from './builders/context.js';
import { buildPassages, type KnowledgePassage } from './passages.js';
import { COMMON_ENGLISH_WORDS } from './commonWords.js';
import { ruleWords } from './intent.js';
import { askedTerms, createQuestionReader, isNameWord, questionWords, type Question } from './question.js';
import { byScore, createPassageSearch, type RankedPassage } from './retrieve.js';
import { stem, words } from './text.js';
import { joinAnswers } from './joinAnswers.js';
import { questionParts, type QuestionParts } from './questionParts.js';

export interface QaEngine {
	/** How the engine reads a question: words, typos corrected, named topics, intent. */
	read(question: string): Question;
	/** The answer from the knowledge alone, or "not in our sources" with the nearest topics. */
	answer(question: string): QaAnswer;
	/** The passages a model's prompt carries for this question, best first. */
	passages(question: string, limit?: number): readonly KnowledgePassage[];
}

/**
 * A named topic's passages rank this much higher: a name is the strongest clue to what is asked. Concepts less
 * so, since they often qualify the subject ("the RL part of R1", "R1's chain of thought").
 */
const NAMED_TOPIC_BOOST: Readonly<Record<TopicKind, number>> = {
	stage: 3,
	model: 3,
	benchmark: 3,
	resource: 3,
	'article-section': 3,
	concept: 2,
};
const OTHER_MODEL_FACTOR = 0.5;
/** Intent weights are at most 2.5x: a passage ranked below this many cannot reach the top few. */
const WEIGHED_RESULTS = 60;
/**
 * Passages in a model's prompt, where the named topic's own passages crowd out the one stating the asked figure or
 * step. On the tuned sets the share of prompts holding the answer grows with them: sixteen 97.89%, twenty 98.38%,
 * twenty-four 98.54%, twenty-eight 98.76%. Twenty-four cost about 1,000 tokens on average and 1,530 at most (four
 * characters a token), little beside a reasoning model's own thinking.
 */
export const PROMPT_PASSAGES = 24;
const SUGGESTIONS = 3;
/** Shorter unknown words are ids or chat shorthand, not names of things. */
const MIN_STRANGE_WORD = 3;
/** Words the intent rules read ("cap" of "true or cap", "eli5") ask; they name nothing. */
const ASKING_WORDS: ReadonlySet<string> = new Set(ruleWords());
const REMEMBERED_QUESTIONS = 1000;
const SCORE_LINES_FIRST = 2;
const SCORE_LINES_PER_TOPIC = 2;

/** Built on first use: the passage index is most of the cost, and start-up need not wait for it. */
export function createQaEngine(knowledge: KnowledgeBase): QaEngine {
	let built: ReturnType<typeof build> | undefined;
	const engine = () => (built ??= build(knowledge));
	// The knowledge is fixed while the bot runs, so an answer depends on the question's words alone; the same
	// questions come back again and again in a study group.
	const answers = new LRUCache<string, QaAnswer>({ max: REMEMBERED_QUESTIONS });
	// An /ask the knowledge does not answer asks for the answer, then at once for the prompt's passages: one reading
	// and one search serve both (a search allocates about a megabyte; it was a third of a busy bot's allocations).
	let last: { readonly key: string; readonly context: AnswerContext } | undefined;
	const contextOf = (question: string, key: string): AnswerContext => {
		if (last?.key !== key) last = { key, context: engine().context(question) };
		return last.context;
	};
	// The same text asked again skips even the reading (normalising, splitting: most of an /ask answered from the
	// knowledge, after the reply itself). A Map emptied when full: it is looked up on every such /ask, and an LRU's
	// bookkeeping costs several times a Map's.
	const answersByText = new Map<string, QaAnswer>();
	const answerOne = (question: string): QaAnswer => {
		const key = questionWords(question).join(' ');
		let found = answers.get(key);
		if (!found) {
			found = answerByIntent(contextOf(question, key));
			answers.set(key, found);
		}
		return found;
	};
	// Read once for the answer and again for the prompt's passages: the last message's parts are kept.
	let lastParts: { readonly question: string; readonly parts: QuestionParts | undefined } | undefined;
	const partsOf = (question: string): QuestionParts | undefined => {
		if (lastParts?.question !== question) lastParts = { question, parts: questionParts(question, engine().read) };
		return lastParts.parts;
	};
	const answerParts = (question: string, parts: QuestionParts): QaAnswer => {
		// "What base model is the 14b built on? and the 8b one?": the same question of two things, answered apart.
		if (parts.again)
			return (
				joinAnswers(answerOne(parts.first), answerOne(parts.second), { sayUncovered: true }) ?? answerOne(question)
			);
		// Otherwise the whole message, read at once, answers first (its parts lean on each other); the second
		// question's answer joins it when it is about what that question names.
		const whole = answerOne(question);
		const second = answerOne(parts.second);
		// (The reading just made for its answer, when there was one to make.)
		const named = contextOf(parts.second, questionWords(parts.second).join(' ')).question.topics;
		if (!second.covered || !named.includes(second.topic)) return whole;
		return joinAnswers(whole, second, { sayUncovered: false }) ?? whole;
	};
	const answer = (question: string): QaAnswer => {
		const remembered = answersByText.get(question);
		if (remembered) return remembered;
		const parts = partsOf(question);
		const found = parts ? answerParts(question, parts) : answerOne(question);
		if (answersByText.size >= REMEMBERED_QUESTIONS) answersByText.clear();
		answersByText.set(question, found);
		return found;
	};
	const passagesOfOne = (question: string, limit: number): KnowledgePassage[] =>
		promptPassages(contextOf(question, questionWords(question).join(' ')), limit, answerOne(question));
	return {
		read: (question) => engine().read(question),
		answer,
		passages: (question, limit = PROMPT_PASSAGES) => {
			const parts = partsOf(question);
			if (!parts) return passagesOfOne(question, limit);
			// Each part's passages in turn, so the model sees what answers both.
			const first = passagesOfOne(parts.again ? parts.first : question, limit);
			return interleave(first, passagesOfOne(parts.second, limit), limit);
		},
	};
}

/** The entry with its score times the weight, in the search's own shape (one object layout keeps sorting cheap). */
function reweighed(entry: RankedPassage, weight: number): RankedPassage {
	return { passage: entry.passage, score: entry.score * weight, matched: entry.matched, inText: entry.inText };
}

/** Each passage once, alternating between the lists, up to the limit. */
function interleave(
	first: readonly KnowledgePassage[],
	second: readonly KnowledgePassage[],
	limit: number,
): KnowledgePassage[] {
	const chosen = new Map<number, KnowledgePassage>();
	for (let index = 0; chosen.size < limit && index < Math.max(first.length, second.length); index += 1)
		for (const passage of [first[index], second[index]])
			if (passage && chosen.size < limit) chosen.set(passage.id, passage);
	return [...chosen.values()];
}

function build(knowledge: KnowledgeBase) {
	const passages = buildPassages(knowledge);
	const search = createPassageSearch(passages);
	const nameList = [
		...knowledge.topics.flatMap((topic) => [topic.id, topic.title, ...topic.aliases]),
		...knowledge.benchmarks.benchmarks.flatMap((benchmark) => [benchmark.name, ...benchmark.aliases]),
	].map((name) => words(name));
	// Every word of every name is known as typed ("preference" of "preference alignment" is no typo of
	// "preferences"); one-word names ("grpo", "aime", "mmlu") are also what short typos are corrected towards, while
	// words of longer names ("role" of "role-play") are ordinary words.
	const known = [...passages.flatMap((passage) => words(passage.text)), ...nameList.flat()];
	const names = nameList.flatMap((nameWords) => (nameWords.length === 1 ? nameWords : []));
	const read = createQuestionReader(knowledge, known, names);
	const byTopic = new Map<string, KnowledgePassage[]>();
	for (const passage of passages) byTopic.set(passage.topic.id, [...(byTopic.get(passage.topic.id) ?? []), passage]);
	const topicsById = new Map(knowledge.topics.map((topic) => [topic.id, topic]));

	const context = (raw: string): AnswerContext => {
		const question = read(raw);
		const named = new Map(question.topics.map((topic) => [topic.id, NAMED_TOPIC_BOOST[topic.kind]]));
		// "Where does GRPO come from, did they invent it for R1": a concept named before any model is the subject.
		const subject = leadingConcept(question);
		if (subject) named.set(subject.id, NAMED_TOPIC_BOOST.model);
		// A question about one model is rarely answered by another model's passages.
		if (question.topics.some((topic) => topic.kind === 'model'))
			for (const topic of knowledge.topics)
				if (topic.kind === 'model' && !named.has(topic.id)) named.set(topic.id, OTHER_MODEL_FACTOR);
		let scored: readonly RankedPassage[] | undefined;
		// One BM25 search per question; every builder's preferences are weights over its results.
		const run = (tuning: SearchTuning = {}): readonly RankedPassage[] => {
			scored ??= search.search(question.searchWords);
			const factor = (passage: KnowledgePassage): number =>
				(tuning.ignoreNames ? 1 : (named.get(passage.topic.id) ?? 1)) * (tuning.topics?.get(passage.topic.id) ?? 1);
			const userAccept = tuning.accept ?? (() => true);
			const accept = (passage: KnowledgePassage): boolean =>
				(tuning.withUnstated === true || passage.kind !== 'unstated') && userAccept(passage);
			// One pass, and a new entry only where a factor changes its score: most passages keep theirs, and a question
			// runs several such searches over a thousand or more matched passages.
			// (Sized once and cut to length, as the retrieval does: growing it by pushes copied it over and over.)
			const ranked = new Array<RankedPassage>(scored.length);
			let count = 0;
			for (const entry of scored) {
				if (!accept(entry.passage)) continue;
				const weight = factor(entry.passage);
				ranked[count++] = weight === 1 ? entry : reweighed(entry, weight);
			}
			ranked.length = count;
			ranked.sort(byScore);
			if (!tuning.weigh) return ranked;
			// An intent's preference (dated passages for "when", …) only reorders what could reach the top.
			const weigh = tuning.weigh;
			const top = ranked.slice(0, WEIGHED_RESULTS);
			for (let index = 0; index < top.length; index += 1) {
				const entry = top[index];
				const weight = entry ? weigh(entry.passage) : 1;
				if (entry && weight !== 1) top[index] = reweighed(entry, weight);
			}
			return top.sort(byScore);
		};
		let remembered: readonly RankedPassage[] | undefined;
		// Computed on first use: most answers never ask which words the knowledge does not know.
		let unknownTerms: readonly string[] | undefined;
		const findUnknownTerms = (): readonly string[] =>
			// A word with a stand-in the knowledge uses ("home" → "locally") is not unknown.
			(unknownTerms ??= askedTerms(question).filter(
				(term) =>
					!search.knows(term) &&
					!(question.alternatives.get(term) ?? []).some((alternative) => search.knows(alternative)),
			));
		let strangeWords: readonly string[] | undefined;
		const findStrangeWords = (): readonly string[] => {
			if (strangeWords) return strangeWords;
			const unknown = new Set(findUnknownTerms());
			strangeWords = question.words.filter(
				(word, index) =>
					word.length >= MIN_STRANGE_WORD &&
					!/^\d/.test(word) &&
					!isNameWord(question, index) &&
					unknown.has(stem(word)) &&
					!COMMON_ENGLISH_WORDS.has(word) &&
					!ASKING_WORDS.has(word),
			);
			return strangeWords;
		};
		return {
			knowledge,
			question,
			search: (tuning) => (tuning ? run(tuning) : (remembered ??= run())),
			topicTerms: (id) => search.topicTerms(id),
			unknownTerms: findUnknownTerms,
			strangeWords: findStrangeWords,
			passagesOf: (topic: Topic) => byTopic.get(topic.id) ?? [],
			topicById: (id) => topicsById.get(id),
			suggestions: () => nearestTopics(question.topics, remembered ?? run()),
		};
	};
	return { read, context };
}

/** "What comes just before rejection sampling in R1": a step's place in a model's pipeline, asked about the model. */
const SEQUENCE_WORDS = /\b(before|after|next|precedes?|follows?|preceding|following)\b/;
/** Questions about one subject: what it is, where it comes from, why or how it works. */
const SUBJECT_INTENTS: ReadonlySet<string> = new Set(['definition', 'why', 'how']);

/**
 * A concept the question names before it names any model; the models then only qualify it. Not for a claim
 * checked or a step's place in the pipeline, which are about the model ("is 671B what R1 uses per token").
 */
function leadingConcept(question: Question): Topic | undefined {
	if (!SUBJECT_INTENTS.has(question.intent.intent) || SEQUENCE_WORDS.test(question.words.join(' '))) return undefined;
	const first = (kind: TopicKind): number =>
		Math.min(...question.entities.filter((match) => match.topic.kind === kind).map((match) => match.start));
	const concept = question.entities.find((match) => match.topic.kind === 'concept');
	if (!concept || !question.entities.some((match) => match.topic.kind === 'model')) return undefined;
	return first('concept') < first('model') ? concept.topic : undefined;
}

function nearestTopics(named: readonly Topic[], ranked: readonly RankedPassage[]): Topic[] {
	const topics = [...named, ...ranked.map((entry) => entry.passage.topic)];
	return [...new Set(topics)].slice(0, SUGGESTIONS);
}

/**
 * The prompt's passages: those the no-model answer quotes, then the best retrieved, a curated question standing for
 * its topic's summary, no repeats; for a score question the table's lines rank higher.
 */
function promptPassages(ctx: AnswerContext, limit: number, answer: QaAnswer): KnowledgePassage[] {
	const chosen: KnowledgePassage[] = [];
	const seen = new Set<number>();
	const perTopic = new Map<string, number>();
	const take = (passage: KnowledgePassage | undefined): void => {
		if (!passage || seen.has(passage.id) || chosen.length >= limit) return;
		// A comparison of figures needs each model's line, not six lines of one of them.
		const count = perTopic.get(passage.topic.id) ?? 0;
		if (scoreQuestion && count >= SCORE_LINES_PER_TOPIC) return;
		perTopic.set(passage.topic.id, count + 1);
		seen.add(passage.id);
		chosen.push(passage);
	};
	const scoreQuestion = ctx.question.intent.intent === 'score';
	// What the knowledge alone would answer goes first: the model sees at least the passages that answer quotes.
	if (answer.covered) for (const passage of answeredFrom(ctx, answer, limit)) take(passage);
	// What our sources leave open goes in too: the model is told a reason is not stated, rather than left to guess it.
	const ranked = scoreQuestion
		? ctx.search({ weigh: (passage) => (passage.kind === 'scores' ? SCORE_LINES_FIRST : 1), withUnstated: true })
		: ctx.search({ withUnstated: true });
	for (const entry of ranked) {
		if (chosen.length >= limit) break;
		const { passage } = entry;
		if (passage.kind === 'question' || passage.kind === 'plain')
			take(ctx.passagesOf(passage.topic).find((candidate) => candidate.kind === 'summary'));
		else take(passage);
	}
	return chosen;
}

/** A sentence this long, found in an answer, shows the answer rests on its passage. */
const QUOTED_SENTENCE = 30;
/** The answer's passages take at most this share of the prompt: retrieval fills the rest. */
const ANSWER_SHARE = 1 / 3;

/**
 * The passages of the answer's topic that the answer quotes (a sentence or more), those of its lead line first; a
 * curated question or a plain line stands for the summary and is not one.
 */
function answeredFrom(ctx: AnswerContext, answer: CoveredAnswer, limit: number): KnowledgePassage[] {
	const [lead = ''] = answer.text.split('\n');
	const quotedIn = (text: string, passage: KnowledgePassage): boolean =>
		passage.text
			.split(/(?<=[.!?])\s+/)
			.some((sentence) => sentence.length >= QUOTED_SENTENCE && text.includes(sentence));
	const quoted = ctx
		.passagesOf(answer.topic)
		.filter((passage) => passage.kind !== 'question' && passage.kind !== 'plain' && quotedIn(answer.text, passage));
	const inLead = quoted.filter((passage) => quotedIn(lead, passage));
	return [...new Set([...inLead, ...quoted])].slice(0, Math.floor(limit * ANSWER_SHARE));
}
