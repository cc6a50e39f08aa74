/** Shape of knowledge/knowledge.json, shared by the builder (writes it) and the bot (reads it). */

export const TOPIC_KINDS = ['stage', 'model', 'concept', 'benchmark', 'resource', 'article-section'] as const;
export type TopicKind = (typeof TOPIC_KINDS)[number];

export const FACT_CHECK_VERDICTS = ['simplified', 'wrong', 'unverified'] as const;
/** simplified: partly right or loose · wrong: contradicts the primary source · unverified: no source found. */
export type FactCheckVerdict = (typeof FACT_CHECK_VERDICTS)[number];

export const MODEL_ASPECTS = [
	'whatItIs',
	'baseAndSize',
	'training',
	'strengths',
	'benchmarks',
	'cost',
	'availability',
] as const;
export type ModelAspect = (typeof MODEL_ASPECTS)[number];

/** Where a statement comes from: a key of `KnowledgeFile.sources` plus a section, table or note. */
export interface SourceRef {
	readonly key: string;
	/** e.g. "§2.3.1", "Table 4", "§ Step 2: …"; empty when the whole source is meant. */
	readonly locator: string;
	/** Ready to show: "DeepSeek-R1 paper §2.3.1". */
	readonly label: string;
}

export interface SourceInfo {
	readonly key: string;
	readonly title: string;
	readonly short: string;
	readonly author: string | null;
	readonly date: string | null;
	readonly url: string | null;
}

export interface Fact {
	readonly text: string;
	readonly source: SourceRef;
	/** Happened after the seed article (2025-02-08): present it as a later development. */
	readonly later: boolean;
}

/** What the article says, and what the primary source says instead. */
export interface FactCheck {
	readonly id: string;
	readonly verdict: FactCheckVerdict;
	readonly claim: string;
	readonly claimSource: SourceRef;
	readonly correction: string;
	readonly source: SourceRef;
}

export interface ModelAttribute {
	readonly text: string;
	readonly sources: readonly SourceRef[];
}

/** One entry per comparison aspect; `null` means "not stated in the sources". */
export type ModelAttributes = { readonly [A in ModelAspect]: ModelAttribute | null };

export interface Topic {
	readonly id: string;
	readonly kind: TopicKind;
	readonly title: string;
	readonly aliases: readonly string[];
	/** One or two sentences. */
	readonly summary: string;
	/** One line in plain words, for "explain it like I'm five"; null for topics read from extra articles. */
	readonly plain: string | null;
	/** Curated phrasings of questions this topic answers, written the way students type them. */
	readonly questions: readonly string[];
	/** What students ask of this topic that no source states ("why V3-Base is fine-tuned again from scratch"). */
	readonly unstated: readonly string[];
	/** Short paragraphs (Discord-flavoured Markdown). */
	readonly explanation: readonly string[];
	readonly facts: readonly Fact[];
	readonly factChecks: readonly FactCheck[];
	/** Ids of related topics. */
	readonly related: readonly string[];
	/** The primary reference, shown as "Source: <label>". */
	readonly source: SourceRef;
	/**
	 * Pipeline position for stages (from the "Step N" heading), reading position for article sections; for other
	 * topics an optional listing position (featured models first in autocomplete); else null.
	 */
	readonly order: number | null;
	/** Comparison attributes, for models only. */
	readonly attributes: ModelAttributes | null;
	readonly later: boolean;
	/** Where the explanation was read from, relative to the knowledge folder (or the article's file name). */
	readonly origin: { readonly file: string; readonly heading: string };
}

export interface DocumentInfo {
	readonly file: string;
	readonly title: string;
	readonly author: string;
	readonly date: string;
	readonly source: string | null;
}

export const QUIZ_DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type QuizDifficulty = (typeof QUIZ_DIFFICULTIES)[number];

export const QUIZ_KINDS = ['choice', 'true-false'] as const;
export type QuizKind = (typeof QUIZ_KINDS)[number];

/** One quiz question (knowledge/quiz-bank.yaml), checked against its topic's facts at build time. */
export interface QuizItem {
	readonly id: string;
	/** The topic it tests, and the /explain topic to read next. */
	readonly topic: string;
	readonly difficulty: QuizDifficulty;
	readonly kind: QuizKind;
	readonly question: string;
	/** Four options for `choice`; "True", "False" for `true-false`. */
	readonly options: readonly string[];
	/** Index into `options`. */
	readonly answer: number;
	readonly explanation: string;
	readonly source: SourceRef;
}

export const SCORE_UNITS = ['percent', 'rating'] as const;
/** percent: 0-100 (pass@1, percentile, win rate) · rating: an Elo-style number (Codeforces). */
export type ScoreUnit = (typeof SCORE_UNITS)[number];

/** A benchmark the score table reports; several can share one /explain topic (MMLU, MMLU-Pro, MMLU-Redux). */
export interface Benchmark {
	readonly id: string;
	readonly name: string;
	/** The /explain topic that describes it. */
	readonly topic: string;
	/** Extra names students use for it, beyond its topic's. */
	readonly aliases: readonly string[];
}

/** One figure: a model's result on a benchmark under one metric, from one table of one source. */
export interface Score {
	/** A model topic id. */
	readonly model: string;
	/** A `Benchmark.id`. */
	readonly benchmark: string;
	/** As the source labels it: "pass@1", "cons@64", "rating", "percentile", "resolved", … */
	readonly metric: string;
	readonly unit: ScoreUnit;
	readonly value: number;
	readonly source: SourceRef;
	/** A caveat shown with the figure (sources disagree, a different test setup); else null. */
	readonly note: string | null;
}

/** The model × benchmark table (knowledge/benchmarks.yaml). */
export interface BenchmarkTable {
	readonly benchmarks: readonly Benchmark[];
	readonly scores: readonly Score[];
}

export interface KnowledgeFile {
	readonly format: 1;
	/** First 12 hex chars of the sha256 of the canonical content (everything except `version`). */
	readonly version: string;
	readonly sources: readonly SourceInfo[];
	readonly documents: readonly DocumentInfo[];
	readonly topics: readonly Topic[];
	/** The quiz bank, when the knowledge folder has one (sorted by id). */
	readonly quiz?: readonly QuizItem[] | undefined;
	/** The score table, when the knowledge folder has one. */
	readonly benchmarks?: BenchmarkTable | undefined;
}

export interface SearchHit {
	readonly topic: Topic;
	readonly score: number;
}

export interface SearchOptions {
	readonly limit?: number;
	readonly kinds?: readonly TopicKind[];
}

export interface KnowledgeBase {
	readonly version: string;
	/** In a stable order: stages by pipeline order, then models, concepts, benchmarks, resources, article sections. */
	readonly topics: readonly Topic[];
	/**
	 * Exact resolution of typed text: id, title or alias, any case, spaces/hyphens/underscores/punctuation folded
	 * ("cold start", "Cold-Start", "r1 zero", "deepseek v3"); then a confident fuzzy match for small typos
	 * ("cold strat"); else undefined.
	 */
	get(query: string): Topic | undefined;
	/** Ranked hits; an empty query gives a default list (stages, then models, …) for autocomplete. */
	search(query: string, options?: SearchOptions): readonly SearchHit[];
	/** Training stages in pipeline order. */
	stages(): readonly Topic[];
	/** The validated quiz bank (empty when the knowledge file has none). */
	readonly quiz: readonly QuizItem[];
	/** The model × benchmark score table (empty when the knowledge file has none). */
	readonly benchmarks: BenchmarkTable;
}
