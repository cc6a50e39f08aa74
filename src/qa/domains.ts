import { stem, words } from './text.js';

/** A field students ask about by name ("for my math homework") and the benchmarks our sources measure it with. */
export interface Domain {
	/** As an answer says it: "For maths, …". */
	readonly label: string;
	/** What students call it; several-word phrases win over the single words inside them ("general knowledge"). */
	readonly phrases: readonly string[];
	/** Benchmark ids of the score table (knowledge/benchmarks.yaml), in the order an answer shows them. */
	readonly benchmarks: readonly string[];
}

/** The one place a field of questions is tied to its benchmarks. */
export const DOMAINS: readonly Domain[] = [
	{
		label: 'maths',
		phrases: ['math', 'maths', 'mathematics', 'homework', 'olympiad', 'calculus', 'algebra', 'geometry', 'arithmetic'],
		benchmarks: ['aime-2024', 'math-500'],
	},
	{
		label: 'coding',
		phrases: ['coding', 'code', 'coder', 'programming', 'programmer', 'competitive programming', 'leetcode'],
		benchmarks: ['livecodebench', 'codeforces'],
	},
	{
		label: 'software engineering',
		phrases: [
			'software engineering',
			'software engineer',
			'software development',
			'real bugs',
			'fixing bugs',
			'bug fixing',
			'github issues',
			'real world coding',
			'real world code',
		],
		benchmarks: ['swe-bench-verified'],
	},
	{
		label: 'hard science',
		phrases: ['science', 'sciences', 'scientific', 'hard science', 'phd', 'physics', 'chemistry', 'biology'],
		benchmarks: ['gpqa-diamond'],
	},
	{
		label: 'trivia',
		phrases: ['trivia', 'facts', 'factual', 'general knowledge', 'fact questions', 'factual questions'],
		benchmarks: ['simpleqa'],
	},
	{
		label: 'knowledge across school subjects',
		phrases: ['knowledge', 'school subjects', 'school subject', 'academic subjects'],
		benchmarks: ['mmlu'],
	},
];

/** The domains a question names, in the order named; a longer phrase claims its words first. */
export function askedDomains(questionWords: readonly string[], domains: readonly Domain[] = DOMAINS): Domain[] {
	const asked = questionWords.map(stem);
	const phrases = domains
		.flatMap((domain) => domain.phrases.map((phrase) => ({ domain, stems: words(phrase).map(stem) })))
		.sort((a, b) => b.stems.length - a.stems.length);
	const claimed = new Set<number>();
	const found: { domain: Domain; start: number }[] = [];
	for (const { domain, stems } of phrases) {
		for (let start = 0; start + stems.length <= asked.length; start += 1) {
			const span = stems.map((_, offset) => start + offset);
			if (span.some((index) => claimed.has(index))) continue;
			if (!stems.every((term, offset) => asked[start + offset] === term)) continue;
			for (const index of span) claimed.add(index);
			found.push({ domain, start });
		}
	}
	return [...new Set(found.sort((a, b) => a.start - b.start).map((entry) => entry.domain))];
}
