import { foldKey } from '../fold.js';
import type { BuildIssue } from './issues.js';
import type { ParsedOverlay, YamlPath } from './parseOverlay.js';
import { splitSourceRef } from './sourceRefs.js';

/** Checks the overlay on its own: ids, references, aliases, sources, model attributes. */
export function validateOverlay(parsed: ParsedOverlay): BuildIssue[] {
	const { overlay, file, lineOf } = parsed;
	const issues: BuildIssue[] = [];
	const report = (path: YamlPath, message: string): void => {
		issues.push({ file, line: lineOf(path), message });
	};

	const firstIndexById = new Map<string, number>();
	overlay.topics.forEach((topic, index) => {
		const first = firstIndexById.get(topic.id);
		if (first === undefined) firstIndexById.set(topic.id, index);
		else
			report(
				['topics', index, 'id'],
				`duplicate topic id "${topic.id}" (first on line ${lineOf(['topics', first, 'id'])})`,
			);
	});

	const knownSources = Object.keys(overlay.sources).sort();
	const checkSource = (raw: string, path: YamlPath): void => {
		const { key } = splitSourceRef(raw);
		if (!Object.hasOwn(overlay.sources, key)) {
			report(path, `unknown source "${key}" in "${raw}" (known: ${knownSources.join(', ')})`);
		}
	};

	const owners = new Map<string, { id: string; path: YamlPath }>();
	overlay.topics.forEach((topic, index) => {
		const names: [string, YamlPath][] = [
			[topic.id, ['topics', index, 'id']],
			[topic.title, ['topics', index, 'title']],
			...topic.aliases.map((alias, j): [string, YamlPath] => [alias, ['topics', index, 'aliases', j]]),
		];
		for (const [name, path] of names) {
			const key = foldKey(name);
			const owner = owners.get(key);
			if (key === '') report(path, `alias "${name}" of "${topic.id}" does not resolve: it has no letters or digits`);
			else if (!owner) owners.set(key, { id: topic.id, path });
			else if (owner.id !== topic.id) {
				report(path, `alias "${name}" of "${topic.id}" collides with "${owner.id}" (line ${lineOf(owner.path)})`);
			}
		}

		topic.related.forEach((related, j) => {
			if (!firstIndexById.has(related))
				report(['topics', index, 'related', j], `related topic "${related}" does not exist`);
			else if (related === topic.id)
				report(['topics', index, 'related', j], `topic "${topic.id}" lists itself as related`);
		});

		checkSource(topic.source, ['topics', index, 'source']);
		topic.facts.forEach((fact, j) => {
			checkSource(fact.source, ['topics', index, 'facts', j, 'source']);
		});
		if (topic.kind === 'model' && !topic.attributes) {
			report(
				['topics', index],
				`model "${topic.id}" needs attributes (write null for an aspect the sources do not state)`,
			);
		}
		if (topic.kind !== 'model' && topic.attributes) {
			report(['topics', index, 'attributes'], `only model topics have attributes ("${topic.id}" is a ${topic.kind})`);
		}
		for (const [aspect, attribute] of Object.entries(topic.attributes ?? {})) {
			attribute?.source.forEach((raw, j) => {
				checkSource(raw, ['topics', index, 'attributes', aspect, 'source', j]);
			});
		}
	});

	issues.push(...validateCuratedQuestions(parsed));
	issues.push(...validateUnstated(parsed));

	const checkIds = new Set<string>();
	overlay.factChecks.forEach((check, index) => {
		if (checkIds.has(check.id)) report(['factChecks', index, 'id'], `duplicate fact check id "${check.id}"`);
		checkIds.add(check.id);
		check.topics.forEach((id, j) => {
			if (!firstIndexById.has(id)) {
				report(['factChecks', index, 'topics', j], `fact check "${check.id}" names unknown topic "${id}"`);
			}
		});
		checkSource(check.claimSource, ['factChecks', index, 'claimSource']);
		checkSource(check.source, ['factChecks', index, 'source']);
	});
	return issues;
}

export interface StageEntry {
	readonly id: string;
	readonly order: number | null;
	readonly file: string;
	readonly line: number;
}

/** Stage orders must be exactly 1..n, each used once. */
export function validateStageOrder(stages: readonly StageEntry[]): BuildIssue[] {
	const issues: BuildIssue[] = [];
	const ordered: (StageEntry & { order: number })[] = [];
	for (const stage of stages) {
		if (stage.order === null) {
			issues.push({
				file: stage.file,
				line: stage.line,
				message: `stage "${stage.id}" has no order: add \`order\` or a "Step N" heading`,
			});
		} else ordered.push({ ...stage, order: stage.order });
	}
	ordered.sort((a, b) => a.order - b.order);
	ordered.forEach((stage, index) => {
		const previous = ordered[index - 1];
		if (previous && previous.order === stage.order) {
			issues.push({
				file: stage.file,
				line: stage.line,
				message: `stage order ${stage.order} of "${stage.id}" is also used by "${previous.id}"`,
			});
		} else if (stage.order !== (previous?.order ?? 0) + 1) {
			const expected = (previous?.order ?? 0) + 1;
			issues.push({
				file: stage.file,
				line: stage.line,
				message: `stage orders must be contiguous from 1: expected ${expected}, found ${stage.order} ("${stage.id}")`,
			});
		}
	});
	return issues;
}

/** What is left open reads after "Our sources do not say …": a clause that asks, of a readable length. */
export const UNSTATED = Object.freeze({
	opening: /^(why|how|what|which|whether|when|who|where) /,
	minLength: 12,
	maxLength: 160,
});

function validateUnstated(parsed: ParsedOverlay): BuildIssue[] {
	const { overlay, file, lineOf } = parsed;
	return overlay.topics.flatMap((topic, index) =>
		topic.unstated.flatMap((entry, j) => {
			const fits = entry.length >= UNSTATED.minLength && entry.length <= UNSTATED.maxLength;
			if (UNSTATED.opening.test(entry) && fits) return [];
			const message = `"${entry}" must read after "Our sources do not say": start with why/how/what/which/whether/when/who/where, ${UNSTATED.minLength}-${UNSTATED.maxLength} characters`;
			return [{ file, line: lineOf(['topics', index, 'unstated', j]), message }];
		}),
	);
}

/** How many curated phrasings a topic carries: enough to cover the usual wordings, few enough to stay distinct. */
export const CURATED_QUESTIONS = Object.freeze({ min: 3, max: 8, minLength: 8, maxLength: 200 });

/** Every topic has 3-8 curated questions and a plain-words line; a phrasing belongs to one topic only. */
function validateCuratedQuestions(parsed: ParsedOverlay): BuildIssue[] {
	const { overlay, file, lineOf } = parsed;
	const issues: BuildIssue[] = [];
	const report = (path: YamlPath, message: string): void => {
		issues.push({ file, line: lineOf(path), message });
	};
	const owners = new Map<string, { id: string; path: YamlPath }>();
	overlay.topics.forEach((topic, index) => {
		const count = topic.questions.length;
		if (count < CURATED_QUESTIONS.min || count > CURATED_QUESTIONS.max) {
			report(
				['topics', index, count === 0 ? 'id' : 'questions'],
				`topic "${topic.id}" has ${count} curated questions (write ${CURATED_QUESTIONS.min}-${CURATED_QUESTIONS.max})`,
			);
		}
		if (topic.plain === undefined) report(['topics', index, 'id'], `topic "${topic.id}" needs a \`plain\` line`);
		topic.questions.forEach((question, j) => {
			const path: YamlPath = ['topics', index, 'questions', j];
			if (question.length < CURATED_QUESTIONS.minLength || question.length > CURATED_QUESTIONS.maxLength) {
				report(
					path,
					`curated question "${question}" must be ${CURATED_QUESTIONS.minLength}-${CURATED_QUESTIONS.maxLength} characters`,
				);
			}
			const key = foldKey(question);
			const owner = owners.get(key);
			if (!owner) owners.set(key, { id: topic.id, path });
			else report(path, `curated question "${question}" is also on "${owner.id}" (line ${lineOf(owner.path)})`);
		});
	});
	return issues;
}
