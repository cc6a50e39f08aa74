/**
 * Chat shorthand (and a typo that is itself a word) students type, as the words it stands for ("hw many" → "how many", "r1 vs v3 thru rl" → "through").
 * Read before typo correction, which would otherwise take the shorthand for content or a typo of a knowledge word.
 */
interface Shorthand {
	readonly words: readonly string[];
	/** Only when this holds of the neighbouring words: "hw" is "how" before "many", homework in "my hw". */
	readonly when?: (previous: string | undefined, next: string | undefined) => boolean;
	/** What it stands for when `when` does not hold; as typed if unset. */
	readonly otherwise?: readonly string[];
}

/** Words that follow a question word ("how many", "why does", "what is"). */
const AFTER_QUESTION_WORD =
	/^(?:many|much|long|big|large|good|well|fast|often|old|come|to|do|does|did|is|are|was|were|can|could|would|should|will|has|have|dont|doesnt|didnt|isnt|arent|cant|wont|not|exactly|actually|the|it|they|r1|v3)$/;
const beforeQuestion = (previous: string | undefined, next: string | undefined): boolean =>
	previous === undefined || (next !== undefined && AFTER_QUESTION_WORD.test(next));
/** "r" is "are" unless it is the letter of a name typed apart ("r 1"). */
const notBeforeNumber = (_previous: string | undefined, next: string | undefined): boolean =>
	next === undefined || !/^\d/.test(next);

/** "dose" is "does" ("how many params dose v3 have") unless it is a dose ("a high dose of"). */
const notAfterDeterminer = (previous: string | undefined): boolean =>
	previous === undefined ||
	!/^(?:a|the|this|that|one|each|per|high|low|small|large|daily|same|right|first)$/.test(previous);

const SHORTHAND: Readonly<Record<string, Shorthand>> = {
	dose: { words: ['does'], when: notAfterDeterminer },
	hw: { words: ['how'], when: beforeQuestion, otherwise: ['homework'] },
	y: { words: ['why'], when: beforeQuestion },
	wat: { words: ['what'] },
	wut: { words: ['what'] },
	wht: { words: ['what'] },
	wen: { words: ['when'] },
	lik: { words: ['like'] },
	tht: { words: ['that'] },
	ths: { words: ['this'] },
	hav: { words: ['have'] },
	shud: { words: ['should'] },
	wud: { words: ['would'] },
	cud: { words: ['could'] },
	gud: { words: ['good'] },
	tmrw: { words: ['tomorrow'] },
	tmr: { words: ['tomorrow'] },
	'2moro': { words: ['tomorrow'] },
	r: { words: ['are'], when: notBeforeNumber },
	u: { words: ['you'] },
	ur: { words: ['your'] },
	ppl: { words: ['people'] },
	thru: { words: ['through'] },
	w: { words: ['with'] },
	abt: { words: ['about'] },
	bout: { words: ['about'] },
	bc: { words: ['because'] },
	bcuz: { words: ['because'] },
	becuz: { words: ['because'] },
	cuz: { words: ['because'] },
	coz: { words: ['because'] },
	rn: { words: ['right', 'now'] },
	idk: { words: ['i', 'dont', 'know'] },
	dunno: { words: ['dont', 'know'] },
	b4: { words: ['before'] },
	smth: { words: ['something'] },
	sth: { words: ['something'] },
	rly: { words: ['really'] },
	srsly: { words: ['seriously'] },
	gonna: { words: ['going', 'to'] },
	gotta: { words: ['got', 'to'] },
	lemme: { words: ['let', 'me'] },
	gimme: { words: ['give', 'me'] },
	shld: { words: ['should'] },
	wld: { words: ['would'] },
	cld: { words: ['could'] },
	diff: { words: ['difference'] },
	diffs: { words: ['differences'] },
	approx: { words: ['approximately'] },
	avg: { words: ['average'] },
	temp: { words: ['temperature'] },
	ctx: { words: ['context'] },
	params: { words: ['parameters'] },
	param: { words: ['parameter'] },
	perf: { words: ['performance'] },
	hf: { words: ['hugging', 'face'] },
	btwn: { words: ['between'] },
	wrt: { words: ['about'] },
	huggingface: { words: ['hugging', 'face'] },
	hugginface: { words: ['hugging', 'face'] },
	hugingface: { words: ['hugging', 'face'] },
};

/** Two-word shorthand: what `words` splits at its slash ("w/o", "b/c"), and set phrases. */
const SPLIT_SHORTHAND: Readonly<Record<string, readonly string[]>> = {
	'w o': ['without'],
	'b c': ['because'],
	'w e': ['whatever'],
	'b w': ['between'],
	// "thanks in advance": a closing, not a subject.
	'in advance': [],
	// "What does it mean in this context": the passage read, not a context window asked about.
	'this context': [],
	'that context': [],
	// Names typed apart: "deep seek r1", "open ai o1", "v.s.".
	'deep seek': ['deepseek'],
	'open ai': ['openai'],
	'chat gpt': ['chatgpt'],
	'v s': ['vs'],
};

/** First words of the two-word shorthand: most words start none, and need no pair looked up. */
const SPLIT_FIRST_WORDS: ReadonlySet<string> = new Set(
	Object.keys(SPLIT_SHORTHAND).map((pair) => pair.split(' ')[0] ?? ''),
);

/** The question's words with its shorthand written out. */
export function expandShorthand(questionWords: readonly string[]): string[] {
	const expanded: string[] = [];
	for (let index = 0; index < questionWords.length; index += 1) {
		const word = questionWords[index] ?? '';
		const next = questionWords[index + 1];
		const split = SPLIT_FIRST_WORDS.has(word) ? SPLIT_SHORTHAND[`${word} ${next}`] : undefined;
		if (split) {
			expanded.push(...split);
			index += 1;
			continue;
		}
		const shorthand = Object.hasOwn(SHORTHAND, word) ? SHORTHAND[word] : undefined;
		if (!shorthand) {
			expanded.push(word);
			continue;
		}
		const applies = shorthand.when?.(questionWords[index - 1], next) ?? true;
		expanded.push(...(applies ? shorthand.words : (shorthand.otherwise ?? [word])));
	}
	return expanded;
}
