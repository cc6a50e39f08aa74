import { editDistance } from './editDistance.js';
import { nameTokens } from './nameTokens.js';
import type { Topic } from './types.js';

interface NamedTopic {
	readonly topic: Topic;
	readonly words: readonly Word[];
}

/** A name's word as typed, and its stem. */
interface Word {
	readonly raw: string;
	readonly stem: string;
}

/** How well a typed name fits one of a topic's names: fewer unmatched name words, typos, then other endings. */
interface Fit {
	readonly topic: Topic;
	readonly extra: number;
	readonly typos: number;
	readonly endings: number;
}

/**
 * Resolves a name by its words when no whole name matches: every typed word must be a word of one topic name
 * (in any order, give or take an ending or one typo), and one topic must fit best. "qwen 32b distill" is
 * R1-Distill-Qwen-32B; "llama" alone fits two models equally and resolves to nothing.
 */
export function createNameMatcher(topics: readonly Topic[]): (query: string) => Topic | undefined {
	const named: NamedTopic[] = topics.flatMap((topic) =>
		[topic.id, topic.title, ...topic.aliases].map((name) => ({ topic, words: words(name) })),
	);
	return (query) => {
		const typed = words(query);
		if (typed.length === 0) return undefined;
		let best: Fit | undefined;
		let tied = false;
		for (const { topic, words } of named) {
			const fit = fitOf(typed, words, topic);
			if (!fit) continue;
			const order = best ? compare(fit, best) : -1;
			if (order < 0) {
				best = fit;
				tied = false;
			} else if (order === 0 && best && fit.topic !== best.topic) tied = true;
		}
		return best && !tied ? best.topic : undefined;
	};
}

function words(name: string): Word[] {
	return nameTokens(name).map((raw) => ({ raw, stem: stem(raw) }));
}

function fitOf(typed: readonly Word[], nameWords: readonly Word[], topic: Topic): Fit | undefined {
	const unused = [...nameWords];
	let typos = 0;
	let endings = 0;
	for (const word of typed) {
		let at = unused.findIndex((candidate) => candidate.raw === word.raw);
		if (at < 0) {
			at = unused.findIndex((candidate) => candidate.stem === word.stem);
			endings += 1;
		}
		if (at < 0) {
			at = unused.findIndex((candidate) => near(word.stem, candidate.stem));
			typos += 1;
		}
		if (at < 0) return undefined;
		unused.splice(at, 1);
	}
	return { topic, extra: unused.length, typos, endings };
}

function compare(a: Fit, b: Fit): number {
	return a.extra - b.extra || a.typos - b.typos || a.endings - b.endings;
}

/** Same word with another ending ("distil", "distilled") or one typo ("lama"); numbers and short ids must match exactly. */
function near(typed: string, word: string): boolean {
	if (!/^\p{L}{4,}$/u.test(typed) || !/^\p{L}{4,}$/u.test(word)) return false;
	// A shared start counts from five letters: "distil" is "distill", but "coder" is not "code".
	if (typed.startsWith(word) || word.startsWith(typed)) return Math.min(typed.length, word.length) >= 5;
	// One typo changes the length by one at most: checked first, so a hostile 6,000-letter word costs nothing.
	return Math.abs(typed.length - word.length) <= 1 && editDistance(typed, word) <= 1;
}

/** Drops common English endings so "rewards", "distillation" and "distilled" meet their stems. */
function stem(word: string): string {
	if (!/^\p{L}{5,}$/u.test(word)) return word;
	return word.replace(/(ations?|ing|ed|es|s)$/u, '');
}
