import type { FactCheck, ModelAttributes, SourceInfo, Topic } from '../types.js';
import type { BuildIssue } from './issues.js';
import type { OverlayTopic } from './overlaySchema.js';
import type { ArticleSection, ParsedArticle } from './parseArticle.js';
import type { ParsedOverlay } from './parseOverlay.js';
import { toSourceRef } from './sourceRefs.js';
import { validateStageOrder } from './validate.js';
import type { StageEntry } from './validate.js';

export interface NotesFile {
	readonly parsed: ParsedArticle;
	/** Stable name for `Topic.origin.file`, e.g. "sources/models.md". */
	readonly originName: string;
}

interface Located {
	readonly notes: NotesFile;
	readonly section: ArticleSection;
}

/** Joins overlay topics with their explanation sections from our notes, and attaches fact checks. */
export function mergeTopics(
	parsed: ParsedOverlay,
	notes: readonly NotesFile[],
	sources: ReadonlyMap<string, SourceInfo>,
): { topics: Topic[]; issues: BuildIssue[] } {
	const { overlay, file, lineOf } = parsed;
	const issues: BuildIssue[] = [];
	const sections = indexSections(notes, issues);
	const claimed = new Set<string>();
	const stages: StageEntry[] = [];
	const ref = (raw: string) => toSourceRef(raw, sources);
	const checksByTopic = collectFactChecks(parsed, sources);

	const topics = overlay.topics.flatMap((topic, index): Topic[] => {
		const heading = topic.heading ?? topic.title;
		const located = sections.get(heading);
		if (!located) {
			const path = ['topics', index, topic.heading ? 'heading' : 'title'];
			issues.push({
				file,
				line: lineOf(path),
				message: `no section "${heading}" in the notes for topic "${topic.id}"`,
			});
			return [];
		}
		claimed.add(heading);
		const { section, notes: origin } = located;
		const at = { file: origin.parsed.file, line: section.line };
		if (section.blocks.length === 0) issues.push({ ...at, message: `section "${heading}" has no text` });
		if (section.step !== null && topic.kind !== 'stage') {
			issues.push({ ...at, message: `"Step ${section.step}" heading used by "${topic.id}", which is a ${topic.kind}` });
		}
		if (topic.kind === 'stage') {
			if (topic.order !== undefined && section.step !== null && topic.order !== section.step) {
				const message = `order ${topic.order} of "${topic.id}" disagrees with its heading "Step ${section.step}" (${at.file}:${at.line})`;
				issues.push({ file, line: lineOf(['topics', index, 'order']), message });
			}
			stages.push({ id: topic.id, order: topic.order ?? section.step, file, line: lineOf(['topics', index]) });
		}
		return [
			{
				id: topic.id,
				kind: topic.kind,
				title: topic.title,
				aliases: topic.aliases,
				summary: topic.summary,
				plain: topic.plain ?? null,
				questions: topic.questions,
				unstated: topic.unstated,
				explanation: section.blocks,
				facts: topic.facts.map((fact) => ({ text: fact.text, source: ref(fact.source), later: fact.later })),
				factChecks: checksByTopic.get(topic.id) ?? [],
				related: topic.related,
				source: ref(topic.source),
				order: topic.kind === 'stage' ? (topic.order ?? section.step) : (topic.order ?? null),
				attributes: topic.kind === 'model' ? toAttributes(topic, ref) : null,
				later: topic.later,
				origin: { file: origin.originName, heading },
			},
		];
	});

	for (const [heading, { notes: origin, section }] of sections) {
		if (!claimed.has(heading)) {
			const message = `section "${heading}" is not used by any topic in ${file}`;
			issues.push({ file: origin.parsed.file, line: section.line, message });
		}
	}
	issues.push(...validateStageOrder(stages));
	return { topics, issues };
}

function indexSections(notes: readonly NotesFile[], issues: BuildIssue[]): Map<string, Located> {
	const sections = new Map<string, Located>();
	for (const entry of notes) {
		const { parsed } = entry;
		if (parsed.frontMatter.source === null) {
			issues.push({ file: parsed.file, line: 1, message: 'front matter needs a `source` link' });
		}
		if (parsed.preamble.blocks.length > 0) {
			issues.push({
				file: parsed.file,
				line: parsed.preamble.line,
				message: 'text before the first heading is not used',
			});
		}
		for (const section of parsed.sections) {
			const other = sections.get(section.heading);
			if (other) {
				const message = `heading "${section.heading}" also appears at ${other.notes.parsed.file}:${other.section.line}`;
				issues.push({ file: parsed.file, line: section.line, message });
			} else sections.set(section.heading, { notes: entry, section });
		}
	}
	return sections;
}

function collectFactChecks(parsed: ParsedOverlay, sources: ReadonlyMap<string, SourceInfo>): Map<string, FactCheck[]> {
	const byTopic = new Map<string, FactCheck[]>();
	for (const check of parsed.overlay.factChecks) {
		const built: FactCheck = {
			id: check.id,
			verdict: check.verdict,
			claim: check.claim,
			claimSource: toSourceRef(check.claimSource, sources),
			correction: check.correction,
			source: toSourceRef(check.source, sources),
		};
		for (const id of check.topics) byTopic.set(id, [...(byTopic.get(id) ?? []), built]);
	}
	return byTopic;
}

function toAttributes(topic: OverlayTopic, ref: (raw: string) => Topic['source']): ModelAttributes | null {
	const attributes = topic.attributes;
	if (!attributes) return null;
	const build = (value: (typeof attributes)['cost']) =>
		value ? { text: value.text, sources: value.source.map(ref) } : null;
	return {
		whatItIs: build(attributes.whatItIs),
		baseAndSize: build(attributes.baseAndSize),
		training: build(attributes.training),
		strengths: build(attributes.strengths),
		benchmarks: build(attributes.benchmarks),
		cost: build(attributes.cost),
		availability: build(attributes.availability),
	};
}
