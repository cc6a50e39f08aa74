/**
 * Everyday words students type for what the knowledge words otherwise ("announced" where our notes say
 * "introduced", "jobs" where the article says "replace"). Each adds its knowledge words to the search; the
 * question's own words stay.
 */
const RELATED_WORDS: Readonly<Record<string, readonly string[]>> = {
	announced: ['introduced', 'released'],
	announce: ['introduced', 'released'],
	unveiled: ['introduced', 'released'],
	launched: ['released', 'introduced'],
	launch: ['released'],
	drop: ['released'],
	dropped: ['released'],
	came: ['released'],
	cheap: ['cost', 'price'],
	cheaper: ['cost', 'price'],
	expensive: ['cost', 'price'],
	pricier: ['cost', 'price'],
	pricey: ['cost', 'price'],
	costlier: ['cost', 'price'],
	cheapest: ['cost', 'price'],
	// The article is a blog post; students call it either.
	blog: ['article'],
	job: ['replace'],
	jobs: ['replace'],
	career: ['replace'],
	careers: ['replace'],
	// People whose work a student asks about ("will it replace X"): the article's answer is about replacing people.
	workers: ['replace'],
	programmers: ['replace'],
	developers: ['replace'],
	coders: ['replace'],
	engineers: ['replace'],
	writers: ['replace'],
	teachers: ['replace'],
	doctors: ['replace'],
	affect: ['means', 'impact'],
	cure: ['medical', 'treatments'],
	disease: ['medical', 'treatments'],
	diseases: ['medical', 'treatments'],
	medicine: ['medical', 'treatments'],
	climate: ['environmental'],
	environment: ['environmental'],
	students: ['learning', 'personalised'],
	student: ['learning', 'personalised'],
	school: ['learning', 'personalised'],
	education: ['learning', 'personalised'],
	trivia: ['factual'],
	thinking: ['reasoning', 'thought'],
	// Words for the same things our notes name otherwise.
	compress: ['distil', 'smaller'],
	compressed: ['distilled', 'smaller'],
	compressing: ['distilling', 'smaller'],
	shrunk: ['distilled', 'smaller'],
	smart: ['reasoning'],
	intelligent: ['reasoning'],
	intelligence: ['reasoning'],
	trick: ['hacking'],
	tricks: ['hacking'],
	tricked: ['hacking'],
	creative: ['writing'],
	essay: ['writing'],
	essays: ['writing'],
	story: ['writing'],
	stories: ['writing'],
	physics: ['science'],
	chemistry: ['science'],
	biology: ['science'],
	accurate: ['accuracy', 'correct'],
	subscription: ['price'],
	phone: ['app'],
	mobile: ['app'],
	browser: ['website'],
	window: ['context'],
	verbose: ['long', 'length'],
	rambling: ['long', 'length'],
	wordy: ['long', 'length'],
	concise: ['short', 'length'],
	slow: ['speed'],
	latency: ['speed'],
	server: ['hardware', 'hosted'],
	servers: ['hardware', 'hosted'],
	cloud: ['hosted'],
	deploy: ['run', 'hosted'],
	deploying: ['run', 'hosted'],
	deployment: ['run', 'hosted'],
	company: ['commercial'],
	business: ['commercial'],
	startup: ['commercial'],
	enterprise: ['commercial'],
	legal: ['licence'],
	legally: ['licence'],
	censored: ['safety', 'refuses'],
	censorship: ['safety', 'refuses'],
	political: ['safety', 'refuses'],
	politics: ['safety', 'refuses'],
	multilingual: ['language', 'languages'],
	bilingual: ['language', 'languages'],
	longer: ['long', 'length'],
	length: ['long', 'longer'],
	max: ['maximum', 'limit'],
	thoughts: ['thinking', 'think', 'tokens'],
	// Whether the reasoning can be seen: our notes say it is shown, visible or hidden.
	see: ['visible', 'shows', 'hidden', 'hides'],
	// Calling the model from code: our notes say the API is OpenAI-compatible.
	sdk: ['api', 'compatible'],
	python: ['api', 'compatible'],
	// An example's format is its layout in our notes.
	format: ['layout'],
	formatted: ['layout'],
	laid: ['layout'],
	// Everyday words for what the notes say of sampling and rewards.
	points: ['reward'],
	toss: ['throw', 'discard', 'filter'],
	tossed: ['throw', 'discard', 'filter'],
	bad: ['wrong'],
	bunch: ['many', 'several'],
	writes: ['generates'],
	// Coding-contest sites students name for "competitive coding problems".
	leetcode: ['code', 'coding'],
	// What makes a model impressive, in our notes' words: what it beats.
	impressive: ['beats', 'strong'],
	// Training data is counted in tokens, samples or examples.
	data: ['tokens', 'samples', 'examples'],
	home: ['locally', 'yourself'],
	laptop: ['locally', 'yourself'],
	pc: ['locally', 'yourself'],
};

/** The everyday words this list knows: real words, not typos. */
export function everydayWords(): string[] {
	return Object.keys(RELATED_WORDS);
}

export function relatedWords(word: string): readonly string[] {
	return RELATED_WORDS[word] ?? [];
}

/** The question's words followed by the knowledge words its everyday words stand for. */
export function withRelatedWords(questionWords: readonly string[]): string[] {
	return [...questionWords, ...questionWords.flatMap(relatedWords)];
}
