import MiniSearch from 'minisearch';
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

interface IndexedPassage {
	readonly id: number;
	readonly text: string;
	/** The topic's title and aliases: a passage is about its topic even when it does not repeat the name. */
	readonly names: string;
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
	/** BM25 with a milder length penalty: explanation paragraphs are long but often hold the answer. */
	bm25: { k: 1.2, b: 0.5, d: 0.5 },
});

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

/** BM25 over passages (MiniSearch), stemmed and without stop words. */
export function createPassageSearch(passages: readonly KnowledgePassage[]): PassageSearch {
	const terms = createTermProcessor();
	const termsOf = (text: string): string[] => indexWords(text).flatMap((word) => terms.index(word) ?? []);
	const index = new MiniSearch<IndexedPassage>({
		idField: 'id',
		fields: ['text', 'names'],
		storeFields: [],
		tokenize: (text) => indexWords(text),
		processTerm: terms.index,
		searchOptions: { processTerm: terms.query },
	});
	index.addAll(
		passages.map((passage) => ({
			id: passage.id,
			text: passage.text,
			names: [passage.topic.title, ...passage.topic.aliases].join(' \n '),
		})),
	);
	const termsByTopic = new Map<string, Set<string>>();
	for (const passage of passages) {
		const set = termsByTopic.get(passage.topic.id) ?? new Set<string>();
		for (const term of [passage.text, passage.topic.title, ...passage.topic.aliases].flatMap(termsOf)) set.add(term);
		termsByTopic.set(passage.topic.id, set);
	}
	const known = new Set([...termsByTopic.values()].flatMap((topicTerms) => [...topicTerms]));
	return {
		search(questionWords) {
			return index
				.search(questionWords.join(' '), {
					boost: RANKING.fieldBoost,
					bm25: RANKING.bm25,
					prefix: false,
					fuzzy: false,
					combineWith: 'OR',
				})
				.flatMap((result): RankedPassage[] => {
					const passage = passages[Number(result.id)];
					if (!passage) return [];
					const inText = Object.entries(result.match).flatMap(([term, fields]) =>
						fields.includes('text') ? [term] : [],
					);
					return [
						{ passage, score: result.score * (KIND_BOOST[passage.kind] ?? 1), matched: result.queryTerms, inText },
					];
				})
				.sort((a, b) => b.score - a.score);
		},
		topicTerms: (topicId) => termsByTopic.get(topicId) ?? new Set(),
		knows: (term) => known.has(term),
	};
}
