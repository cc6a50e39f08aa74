import { LineCounter, parseDocument } from 'yaml';
import { foldKey } from '../fold.js';
import type { QuizItem, SourceInfo, SourceRef, Topic } from '../types.js';
import type { TextFile } from './build.js';
import type { BuildIssue } from './issues.js';
import { locate } from './parseOverlay.js';
import type { YamlPath } from './parseOverlay.js';
import { QuizBankSchema } from './quizBankSchema.js';
import type { QuizBankItem } from './quizBankSchema.js';
import { splitSourceRef, toSourceRef } from './sourceRefs.js';
import { figuresIn, topicPassages } from './quizFacts.js';

const CHOICE_OPTIONS = 4;
const TRUE_FALSE = ['True', 'False'] as const;

export interface QuizBankResult {
	readonly items: readonly QuizItem[];
	readonly issues: readonly BuildIssue[];
}

/** Parses knowledge/quiz-bank.yaml and checks every item against the built topics; issues carry file:line. */
export function buildQuizBank(
	file: TextFile,
	topics: readonly Topic[],
	sources: ReadonlyMap<string, SourceInfo>,
): QuizBankResult {
	const lineCounter = new LineCounter();
	const document = parseDocument(file.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const at = (path: YamlPath, message: string): BuildIssue => ({
		file: file.path,
		line: locate(document, lineCounter, path),
		message,
	});
	if (document.errors.length > 0) {
		return {
			items: [],
			issues: document.errors.map((error) => ({
				file: file.path,
				line: lineCounter.linePos(error.pos[0]).line,
				message: error.message.split('\n')[0] ?? error.code,
			})),
		};
	}
	const parsed = QuizBankSchema.safeParse(document.toJS());
	if (!parsed.success) {
		return {
			items: [],
			issues: parsed.error.issues.map((issue) => {
				const path = issue.path.filter((part) => typeof part !== 'symbol');
				return at(path, `${path.join('.') || '(root)'}: ${issue.message}`);
			}),
		};
	}

	const byId = new Map(topics.map((topic) => [topic.id, topic]));
	const issues: BuildIssue[] = [];
	const items: QuizItem[] = [];
	const firstIndex = new Map<string, number>();
	parsed.data.items.forEach((raw, index) => {
		const report = (path: YamlPath, message: string): void => {
			issues.push(at(['items', index, ...path], `quiz item "${raw.id}": ${message}`));
		};
		const first = firstIndex.get(raw.id);
		if (first === undefined) firstIndex.set(raw.id, index);
		else report(['id'], `duplicate id (first on line ${locate(document, lineCounter, ['items', first, 'id'])})`);
		const item = checkItem(raw, byId.get(raw.topic), sources, report);
		if (item) items.push(item);
	});
	return { items, issues };
}

type Report = (path: YamlPath, message: string) => void;

function checkItem(
	raw: QuizBankItem,
	topic: Topic | undefined,
	sources: ReadonlyMap<string, SourceInfo>,
	report: Report,
): QuizItem | undefined {
	const shape = checkOptions(raw, report);
	const { key } = splitSourceRef(raw.source);
	if (!sources.has(key)) {
		report(['source'], `unknown source "${key}" in "${raw.source}" (known: ${[...sources.keys()].sort().join(', ')})`);
	}
	if (!topic) {
		report(['topic'], `topic "${raw.topic}" does not exist`);
		return undefined;
	}
	const source = toSourceRef(raw.source, sources);
	checkFacts(raw, topic, source, report);
	if (!shape) return undefined;
	return {
		id: raw.id,
		topic: topic.id,
		difficulty: raw.difficulty,
		kind: shape.kind,
		question: raw.question,
		options: shape.options,
		answer: shape.answer,
		explanation: raw.explanation,
		source,
	};
}

/** Exactly one correct option among four distinct ones, or a true/false statement without options. */
function checkOptions(
	raw: QuizBankItem,
	report: Report,
): { kind: QuizItem['kind']; options: readonly string[]; answer: number } | undefined {
	if (typeof raw.answer === 'boolean') {
		if (raw.options !== undefined) {
			report(['options'], 'a true/false item (answer: true or false) takes no options');
			return undefined;
		}
		return { kind: 'true-false', options: TRUE_FALSE, answer: raw.answer ? 0 : 1 };
	}
	const options = raw.options ?? [];
	let valid = true;
	if (options.length !== CHOICE_OPTIONS) {
		report(['options'], `needs exactly ${CHOICE_OPTIONS} options, found ${options.length}`);
		valid = false;
	}
	const seen = new Map<string, number>();
	options.forEach((option, index) => {
		const earlier = seen.get(foldKey(option));
		if (earlier === undefined) seen.set(foldKey(option), index);
		else {
			report(['options', index], `option ${index + 1} repeats option ${earlier + 1} ("${option}")`);
			valid = false;
		}
	});
	const correct = options.flatMap((option, index) => (option === raw.answer ? [index] : []));
	if (correct.length !== 1) {
		report(
			['answer'],
			correct.length === 0
				? `the answer "${raw.answer}" is not one of the options: exactly one option must be correct`
				: `the answer "${raw.answer}" matches ${correct.length} options: exactly one option must be correct`,
		);
		valid = false;
	}
	const [answer] = correct;
	return valid && answer !== undefined ? { kind: 'choice', options, answer } : undefined;
}

/** Every snippet is in the topic, the cited source is where one was found, and the answer's figures are in the topic. */
function checkFacts(raw: QuizBankItem, topic: Topic, source: SourceRef, report: Report): void {
	const passages = topicPassages(topic);
	const citable = new Set<string>();
	raw.facts.forEach((snippet, index) => {
		const found = passages.filter((passage) => normalise(passage.text).includes(normalise(snippet)));
		if (found.length === 0) report(['facts', index], `"${snippet}" is not stated in topic "${topic.id}"`);
		for (const passage of found) for (const ref of passage.sources) citable.add(refKey(ref));
	});
	if (citable.size > 0 && !citable.has(refKey(source))) {
		report(
			['source'],
			`source "${raw.source}" is not where topic "${topic.id}" states these facts (cite one of: ${[...citable].sort().join(', ')})`,
		);
	}
	const known = new Set(passages.flatMap((passage) => figuresIn(passage.text)));
	const stated: [YamlPath, string][] = [[['explanation'], raw.explanation]];
	if (typeof raw.answer === 'string') stated.push([['answer'], raw.answer]);
	else if (raw.answer) stated.push([['question'], raw.question]);
	for (const [path, text] of stated) {
		const unknown = figuresIn(text).filter((figure) => !known.has(figure));
		if (unknown.length > 0) {
			report(path, `figure(s) ${unknown.join(', ')} do not appear in topic "${topic.id}"`);
		}
	}
}

function normalise(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

function refKey(ref: SourceRef): string {
	return ref.locator === '' ? ref.key : `${ref.key} ${ref.locator}`;
}
