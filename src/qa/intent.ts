import type { TopicKind } from '../knowledge/types.js';

/** What a question asks for; each has its own answer builder. */
export const INTENTS = [
	'eli5',
	'factcheck',
	'order',
	'access',
	'score',
	'difference',
	'when',
	'quantity',
	'why',
	'impact',
	'how',
	'definition',
] as const;
export type Intent = (typeof INTENTS)[number];

/** For `order`: which way along the training stages; `at` is the stage at a named place ("the third step"). */
export type OrderDirection = 'next' | 'previous' | 'first' | 'last' | 'at' | 'list' | 'relative';

/**
 * A stage named by its place: "the third step" is 2 from the start, "second to last" 1 from the end. `among`
 * counts only the RL (or SFT) stages ("the last rl stage"); `skipsBonus` leaves the article's bonus step out
 * ("if you don't count the bonus one").
 */
export interface StagePosition {
	readonly from: 'start' | 'end';
	readonly offset: number;
	readonly among: 'rl' | 'sft' | undefined;
	readonly skipsBonus: boolean;
}

/** For `access`: which of the practical questions. */
export type AccessKind = 'licence' | 'cost' | 'where';

export interface IntentReading {
	readonly intent: Intent;
	readonly direction: OrderDirection | undefined;
	readonly access: AccessKind | undefined;
	/** For `order`: the place a stage is named by, when it is. */
	readonly position?: StagePosition;
	/**
	 * For a `factcheck` of the student's own claim ("r1 shows its thinking but o1 hides it, true?"): what the claim
	 * asks without its tag, the answer when no article claim says the same thing.
	 */
	readonly ownClaim?: IntentReading;
}

/** What the rules see: the question's words joined by single spaces, and the kinds of topic it names. */
export interface IntentInput {
	readonly text: string;
	readonly namedKinds: readonly TopicKind[];
	/** Whether a score-table benchmark is named. */
	readonly namesBenchmark: boolean;
}

/** Put simply, for someone new: "like im 12", "for a hs student", "explained simple", "to teenagers in a simple way". */
const ELI5_AUDIENCE =
	/\b(like (im|i am|i m) (a )?\d+|(for|to) (a )?\d+ ?(year|yr)s? ?olds?|(for|to) (a )?(hs|high school|highschool|middle school) (student|students|kid|kids)|to (teenagers|teens|a teenager|kids|a kid|my (mom|mum|dad|grandma|grandpa|little brother|little sister))|explain(ed)?( it)? (simple|simply|easy|easily)|in (a )?(simple|simpler|easy|easier) way)\b/;
/** "Im not a tech person", "for my mom", "new to all this": someone new asks, so the plain answer. */
const NEWCOMER =
	/\b((im|i am|i m) (not|no) (a |an |very )?(techie|technical|tech person|tech guy|tech savvy|engineer|programmer|coder|expert|ai person|computer person)|non ?(techie|technical|tech)( person| people| folks)?|for (a )?(layperson|lay person|normie|boomer|parent|non ?techie|my (mom|mum|dad|parents|grandma|grandpa|kid|kids|son|daughter|grandmother|grandfather))|(im|i am|i m) (new|a beginner|a noob|a newbie)|new to (this|all this|ai|ml|the topic)|(total|complete|absolute) (beginner|noob|newbie)|beginner here|in (simple|plain|normal|everyday|human|basic) (english|words|terms|language)|without (the |any )?(tech|technical|math|maths) (talk|terms|words|stuff|jargon)|(easy|simple) to understand|dumb it down|break it down( for me)?( simply)?)\b/;
const ELI5 =
	/\b(eli5|eli 5|like (im|i am) (5|five|a kid|a child|a beginner|new|dumb|stupid)|for (a )?(5|five|10|ten) ?(year|yr)s? ?old|for (a )?(kid|kids|child|children|beginner|beginners|dummies|dummy|noob|newbie|layman|grandma)|in (plain|simple|easy|normal|basic|layman|laymans) (words|terms|english|language)|simple (terms|words|explanation|version)|simply put|laymans? terms|dumb(ed)? it down|non ?technical|without (the )?jargon|explain (it )?simply|super simple|tl ?dr|in a nutshell|one sentence|keep it simple|simple (version|answer|way)|(explain|explained|describe|described|put|say|said)( \S+){0,4} (simply|plainly)|(simply|plainly) (explained|put|said))\b/;
/** Who a claim can be credited to: the article, by any of its names. */
export const CLAIM_SOURCE = /\b(article|blog|author|writer|hido|post)\b/;
/** Words that judge a claim: "is the article right", "did the blog make that up". */
const CLAIM_JUDGED =
	/\b(right|correct|true|false|accurate|inaccurate|wrong|legit|mistake|error|misleading|exaggerat\w*|fake|(make|made|making) (that|it|this|stuff) up)\b/;
/** Words that credit a claim to its source: "the article says / claims / implies". */
const CLAIM_CREDITED =
	/\b(claims?|claimed|says?|said|states?|stated|mentions?|mentioned|calls?|implies|implied|makes it sound|lists|listed|describes|described|counts|counted|presents|presented)\b/;
/** "The article doesn't mention it": no claim is credited, the question is asked of our sources. */
const NOTHING_CREDITED =
	/\b(doesnt|does not|didnt|did not|never|dont|do not|not|isnt|nothing|skips?|skipped|leaves? out|left out)( \S+)? (mention|mentions|say|says|cover|covers|talk|give|gives|list|lists|over|out|about)\b/;
/** "The article says r1 …": the question is the claim. */
const STARTS_WITH_CLAIM =
	/^((the|this|that|hidos?) )?(article|blog|author|writer|post) (\S+ )?(says|said|claims|states|mentions|wrote|lists|describes|counts|presents|calls)\b/;
/** "…, true?", "… or not", "… or is that just hype": a claim put up to be checked. */
const CLAIM_TAG = /\b(true|correct|accurate|legit|fr|for real)$/;
/** "r1 shows its thinking but o1 hides it, true?", "…, right?", "…, is that correct": the student's own claim. */
const OWN_CLAIM_TAG =
	/\b(((is (that|it|this) (really )?)?(true|right|correct|accurate|legit|for real)|(thats|that is|is that|is it|is this) (real|cap|hype)|am i right)( or (not|no|nah|hype|cap|fake|a myth))?|or (not|nah|hype|cap|fake|a myth))$/;
/** "Is it true that …", "fact check: …": the student's claim follows. */
const CLAIM_PUT_FIRST =
	/^((is it|is that|its|it is) (really |actually )?(true|correct|right|accurate|a fact|a myth) that|(true|myth|fact) that|fact ?check( this)?) /;
/** "Which one is right", "what is true": a question that asks, not a claim put up to be checked. */
const ASKS = /^(what|whats|which|who|whos|how|why|when|where)\b/;
/** "Is r1 trained on top of r1-zero or not": a yes/no question that says it wants a verdict. */
const OR_NOT = /\b(or not|or no|or nah|or is that( just)? (hype|a myth|true|fake))\b/;
const IS_IT_TRUE =
	/\b(is (it|that|this) (really )?(true|right|correct|accurate|a myth)|(true|false|myth|misconception) that|fact ?check|debunk)\b/;
const ORDER_DIRECTION: readonly [OrderDirection, RegExp][] = [
	['next', /\b(next|after|afterwards|afterward|follows?|followed|following|then|subsequent|comes? after)\b/],
	['previous', /\b(before|previous|preceding|precedes|prior|earlier step|comes? before)\b/],
	['first', /\b(first|initial|begins? with|starts? with)\b/],
	['last', /\b(last|final|finally|ends? with)\b/],
	[
		'list',
		/\b(list|order|sequence|all (the )?(steps|stages)|what are the( \S+)? (steps|stages)|(steps|stages) (in order|of)|how many (steps|stages)|pipeline|walk me through|overview)\b/,
	],
];
const ORDER_ASK =
	/\b(what|which) (comes|happens|follows|step|stage|is next|is the next|is after|is before)|\b(what|which) do they do (next|after|before|first|last)\b|\b(step|stage|phase|one) (right |just |directly |immediately )?(before|after)\b|\bhow many (steps|stages|phases)\b|\b(before or after|after or before|earlier or later)\b/;
/** "Is rejection sampling before or after the second rl round": one stage placed against another. */
const BEFORE_OR_AFTER = /\b(before or after|after or before|earlier or later)\b/;
/**
 * "In the final step what do they reward", "what format do the cold start answers follow", "who judges the answers":
 * the step is named, the question is about what happens in it, not which step comes when.
 */
const ASKS_ABOUT_IT =
	/\b(what|how|which|who) (do|does|did|is|are|was) (they|it|r1|the model)\b(?! do (next|after|before|first|last))|\b(what|which|how)( \S+){1,3} (do|does|did|was|were) (they|it|r1|the)\b|^who\b/;
const ORDINALS: Readonly<Record<string, number>> = {
	first: 0,
	'1st': 0,
	second: 1,
	'2nd': 1,
	third: 2,
	'3rd': 2,
	fourth: 3,
	'4th': 3,
	fifth: 4,
	'5th': 4,
	sixth: 5,
	'6th': 5,
	last: 0,
	final: 0,
};
/** "third", "3rd", "last": a word that names a place in the stage order. */
export function isOrdinalWord(word: string): boolean {
	return Object.hasOwn(ORDINALS, word);
}

/** "second to last step", "the one before last": counted from the end. */
const BEFORE_LAST =
	/\b((second|2nd|next) to (the )?last|penultimate|(one|step|stage) (right |just )?before (the )?last)\b/;
/** An ordinal then, within one word ("rl", "training"), what it counts: "the third step", "the last rl stage". */
const PLACE =
	/\b(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|6th|last|final)( (rl|sft|training|main|real))? (step|stage|phase|round|one|part|thing)\b/;
const BONUS_LEFT_OUT =
	/\b(without|not counting|excluding|exclude|dont count|do not count|besides|except|minus|ignoring|ignore|skipping|leaving out)( \S+){0,2} (bonus|distillation|distill)\b/;
const YES_NO = /^(does|do|did|is|are|was|were|can|could|will|would|should|has|have)\b/;
const ORDER_CONTEXT = /\b(step|steps|stage|stages|phase|phases|pipeline|training process|recipe)\b/;
const LICENCE =
	/\b(licen[cs]e[ds]?|licen[cs]ing|mit|apache|open ?source[d]?|open weights?|weights? (are |is )?(open|public|free|available|released)|open(ly)? (released?|available)|commercial(ly)?|(am i|are we|are you|is it|are they|is one) (even )?allowed|allowed to (use|sell|modify|change|distill?|build|copy|fine ?tune|redistribute|ship|deploy|host)|legal(ly)?|permissive|copyright)\b/;
const COST =
	/\b(cost|costs|costed|price|prices|priced|pricing|cheap|cheaper|cheapest|expensive|pay|paid|free|dollars?|usd|bucks|money|budget|charge|charges|charged|bill|billed|billing)\b/;
const WHERE =
	/\b(where|try (it|r1|out|them|the|v3|o1|o3)|can i try|access|run (it|r1|v3|the|a|them)|running (it|r1|v3|the|a)|run locally|download|downloaded|install|locally|at home|laptop|pc|my computer|gpu|gpus|hardware|app|website|sign up|use it|use r1|can i use|available|availability|self ?host|sdk|endpoint|drop in|call (it|r1|v3|the api)|from (my )?(python|code|script))\b/;
/** "Is r1 on perplexity", "are the distills up on hugging face": where it is offered ("on par with" is no place). */
const OFFERED_ON =
	/^((is|are) (it|they|r1|v3|o1|o3|the \S+)( \S+)? (on|up on|available on|offered on|hosted on|in)|(r1|v3|o1|o3|deepseek)( \S+)? (on|up on|available on|offered on|hosted on)|(can|could) (i|we|you|u) (get|use|find|access|try) (it|them|r1|v3|o1|o3|deepseek|the \S+)( \S+){0,2} (on|via|through)) (?!par\b)/;
/** "Does perplexity have r1": a place that offers the model (the subject is no model: "does r1 have…" is not). */
const OFFERED_BY =
	/^(does|do|did) (?!(r1|v3|o1|o3|it|they|the|this|that|deepseek|grpo)\b)\S+( \S+)? (have|has|offer|offers|host|hosts|support|supports|carry|serve)( the full| full)? (r1|v3|o1|o3|deepseek)\b/;
const ORIGIN = /\bwhere (does|did|do)( \S+){1,4} (come|came) from\b/;
const RELEASES_IN_ORDER =
	/\b(releases?|released|launches|launched|versions|models)\b.*\b(in order|chronological(ly)?|timeline|sequence)\b|\b(in order|chronological(ly)?) (of )?(release|launch)/;
const SCORE =
	/\b(scores?|scored|scoring|benchmarks?|pass 1|rating|rated|elo|percentile|perform|performance|performs|performed|results?|accuracy|points|how (good|well|strong)|numbers)\b/;
const DIFFERENCE =
	/\b(vs|versus|diff|diffs|differ|differs|difference|differences|different|compare|compared|comparison|contrast|better|worse|best|worst|beat|beats|outperforms?|outscores?|stronger|weaker|higher|lower|cheaper|pricier|costlier|bigger|smaller|larger|faster|slower|newer|older|more expensive|same (as|thing|like)|worth (it )?over|worth (the )?upgrade|upgrade (from|over)|gain|gains|gap|going from|similar|alike|like (it|r1|v3|o1|o3|the other) (does|do|did)|which one|or)\b/;
const EXPLICIT_COMPARISON =
	/\b(vs|versus|diff|differ|differs|difference|differences|compare|compared|comparison|different (from|than|to))\b/;
/**
 * "When" asks a time where it opens the question or a clause that asks ("so when did…", "when is it out", "…out
 * when"); anywhere else it opens a condition ("who judges the answers when theres no rule", "best temp when coding").
 */
const WHEN =
	/^when\b(?! (theres|there|you|u|i|we|its|it is|training|trained|using|asked|asking|given))|\bwhen (did|was|were|is|are|will|does|do|can|could|should|has|have|would|exactly)\b|\bwhen$|\b(what year|which year|what date|which date|what day|what month|release date|released|release|come out|came out|launched?|announced?|published|dates?|how long ago|how old|timeline)\b/;
const QUANTITY = /\b(how (many|much|big|large|long|huge)|size|sizes|number of|count(?! as)|amount)\b/;
/** What is done to measure or use something, asked with "how". */
const METHOD =
	/\b(calculated?|computed?|measured?|measures|evaluated?|evaluate|run|ran|tested|graded?|defined|define|phrase|word|read|interpret|set up|scored by|counted|keeps?|kept|avoids?|contaminat\w*|chosen|picked|selected|(does|do)( \S+){1,3} work)\b/;
const HOW_GOOD = /\bhow (good|well|high|strong|much|many|far|big|bad)\b/;
const HOW_LONG = /\bhow long\b/;
/** "How many contests …", "how many problems …" (asked first): a count; "how many points" is a score. */
const HOW_MANY_THINGS = /^(?:\S+ ){0,2}how many (?!points?\b|percent|marks?\b)\w/;
const NAME_ASKED =
	/\b((whats|what is|what s) (it|that|this|that thing|this thing) (called|named)|(whats|what is) the (name|term|word|technical term)( for (it|that|this))?|what do (you|they|we|u|people) call|is there a (name|term|word) for|(whats|what is|what s) (that|this|it) (even )?called)\b|\bcalled$/;
/** "The thing where", "the part where": a relative clause describing something, not a question of place. */
const RELATIVE_WHERE =
	/\b(thing|things|part|step|stage|bit|one|trick|method|idea|concept|process|technique|phase) where\b/g;
/** "Why would anyone still pick v3 over r1", "why use r1 instead of o1": a choice between two. */
/**
 * "Whats the technical reason", "what was their reasoning", "like whats going on inside": the student asks for the
 * reason itself, which a line restating what happened does not give.
 */
export const INSISTS_ON_REASON =
	/\b(technical(ly)? (reason|why)|technically why|(actual|real|official|exact|business|underlying) reasons?|reasons? (behind|given)|reasoning behind|(what was|whats|what is) their reasoning|(whats|what is|explain) the mechanism|mechanism behind|going on inside|under the hood|what exactly made|why exactly)\b/;
/** "Why would anyone pick", "why use": a reason to choose one. */
export const WHY_CHOOSE =
	/\bwhy (would|should|do|does|might|did|will)?( \S+){0,3} (pick|choose|use|prefer|go with|want|take|select)\b/;
const WHY_PICK = new RegExp(String.raw`${WHY_CHOOSE.source}.*\b(over|instead of|rather than|and not)\b`);
const LIMIT = /\b(max|maximum|limit|limits|at most|up to)\b/;
/** Things counted, a quantity question unless it asks yes or no ("does o1 show its reasoning tokens"). */
const COUNTED_THINGS = /\b(parameters|params|tokens|billion|samples|examples|epochs)\b/;
const WHY =
	/\b(why|what for|what (was|is|went) (actually |so |really )?(wrong|the problem|the issue) with|reasons?|point of|bother|purpose|motivation|how come|whats the point|rationale|cause|(its|the|their|main) (goal|aim)|whats (it|that|this) for$|what (is|are) (it|that|this|they) for$)\b/;
const IMPACT =
	/\b(replace|replacing|replaced|replacement|jobs?|careers?|future|society|humanity|humans?|people|workers|world|matters?|important|importance|significance|significant|impact|affect|affects|effect|effects|influence|influenced|takeaway|normal (person|people|ppl|users?)|regular (person|people|ppl|users?)|average (person|user)|school|schools|education|classroom|mean for|means for|for me|for us|for you|everyday|daily life|big deal|hype|change everything|should i care|why care|cure|cures|curing|diseases?|medicine|medical|doctors?|climate|poverty|breakthroughs?)\b/;
/** Why something matters, as opposed to the reason for it. */
const MATTERS =
	/\b(matter|matters|mattered|big deal|important|importance|significant|significance|hyped?|hyping|game ?changer)\b/;
/** How to set up or prompt a model: sampling settings, prompts. */
const USAGE =
	/\b(temp|temps|temperature|top p|settings?|config|configure|system prompt|few ?shot|prompt (it|r1|them)|word (the|my) prompt|how should i (word|prompt|phrase|ask|set)|(force|get|make) (it|r1|the model|him)( to)?( \S+)? (think|reason|answer|show|start))\b/;
/** "How should i phrase maths questions", "best temp for r1": how to prompt or set up a model. */
export function asksUsage(text: string): boolean {
	return USAGE.test(text);
}

const HOW =
	/\b(how (does|do|did|is|are|was|were|can|could|would)|how (they|you|u|we|it) (\S+ )?(built|build|made|make|trained|train|work|works|worked|do|did|got|get|created|create)|how (the |a |an |their |its )?\S+( \S+)? (is|are|was|were|gets?|got) (\S+ed|\S+en|run|made|built|done|set up)|works?|worked|working|mechanism|process|under the hood|in practice|step by step)\b/;

/**
 * The plain words the rules read ("charge", "laptop", "cheaper"): real words of a question, never typos to be
 * "corrected" into knowledge words ("charge" is not "change"). Fragments of patterns ("licen" of "licen[cs]e") are
 * left out.
 */
export function ruleWords(): string[] {
	const patterns = [
		ELI5,
		NEWCOMER,
		CLAIM_SOURCE,
		CLAIM_JUDGED,
		CLAIM_CREDITED,
		NOTHING_CREDITED,
		CLAIM_TAG,
		OWN_CLAIM_TAG,
		OR_NOT,
		IS_IT_TRUE,
		ORDER_ASK,
		ORDER_CONTEXT,
		LICENCE,
		OFFERED_ON,
		OFFERED_BY,
		ORIGIN,
		RELEASES_IN_ORDER,
		ELI5_AUDIENCE,
		BEFORE_LAST,
		PLACE,
		BONUS_LEFT_OUT,
		COST,
		WHERE,
		SCORE,
		DIFFERENCE,
	]
		.concat([WHEN, QUANTITY, METHOD, HOW_GOOD, LIMIT, COUNTED_THINGS, WHY, MATTERS, IMPACT, USAGE, HOW])
		.concat(ORDER_DIRECTION.map(([, pattern]) => pattern));
	return patternWords(patterns);
}

function patternWords(patterns: readonly RegExp[]): string[] {
	return patterns.flatMap((pattern) =>
		[...pattern.source.matchAll(/(?<![a-z\\[\]])[a-z]{3,}(?![a-z[?])/g)].map((match) => match[0]),
	);
}

/** The words that ask what something means or why it matters ("impact", "hyped", "big deal"), not what about. */
export function impactWords(): string[] {
	return patternWords([IMPACT, MATTERS]);
}

/** The place a stage is named by ("the third step", "second to last if you skip the bonus"), if any. */
export function stagePosition(text: string): StagePosition | undefined {
	const skipsBonus = BONUS_LEFT_OUT.test(text);
	if (BEFORE_LAST.test(text)) return { from: 'end', offset: 1, among: undefined, skipsBonus };
	const place = PLACE.exec(text);
	const ordinal = place?.[1];
	if (ordinal === undefined) return undefined;
	const qualifier = place?.[3];
	const among = qualifier === 'rl' || qualifier === 'sft' ? qualifier : undefined;
	const from = ordinal === 'last' || ordinal === 'final' ? 'end' : 'start';
	return { from, offset: ORDINALS[ordinal] ?? 0, among, skipsBonus };
}

/**
 * A claim put up to be checked: the article credited with it and judged ("is the article right…"), or asked about
 * yes or no ("does the article really say…"), or the claim said outright with a tag ("…, true?"). Naming the article
 * is not enough: "what does the article say about cities", "v3's score? the article doesn't mention it" are asked of
 * our sources.
 */
function checksClaim(text: string): boolean {
	if (IS_IT_TRUE.test(text)) return true;
	if (!CLAIM_SOURCE.test(text)) return false;
	if (CLAIM_JUDGED.test(text) || CLAIM_TAG.test(text) || (YES_NO.test(text) && OR_NOT.test(text))) return true;
	const credited = CLAIM_CREDITED.test(text) && !NOTHING_CREDITED.test(text);
	return credited && (YES_NO.test(text) || STARTS_WITH_CLAIM.test(text));
}

/**
 * A student's own claim with a tag ("r1 shows its thinking but o1 hides it, true?"): the fact check builder answers
 * it only with an article claim that says the same thing. "Which one is right" asks, it claims nothing.
 */
function ownClaim(text: string): string | undefined {
	if (CLAIM_SOURCE.test(text)) return undefined;
	// "Is it true that r1 is bigger than r1-zero": the claim follows the question that puts it up.
	const put = CLAIM_PUT_FIRST.exec(text);
	if (put) return text.slice(put[0].length).trim() || undefined;
	if (ASKS.test(text) || YES_NO.test(text) || !OWN_CLAIM_TAG.test(text)) return undefined;
	return text.replace(OWN_CLAIM_TAG, '').trim();
}

/** "The first step" and the plain "last step" read as before; any other place is a stage `at` it. */
function placeDirection(position: StagePosition): OrderDirection {
	const plain = position.among === undefined && !position.skipsBonus && position.offset === 0;
	if (plain) return position.from === 'start' ? 'first' : 'last';
	return 'at';
}

/**
 * The small, ordered rule set: the first rule that fires decides. A newcomer asking ("im new to this") wants plain
 * words, unless they ask something more specific than what a thing is ("why did mcts fail, im new to this").
 */
export function readIntent(input: IntentInput): IntentReading {
	const reading = readRules(input);
	return reading.intent === 'definition' && NEWCOMER.test(input.text) ? { ...reading, intent: 'eli5' } : reading;
}

/** "The part where they toss the bad answers, whats it called": the name of what is described is asked. */
export function asksName(text: string): boolean {
	return NAME_ASKED.test(text);
}

function readRules(input: IntentInput): IntentReading {
	const { text, namedKinds, namesBenchmark } = input;
	const reading = (
		intent: Intent,
		extra: { direction?: OrderDirection; access?: AccessKind; position?: StagePosition } = {},
	): IntentReading => ({
		intent,
		direction: extra.direction,
		access: extra.access,
		...(extra.position ? { position: extra.position } : {}),
	});
	const models = namedKinds.filter((kind) => kind === 'model').length;
	if (ELI5.test(text) || ELI5_AUDIENCE.test(text)) return reading('eli5');
	// (A name given is what is asked about: "whats the 2nd step called" is found by the order builder.)
	if (NAME_ASKED.test(text) && namedKinds.length === 0 && !stagePosition(text)) return reading('definition');
	const claim = ownClaim(text);
	if (claim) return { ...reading('factcheck'), ownClaim: readIntent({ ...input, text: claim }) };
	if (checksClaim(text)) return reading('factcheck');
	// "In the last RL stage, how do they reward…", "does the final stage also…" name a stage by its place but ask
	// something else: not order questions.
	// "cold start sft vs the rejection sampling sft … besides the order": two named stages compared, not ordered.
	const [firstKind, secondKind] = namedKinds;
	const twoOfAKind = firstKind !== undefined && firstKind === secondKind;
	if (twoOfAKind && firstKind === 'stage' && EXPLICIT_COMPARISON.test(text)) return reading('difference');
	const asksOrder =
		ORDER_ASK.test(text) || !(HOW.test(text) || WHY.test(text) || YES_NO.test(text) || ASKS_ABOUT_IT.test(text));
	if (namedKinds.includes('stage') || ORDER_CONTEXT.test(text)) {
		// "In the third step, what do they reward", "whats the second to last step": the place names the stage, so
		// the order builder finds it, then answers what is asked about it (a why or a yes/no is asked of the stage
		// by name). The place's own words ("next to last", "before last") are no direction.
		const position = stagePosition(text);
		if (BEFORE_OR_AFTER.test(text))
			return reading('order', { direction: 'relative', ...(position ? { position } : {}) });
		const unplaced = text.replace(BEFORE_LAST, ' ').replace(PLACE, ' ');
		const neighbour = ORDER_DIRECTION.find(
			([direction, pattern]) => (direction === 'next' || direction === 'previous') && pattern.test(unplaced),
		)?.[0];
		if (position && !WHY.test(text) && !YES_NO.test(text))
			return reading('order', { direction: neighbour ?? placeDirection(position), position });
		const direction = ORDER_DIRECTION.find(([, pattern]) => pattern.test(text))?.[0];
		if (direction && asksOrder) return reading('order', { direction });
	}
	// "Where does grpo come from": its origin, not a place to get it; the origin of a figure ("where does the 6.5x
	// number come from") is how it was reached.
	// Where data came from ("where did the cold start examples come from") is how it was collected.
	if (ORIGIN.test(text))
		return reading(
			/(^| )\d[\d.]*x?( |$)|\b(number|figure|stat|claim)\b/.test(text)
				? 'why'
				: /\b(data|dataset|examples|samples)\b/.test(text)
					? 'how'
					: 'definition',
		);
	// "List the openai reasoning releases in order": the release timeline, not the training stages.
	if (RELEASES_IN_ORDER.test(text)) return reading('when');
	if (LICENCE.test(text)) return reading('access', { access: 'licence' });
	if (OFFERED_BY.test(text)) return reading('access', { access: 'where' });
	if (OFFERED_ON.test(text) && namedKinds.every((kind) => kind === 'model' || kind === 'resource'))
		return reading('access', { access: 'where' });
	const why = WHY.test(text);
	// "How is pass@1 calculated", "how did they run swe-bench", "how should i phrase maths questions": how a benchmark
	// is measured or a model is used, not what it scored. ("Why does deepseek say dont use a system prompt" asks why.)
	const asksWhyFirst = /^why\b/.test(text);
	if (!asksWhyFirst && (USAGE.test(text) || (HOW.test(text) && METHOD.test(text) && !HOW_GOOD.test(text))))
		return reading('how');
	// "Max tokens r1 could generate in the benchmark runs": a limit counted, not a score.
	if (LIMIT.test(text) && COUNTED_THINGS.test(text)) return reading('quantity');
	// "Frames benchmark = ?", "codeforces is a benchmark or a website?": the word "benchmark" alone asks what it is.
	const scoreWords = SCORE.test(text.replace(/\bbenchmarks?\b/g, ' '));
	// "How many codeforces contests were used to rate r1": things counted on a benchmark, not its score.
	if (HOW_MANY_THINGS.test(text) && !why) return reading('quantity');
	// "How long are r1's summaries on arenahard": a length measured on a benchmark, not its score.
	if (namesBenchmark && !why && !HOW_LONG.test(text) && (models > 0 || scoreWords)) return reading('score');
	// "They used a process reward model to score each step": a method named scores something, it has no score.
	const namesMethodOrStage = namedKinds.some((kind) => kind === 'stage' || kind === 'concept');
	if (models > 0 && !why && SCORE.test(text) && !(namesMethodOrStage && !namesBenchmark)) return reading('score');
	// "r1 or v3", "qwen 7b vs llama 8b": two of a kind; "grpo … or … r1" is not a comparison. Before cost: "r1 vs o1
	// cost" compares the two on cost.
	if (twoOfAKind && !why && DIFFERENCE.test(text)) return reading('difference');
	// "Why is grpo cheaper than ppo": the reason a method is cheaper, not a price.
	if (COST.test(text) && !(why && namesMethodOrStage)) return reading('access', { access: 'cost' });
	// "Why does r1 matter", "why is it a big deal that they distilled it": why a model matters is its impact; why a
	// method or stage matters ("why is the cold start important") is a reason.
	const namesMethod = namedKinds.some((kind) => kind === 'stage' || kind === 'concept');
	// "Why would i pick v3 over r1": what each is better at, a comparison of the two.
	if (twoOfAKind && firstKind === 'model' && WHY_PICK.test(text)) return reading('difference');
	if (why && MATTERS.test(text) && !namesMethod) return reading('impact');
	if (why) return reading('why');
	if (twoOfAKind && DIFFERENCE.test(text)) return reading('difference');
	if (EXPLICIT_COMPARISON.test(text)) return reading('difference');
	// "Best temp for r1", "what settings should i use": how to use it, not a figure counted.
	if (USAGE.test(text)) return reading('how');
	if (/\bhow (many|much)\b/.test(text)) return reading('quantity');
	if (WHEN.test(text)) return reading('when');
	// "The thing where a big model writes data for a small one": a description, not a place.
	if (WHERE.test(text.replace(RELATIVE_WHERE, ' ')) && !WHY.test(text)) return reading('access', { access: 'where' });
	// "How did they grade samples…" asks how, not how many.
	if (QUANTITY.test(text) || (COUNTED_THINGS.test(text) && !YES_NO.test(text) && !HOW.test(text)))
		return reading('quantity');
	if (IMPACT.test(text)) return reading('impact');
	if (HOW.test(text)) return reading('how');
	return reading('definition');
}
