import type { KnowledgePassage } from './passages.js';
import { indexWords, isStopWord, stem } from './text.js';

export interface RankedPassage {
	readonly passage: KnowledgePassage;
	readonly score: number;
	/** The question's terms this passage matched (stemmed). */
	readonly matched: readonly string[];
	/** Those matched in the passage's own words, not only in its topic's names. */
	readonly inText: readonly string[];
}

export interface PassageSearch {
	/** BM25 scores (with each kind's boost), best first; callers weigh topics on top. */
	search(questionWords: readonly string[]): RankedPassage[];
	/** Every stemmed term a topic's passages and names hold: how much of a question a topic covers at all. */
	topicTerms(topicId: string): ReadonlySet<string>;
	/** Whether any passage holds the stemmed term. */
	knows(term: string): boolean;
}

/**
 * Curated and quiz questions are phrased like the questions they should catch; a fact check holds the article's
 * wording and ours, so it matches more words than it answers (the fact-check builder searches them on their own).
 */
const KIND_BOOST: Readonly<Partial<Record<KnowledgePassage['kind'], number>>> = {
	question: 1.25,
	quiz: 1.1,
	factCheck: 0.6,
};

/** All ranking knobs in one place. Field boosts: a passage's own words count more than its topic's names. */
const RANKING = Object.freeze({
	fieldBoost: { text: 1, names: 0.35 },
	/** BM25+ with a milder length penalty: explanation paragraphs are long but often hold the answer. */
	bm25: { k: 1.2, b: 0.5, d: 0.5 },
});

const NOTHING: readonly string[] = Object.freeze([]);

/**
 * Stemming is most of the cost of indexing (the same few thousand words, over and over), so the index remembers
 * the stems of the knowledge's own words; a question's other words are stemmed without being kept.
 */
function createTermProcessor(): { index: (word: string) => string | null; query: (word: string) => string | null } {
	const stems = new Map<string, string | null>();
	const process = (word: string): string | null => (isStopWord(word) ? null : stem(word));
	return {
		index(word) {
			let term = stems.get(word);
			if (term === undefined) {
				term = process(word);
				stems.set(word, term);
			}
			return term;
		},
		query: (word) => (stems.has(word) ? (stems.get(word) ?? null) : process(word)),
	};
}

/**
 * The BM25+ term score of MiniSearch 7 (which this index replaced), written as it computes it so every score, and
 * so every ranking and tie, stays the same to the last bit.
 */
function bm25(termFrequency: number, matching: number, total: number, fieldLength: number, average: number): number {
	const { k, b, d } = RANKING.bm25;
	const inverseFrequency = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
	return (
		inverseFrequency * (d + (termFrequency * (k + 1)) / (termFrequency + k * (1 - b + (b * fieldLength) / average)))
	);
}

/**
 * Every term's postings, packed: the passages holding it in their own words (ascending), then those holding it only
 * in their topic's names, each with the term's whole score there (both fields, boosted). A search is then additions
 * into a reused buffer; MiniSearch built a map entry, a terms array and a match object per passage and term, about
 * 650 KB per question (a third of a busy bot's allocations), and kept 2.6 MB of maps.
 */
interface Postings {
	readonly termIds: ReadonlyMap<string, number>;
	/** Term t's postings are [start[t], start[t + 1]); those before textEnd[t] hold it in their own words. */
	readonly start: Int32Array;
	readonly textEnd: Int32Array;
	readonly passageIds: Int32Array;
	readonly scores: Float64Array;
}

interface FieldCounts {
	/** Per term id: passage ids (ascending) and the term's count in each, interleaved. */
	readonly counts: number[][];
	/** Distinct words per passage (as MiniSearch counts a field's length), and their running mean. */
	readonly lengths: Int32Array;
	average: number;
}

function buildPostings(fields: readonly (readonly string[])[], termOf: (word: string) => string | null): Postings {
	const passageCount = fields[0]?.length ?? 0;
	const termIds = new Map<string, number>();
	const perField = fields.map((texts): FieldCounts => {
		const field: FieldCounts = { counts: [], lengths: new Int32Array(passageCount), average: 0 };
		texts.forEach((text, passageId) => {
			const tokens = indexWords(text);
			field.lengths[passageId] = new Set(tokens).size;
			// The running mean, as MiniSearch keeps it (not sum / count: the last bit of every score depends on it).
			field.average = (field.average * passageId + (field.lengths[passageId] ?? 0)) / (passageId + 1);
			for (const token of tokens) {
				const term = termOf(token);
				if (!term) continue;
				let termId = termIds.get(term);
				if (termId === undefined) {
					termId = termIds.size;
					termIds.set(term, termId);
				}
				const list = (field.counts[termId] ??= []);
				if (list[list.length - 2] === passageId) list[list.length - 1] = (list[list.length - 1] ?? 0) + 1;
				else list.push(passageId, 1);
			}
		});
		return field;
	});
	const boosts = [RANKING.fieldBoost.text, RANKING.fieldBoost.names];
	const start = new Int32Array(termIds.size + 1);
	const textEnd = new Int32Array(termIds.size);
	let size = 0;
	for (let termId = 0; termId < termIds.size; termId++) {
		start[termId] = size;
		const [text = [], names = []] = perField.map((field) => field.counts[termId] ?? []);
		size += text.length / 2 + countOnlyIn(names, text);
	}
	start[termIds.size] = size;
	const passageIds = new Int32Array(size);
	const scores = new Float64Array(size);
	const fieldScore = (fieldIndex: number, list: readonly number[], at: number): number => {
		const field = perField[fieldIndex];
		const passageId = list[at] ?? 0;
		const length = field?.lengths[passageId] ?? 0;
		const raw = bm25(list[at + 1] ?? 0, list.length / 2, passageCount, length, field?.average ?? 0);
		return (boosts[fieldIndex] ?? 1) * raw;
	};
	for (let termId = 0; termId < termIds.size; termId++) {
		const [text = [], names = []] = perField.map((field) => field.counts[termId] ?? []);
		let at = start[termId] ?? 0;
		let inNames = 0;
		// Own words first, each with its names' share added (the order MiniSearch sums them in), then names only.
		for (let i = 0; i < text.length; i += 2) {
			const passageId = text[i] ?? 0;
			while (inNames < names.length && (names[inNames] ?? 0) < passageId) inNames += 2;
			let score = fieldScore(0, text, i);
			if (names[inNames] === passageId) score += fieldScore(1, names, inNames);
			passageIds[at] = passageId;
			scores[at++] = score;
		}
		textEnd[termId] = at;
		for (let i = 0; i < names.length; i += 2) {
			if (holds(text, names[i] ?? 0)) continue;
			passageIds[at] = names[i] ?? 0;
			scores[at++] = fieldScore(1, names, i);
		}
	}
	return { termIds, start, textEnd, passageIds, scores };
}

/** How many passages of `list` are not in `other` (both ascending id, count pairs). */
function countOnlyIn(list: readonly number[], other: readonly number[]): number {
	let count = 0;
	for (let i = 0; i < list.length; i += 2) if (!holds(other, list[i] ?? 0)) count++;
	return count;
}

/** Binary search over the ids of an (id, count) list. */
function holds(list: readonly number[], passageId: number): boolean {
	let low = 0;
	let high = list.length / 2 - 1;
	while (low <= high) {
		const middle = (low + high) >> 1;
		const id = list[middle * 2] ?? 0;
		if (id === passageId) return true;
		if (id < passageId) low = middle + 1;
		else high = middle - 1;
	}
	return false;
}

/**
 * Which of a question's terms each passage matched, as a tree of term sets shared by every passage that matched
 * the same ones: a question makes a few dozen such sets, not two arrays per passage.
 */
function createTermSets() {
	const parents: number[] = [];
	const lastTerms: number[] = [];
	const sizes: number[] = [];
	const children = new Map<number, number>();
	const lists: (readonly string[] | undefined)[] = [];
	let termCount = 0;
	return {
		/** Forget the last question's sets; set 0 is the empty one. */
		reset(distinctTerms: number): void {
			termCount = distinctTerms;
			children.clear();
			parents.length = 1;
			lastTerms.length = 1;
			sizes.length = 1;
			lists.length = 1;
			parents[0] = -1;
			lastTerms[0] = -1;
			sizes[0] = 0;
			lists[0] = NOTHING;
		},
		/** The set plus a term; terms are added in the question's order, so each set has one path. */
		with(set: number, term: number): number {
			const key = set * termCount + term;
			let child = children.get(key);
			if (child === undefined) {
				child = parents.length;
				parents.push(set);
				lastTerms.push(term);
				sizes.push((sizes[set] ?? 0) + 1);
				children.set(key, child);
			}
			return child;
		},
		size: (set: number): number => sizes[set] ?? 0,
		list(set: number, terms: readonly string[]): readonly string[] {
			let list = lists[set];
			if (!list) {
				const built: string[] = [];
				for (let at = set; at > 0; at = parents[at] ?? 0) built.push(terms[lastTerms[at] ?? 0] ?? '');
				list = Object.freeze(built.reverse());
				lists[set] = list;
			}
			return list;
		},
	};
}

/**
 * Best first. It answers -1, 0 or 1: a difference of two scores is a double, boxed on every one of the few thousand
 * comparisons of a sort.
 */
export function byScore(a: RankedPassage, b: RankedPassage): number {
	return a.score === b.score ? 0 : a.score > b.score ? -1 : 1;
}

/**
 * BM25+ over passages (their own words and their topic's names), stemmed and without stop words, ranked exactly
 * as MiniSearch ranked them (an OR query, scores times the number of distinct terms matched, ties in index order).
 */
export function createPassageSearch(passages: readonly KnowledgePassage[]): PassageSearch {
	const terms = createTermProcessor();
	const postings = buildPostings(
		[
			passages.map((passage) => passage.text),
			passages.map((passage) => [passage.topic.title, ...passage.topic.aliases].join(' \n ')),
		],
		terms.index,
	);
	// A topic's terms are those its passages are indexed under (their words and the topic's names).
	// What a topic holds, and what the knowledge knows, is what it states: a question it leaves open holds nothing.
	const termsByTopic = new Map<string, Set<string>>();
	const stated = new Set<string>();
	for (const [term, termId] of postings.termIds)
		for (let at = postings.start[termId] ?? 0; at < (postings.start[termId + 1] ?? 0); at++) {
			const passage = passages[postings.passageIds[at] ?? 0];
			const topicId = passage?.topic.id;
			if (topicId === undefined || passage?.kind === 'unstated') continue;
			stated.add(term);
			let set = termsByTopic.get(topicId);
			if (!set) termsByTopic.set(topicId, (set = new Set()));
			set.add(term);
		}
	const kindBoosts = Float64Array.from(passages, (passage) => KIND_BOOST[passage.kind] ?? 1);

	// Reused by every search (the bot answers one question at a time): scores, each passage's matched term sets,
	// and the passages touched, in the order MiniSearch first met them (its tie order).
	const totals = new Float64Array(passages.length);
	const matchedSet = new Int32Array(passages.length);
	const inTextSet = new Int32Array(passages.length);
	const touched = new Int32Array(passages.length);
	const sets = createTermSets();
	// byScore, ties by the score before the kind's boost (MiniSearch's order), then as first met.
	const best = (a: RankedPassage, b: RankedPassage): number => {
		if (a.score !== b.score) return byScore(a, b);
		const before = totals[a.passage.id] ?? 0;
		const after = totals[b.passage.id] ?? 0;
		return before === after ? 0 : before > after ? -1 : 1;
	};

	const search = (questionWords: readonly string[]): RankedPassage[] => {
		// The query goes through the same words and stems as the index (a repeated term counts again in the score).
		const queryTerms: string[] = [];
		for (const word of indexWords(questionWords.join(' '))) {
			const term = terms.query(word);
			if (term) queryTerms.push(term);
		}
		const distinct = [...new Set(queryTerms)];
		sets.reset(distinct.length);
		let touchedCount = 0;
		queryTerms.forEach((term, position) => {
			const termId = postings.termIds.get(term);
			if (termId === undefined) return;
			const distinctIndex = distinct.indexOf(term);
			const first = queryTerms.indexOf(term) === position;
			const end = postings.start[termId + 1] ?? 0;
			const textEnd = postings.textEnd[termId] ?? 0;
			for (let at = postings.start[termId] ?? 0; at < end; at++) {
				const id = postings.passageIds[at] ?? 0;
				if (first) {
					const matched = matchedSet[id] ?? 0;
					if (matched === 0) {
						touched[touchedCount++] = id;
						totals[id] = 0;
						inTextSet[id] = 0;
					}
					matchedSet[id] = sets.with(matched, distinctIndex);
					if (at < textEnd) inTextSet[id] = sets.with(inTextSet[id] ?? 0, distinctIndex);
				}
				totals[id] = (totals[id] ?? 0) + (postings.scores[at] ?? 0);
			}
		});
		// Sized once: grown by push, the array is copied a few times over.
		const ranked = new Array<RankedPassage>(touchedCount);
		let rankedCount = 0;
		for (let i = 0; i < touchedCount; i++) {
			const id = touched[i] ?? 0;
			const passage = passages[id];
			const matched = matchedSet[id] ?? 0;
			matchedSet[id] = 0;
			if (!passage) continue;
			// MiniSearch multiplies by the number of distinct terms matched; `totals` keeps that score for ties.
			const score = (totals[id] ?? 0) * sets.size(matched);
			totals[id] = score;
			ranked[rankedCount++] = {
				passage,
				score: score * (kindBoosts[id] ?? 1),
				matched: sets.list(matched, distinct),
				inText: sets.list(inTextSet[id] ?? 0, distinct),
			};
		}
		ranked.length = rankedCount;
		return ranked.sort(best);
	};
	return {
		search,
		topicTerms: (topicId) => termsByTopic.get(topicId) ?? new Set(),
		knows: (term) => stated.has(term),
	};
}
