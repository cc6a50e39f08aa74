import type { FactCheck, KnowledgeBase, ModelAspect, Topic } from '../knowledge/types.js';
import { MODEL_ASPECTS } from '../knowledge/types.js';
import { byValue, formatScore, formatValue, scoreRows } from './scores.js';
import { sourcesLabel } from './answer.js';

export const PASSAGE_KINDS = [
	'summary',
	'plain',
	'explanation',
	'fact',
	'attribute',
	'factCheck',
	'question',
	'quiz',
	'scores',
	'unstated',
] as const;
export type PassageKind = (typeof PASSAGE_KINDS)[number];

/** One retrievable statement of the knowledge, with its topic and where it comes from. */
export interface KnowledgePassage {
	readonly id: number;
	readonly topic: Topic;
	readonly kind: PassageKind;
	/** What the model's prompt and an answer show. */
	readonly text: string;
	/** What an answer shows when it differs from `text` (a quiz item shows its answer and explanation). */
	readonly display?: string;
	/** Ready to show: "DeepSeek-R1 paper §2.3.1". */
	readonly source: string;
	readonly aspect?: ModelAspect;
	readonly factCheck?: FactCheck;
}

/**
 * Every fact, explanation paragraph, summary, plain line, comparison attribute, fact check, curated question and
 * quiz question becomes its own passage, plus one score line per model and per benchmark from the score table.
 */
export function buildPassages(knowledge: KnowledgeBase): KnowledgePassage[] {
	const passages: KnowledgePassage[] = [];
	const add = (passage: Omit<KnowledgePassage, 'id'>): void => {
		passages.push({ ...passage, id: passages.length });
	};
	const topicsById = new Map(knowledge.topics.map((topic) => [topic.id, topic]));
	for (const topic of knowledge.topics) {
		const source = topic.source.label;
		add({ topic, kind: 'summary', text: topic.summary, source });
		if (topic.plain) add({ topic, kind: 'plain', text: topic.plain, source });
		for (const paragraph of topic.explanation) add({ topic, kind: 'explanation', text: paragraph, source });
		for (const fact of topic.facts) add({ topic, kind: 'fact', text: fact.text, source: fact.source.label });
		for (const aspect of MODEL_ASPECTS) {
			const attribute = topic.attributes?.[aspect];
			if (!attribute) continue;
			const label = sourcesLabel(attribute.sources);
			add({ topic, kind: 'attribute', text: attribute.text, source: label, aspect });
		}
		for (const check of topic.factChecks) {
			const text = `The article says: ${check.claim} Our sources say: ${check.correction}`;
			add({ topic, kind: 'factCheck', text, source: check.source.label, factCheck: check });
		}
		for (const question of topic.questions) add({ topic, kind: 'question', text: question, source });
		for (const open of topic.unstated)
			add({ topic, kind: 'unstated', text: `Not stated in our sources: ${open}.`, source: 'our sources (not stated)' });
	}
	for (const item of knowledge.quiz) {
		const topic = topicsById.get(item.topic);
		if (!topic) continue;
		const answer = item.options[item.answer] ?? '';
		const text = `${item.question} ${answer}. ${item.explanation}`;
		const display = item.kind === 'choice' ? `${answer}: ${item.explanation}` : item.explanation;
		add({ topic, kind: 'quiz', text, display, source: item.source.label });
	}
	for (const passage of scorePassages(knowledge)) add(passage);
	return passages;
}

/** A line per paper table row (on the benchmark's topic) and per figure (on the model's topic). */
function scorePassages(knowledge: KnowledgeBase): Omit<KnowledgePassage, 'id'>[] {
	const topics = new Map(knowledge.topics.map((topic) => [topic.id, topic]));
	const name = (id: string): string => topics.get(id)?.title ?? id;
	return scoreRows(knowledge.benchmarks).flatMap((row) => {
		const source = row.scores[0]?.source.label ?? '';
		const benchmarkTopic = topics.get(row.benchmark.topic);
		const figures = [...row.scores].sort(byValue).map((score) => `${name(score.model)} ${formatValue(score)}`);
		const rowPassage = benchmarkTopic
			? [
					{
						topic: benchmarkTopic,
						kind: 'scores' as const,
						text: `${row.benchmark.name} (${row.metric}): ${figures.join(' · ')}`,
						source,
					},
				]
			: [];
		const figurePassages = row.scores.flatMap((score) => {
			const topic = topics.get(score.model);
			if (!topic) return [];
			const note = score.note ? ` ${score.note}` : '';
			const text = `${topic.title} on ${row.benchmark.name}: ${formatScore(score)}.${note}`;
			return [{ topic, kind: 'scores' as const, text, source }];
		});
		return [...rowPassage, ...figurePassages];
	});
}
