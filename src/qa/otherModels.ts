/**
 * Models our sources do not cover, as students type them ("gemini", "gpt 4", "claude 3 opus", "llama 3"). A question
 * about one must be refused, not answered with the nearest model we do cover ("claude" alone is Claude-3.5-Sonnet,
 * "gpt 4o" is GPT-4o, "llama 3.1 8b" is the base of our 8B distill: those stay ours).
 *
 * Patterns run on the question's words joined by single spaces (`words` output: lowercase, hyphens split, so
 * "gpt-4.5" is "gpt 4.5" and "o4-mini" is "o4 mini").
 */
/** A version number, whole ("3.5" is never read as "3"). */
const VERSION = String.raw`\d+(?:\.\d+)?(?![\d.])`;
const OTHER_MODEL_PATTERNS: readonly RegExp[] = [
	new RegExp(
		String.raw`\b(?:google )?(?:gem[ei]n[ei]|gemni|bard|gemma)(?: ?${VERSION})?(?: (?:pro|ultra|flash|nano|advanced|thinkings?|exp|experimental|lite))*\b`,
	),
	new RegExp(String.raw`\bgrok(?: ?${VERSION})?\b`),
	/\b(?:mistral|mixtral|codestral|ministral)(?: (?:large|medium|small|\d+x\d+b|\d+b))*\b/,
	// "claude 3.5" (one word) is ours; "claude 3", "claude 3.7", "claude 4" and the opus and haiku lines are not.
	new RegExp(
		String.raw`\bclaude (?!3\.5\b|3 5\b)[234](?:\.\d+)?(?![\d.])(?: (?:opus|haiku|sonnet))?\b|\bclaude (?:opus|haiku)(?: ${VERSION})?\b|\b(?:claude )?(?:opus|haiku) ${VERSION}\b|\b(?:claude )?sonnet (?!3\.5\b)(?:3\.7|4(?:\.\d+)?)\b|\bclaude 3\.5 haiku\b`,
	),
	// "gpt 4o" is ours; "gpt 4" (the digit alone), "gpt4", "gpt 3.5", "gpt 4.5", "gpt 5" and "4o mini" are not.
	/\bgpt ?[345](?:\.\d+)?(?![\d.a-z])(?: (?:turbo|mini|nano|pro))?\b|\b(?:gpt )?4o mini\b|\bgpt oss\b/,
	/\bo4(?: mini)?\b|\bo[13] pro\b/,
	// Llama 3.1 and 3.3 are the bases of our Llama distills ("llama 3 8b" too); other Llama versions are not ours.
	/\bllama ?(?!3\.[13]\b)[1-4](?:\.\d+)?(?![\d.])(?! (?:8b|70b|distill|distil|distilled)\b)/,
	/\bqwen ?(?:2\.5 |2 )?max\b|\bqwen ?3(?![\d.])/,
	new RegExp(String.raw`\bkimi(?: k${VERSION})?\b|\bphi ?[1-4](?:\.\d)?(?![\d.])|\bnemotron\b|\bcohere\b`),
	// DeepSeek's other releases: ours are V3 (2024-12-26), R1, R1-Zero, the distills and R1-0528.
	/\bdeepseek (?:v2(?:\.5)?|v3\.[1-9]|v4)(?![\d.])|\b(?:deepseek )?(?:r2|v3 0324|r1 lite(?: preview)?)\b/,
	/\bpalm ?2\b|\b(?:falcon|vicuna|olmo|dbrx)\b/,
	// Global once, for matchAll (which copies the pattern, so no lastIndex is shared between questions).
].map((pattern) => new RegExp(pattern.source, 'g'));

/** Where any of the patterns can start. */
const OTHER_MODEL_START =
	/\b(?:google|gem|bard|grok|mistral|mixtral|codestral|ministral|claude|opus|haiku|sonnet|gpt|4o mini|o4|o[13] pro|llama ?[1-4]|qwen ?(?:3|2\.5 max|2 max|max)|kimi|phi ?\d|nemotron|cohere|deepseek v[24]|deepseek v3\.|r2\b|v3 0324|r1 lite|palm|falcon|vicuna|olmo|dbrx)/;

export interface OtherModelMatch {
	/** The model as typed, in the question's words ("claude 3 opus"). */
	readonly name: string;
	/** Word positions in the question: [start, end). */
	readonly start: number;
	readonly end: number;
}

/** Models the question names that our sources do not cover, left to right, without overlaps. */
export function findOtherModels(questionWords: readonly string[]): OtherModelMatch[] {
	const text = questionWords.join(' ');
	// Most questions name none: one look for a family's first letters before the patterns.
	if (!OTHER_MODEL_START.test(text)) return [];
	// The word at each character offset of `text`.
	const wordAt: number[] = [];
	questionWords.forEach((word, index) => {
		for (let offset = 0; offset <= word.length; offset += 1) wordAt.push(index);
	});
	const found: OtherModelMatch[] = [];
	for (const pattern of OTHER_MODEL_PATTERNS) {
		for (const match of text.matchAll(pattern)) {
			const name = match[0].trim();
			if (name === '') continue;
			const start = wordAt[match.index] ?? 0;
			const end = (wordAt[match.index + name.length - 1] ?? start) + 1;
			if (!found.some((other) => start < other.end && other.start < end)) found.push({ name, start, end });
		}
	}
	return found.sort((a, b) => a.start - b.start);
}
