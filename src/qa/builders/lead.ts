import type { Topic } from '../../knowledge/types.js';
import type { KnowledgePassage } from '../passages.js';
import type { Line } from '../answer.js';
import type { RankedPassage } from '../retrieve.js';
import { stem, words } from '../text.js';

const SENTENCE_END = /(?<=[.!?])\s+(?=[A-Z`*"(])/;
/** A lead sentence this short is usually half a thought: the next sentence goes with it. */
const SHORT_SENTENCE = 70;
/** The next sentence joins the best one when it matches more of the question and the two stay this short. */
const FOLLOWER_REACH = 260;

/** A topic's summary under its title: how an answer opens that says what a topic is. */
export function summaryLine(topic: Topic): Line {
	return { text: `**${topic.title}**: ${topic.summary}`, source: topic.source.label };
}

/** The line an answer opens with, taken from its best passage. */
export function leadLine(ranked: RankedPassage): Line {
	const { passage } = ranked;
	switch (passage.kind) {
		case 'summary':
		case 'question':
		case 'plain':
			return summaryLine(passage.topic);
		case 'explanation':
			return { text: bestSentences(passage.text, ranked.matched), source: passage.source };
		case 'factCheck':
			return { text: factCheckLine(passage), source: passage.source };
		case 'quiz':
			return { text: passage.display ?? passage.text, source: passage.source };
		case 'fact':
		case 'attribute':
		case 'scores':
		case 'unstated':
			return { text: passage.text, source: passage.source };
	}
}

export function factCheckLine(passage: KnowledgePassage): string {
	const check = passage.factCheck;
	if (!check) return passage.text;
	return `The article says ${lowerFirst(check.claim)} Our sources say: ${check.correction}`;
}

/** The sentence of a paragraph that matches the question best (with its follower when it is short). */
export function bestSentences(paragraph: string, matched: readonly string[]): string {
	const sentences = paragraph.split(SENTENCE_END);
	if (sentences.length <= 1) return paragraph;
	const wanted = new Set(matched);
	let best = 0;
	let bestScore = -1;
	sentences.forEach((sentence, index) => {
		const score = new Set(
			words(sentence)
				.map(stem)
				.filter((term) => wanted.has(term)),
		).size;
		if (score > bestScore) {
			best = index;
			bestScore = score;
		}
	});
	const first = sentences[best] ?? paragraph;
	const next = sentences[best + 1];
	if (!next) return first;
	// "How was swe-bench verified run": the sentence naming it, then the one that says how ("…ran it through Agentless").
	const termsOf = (sentence: string): Set<string> => new Set(words(sentence).map(stem));
	const firstTerms = termsOf(first);
	const addsMatch = [...termsOf(next)].some((term) => wanted.has(term) && !firstTerms.has(term));
	const fits = first.length + next.length <= FOLLOWER_REACH;
	return first.length < SHORT_SENTENCE || (addsMatch && fits) ? `${first} ${next}` : first;
}

/**
 * Up to two more lines from the lead's topic that the question also matches, topped up with its summary. Given the
 * question's asked terms (outside its names), a score line must hold one of them in its own words: a figure that
 * only shares the topic's name says nothing asked ("is r1 on perplexity" is not helped by R1's ArenaHard score).
 */
export function supportLines(ranked: readonly RankedPassage[], lead: RankedPassage, asked?: readonly string[]): Line[] {
	const topic = lead.passage.topic;
	const picked: Line[] = [];
	const seen = new Set([lead.passage.text]);
	const leadText = leadLine(lead).text;
	// Under a summary (which says what the topic is), a line that says what is asked ("how was the cold start data
	// collected": the one about collecting) before lines that only share the topic's name.
	const saysAsked = (candidate: RankedPassage): boolean =>
		asked !== undefined && candidate.inText.some((term) => asked.includes(term));
	const candidates = STANDS_FOR_SUMMARY.has(lead.passage.kind)
		? [...ranked.filter(saysAsked), ...ranked.filter((each) => !saysAsked(each))]
		: ranked;
	for (const candidate of candidates) {
		if (picked.length >= 2) break;
		const { passage } = candidate;
		if (passage.topic !== topic || seen.has(passage.text) || !SUPPORT_KINDS.has(passage.kind)) continue;
		const scoreLine = passage.kind === 'scores';
		if (scoreLine && asked && asked.length > 0 && !candidate.inText.some((term) => asked.includes(term))) continue;
		seen.add(passage.text);
		const line = leadLine(candidate);
		if (leadText.includes(line.text) || line.text.includes(leadText)) continue;
		picked.push(line);
	}
	// The topic's summary rounds off an answer led by a detail.
	if (picked.length < 2 && !STANDS_FOR_SUMMARY.has(lead.passage.kind)) {
		picked.push({ text: topic.summary, source: topic.source.label });
	}
	return picked;
}

/** Passages an answer shows as their topic's summary. */
const STANDS_FOR_SUMMARY: ReadonlySet<KnowledgePassage['kind']> = new Set(['summary', 'question', 'plain']);
const SUPPORT_KINDS: ReadonlySet<KnowledgePassage['kind']> = new Set(['fact', 'attribute', 'explanation', 'scores']);

function lowerFirst(text: string): string {
	return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
