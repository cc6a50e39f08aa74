import { INSISTS_ON_REASON, type Intent } from './intent.js';
import { askedTerms, type Question, type QuestionReader } from './question.js';
import { stem } from './text.js';

/**
 * Where one message asks a second question: after a question mark ("what base model is the 14b built on? and the
 * 8b one?"), or at "and" before an asking word ("o3-mini release date and where could you use it").
 */
const SPLIT_POINTS =
	/\?+\s+|(?:,?\s+and(?:\s+also)?|,\s+(?:also|plus))\s+(?=(?:when|where|what|whats|how|why|which|who|is|are|does|do|did|can|could|will)\b)/gi;
/** "The difference between what the article calls step 5 and what the paper calls it": one question. */
const COMPARES = /\b(between|diff|difference|differences|vs|versus|compare|compared|comparison)\b/i;
/** A second part that points back at the first ("does it beat o1-mini there"). */
const POINTS_BACK = /\b(it|its|they|them|their|there|that|this|those|these|one|ones)\b/i;
/** Split points tried, first first: a message asks its second question early. */
const MAX_SPLIT_POINTS = 3;
/** Words that open a follow-up without asking anything of their own. */
const OPENING = /^(?:and|also|plus|so|but|like|ok|okay|then)\b[\s,]*/i;
/** A second part of this many words or fewer that names a thing and asks nothing new: "and the 8b one?". */
const ELLIPTICAL_WORDS = 5;
/** Kinds of question a short second part asks on its own ("and where can i use it"). */
const CONCRETE_INTENTS: ReadonlySet<Intent> = new Set(['when', 'access', 'quantity', 'score', 'order', 'definition']);
/**
 * Second parts that only press the first ("whats the technical reason", "true?", "is that cap", "sounds fake"):
 * their asked terms are among these.
 */
const PRESSING = new Set(
	[
		'reason',
		'technical',
		'technically',
		'mechanism',
		'actual',
		'actually',
		'real',
		'really',
		'exactly',
		'different',
		'difference',
		'differ',
		'true',
		'right',
		'legit',
		'cap',
		'fake',
		'sound',
		'mean',
		'explain',
		'detail',
		'example',
		'simple',
		'word',
		'given',
		'business',
		'source',
		'sure',
		'correct',
		'wrong',
	].map(stem),
);

/**
 * The questions one message asks. `again` is the first question asked again of another thing ("…? and the 8b
 * one?": answer both apart); otherwise `second` is a question of its own, readable alone, that the message asks
 * after the first. Undefined when it asks one question (however long).
 */
export interface QuestionParts {
	readonly first: string;
	readonly second: string;
	readonly again: boolean;
}

export function questionParts(raw: string, read: QuestionReader): QuestionParts | undefined {
	// Each split point tried costs two readings: a paste of "what? what? what? …" must not cost hundreds.
	let tried = 0;
	for (const point of raw.matchAll(SPLIT_POINTS)) {
		if (++tried > MAX_SPLIT_POINTS) break;
		const first = raw.slice(0, point.index).trim();
		const second = raw
			.slice(point.index + point[0].length)
			.replace(/[?!.\s]+$/, '')
			.replace(OPENING, '')
			.trim();
		if (first.split(/\s+/).length < 3 || second.split(/\s+/).length < 2) continue;
		if (!point[0].includes('?') && COMPARES.test(first)) continue;
		const parts = asTwoQuestions(read(first), read(second));
		if (parts) return parts;
	}
	return undefined;
}

function asTwoQuestions(first: Question, second: Question): QuestionParts | undefined {
	// "What exactly made it cheaper?": the first question pressed, not a second one.
	if (INSISTS_ON_REASON.test(second.words.join(' '))) return undefined;
	const firstNames = new Set(first.topics);
	const newNames = second.topics.filter((topic) => !firstNames.has(topic));
	const firstTerms = new Set(first.terms);
	const newTerms = askedTerms(second).filter((term) => !firstTerms.has(term) && !PRESSING.has(term));
	// "and the 8b one?": the first question again, about the newly named thing.
	if (second.words.length <= ELLIPTICAL_WORDS && newNames.length > 0 && newTerms.length === 0) {
		const replaced = first.entities.find((entity) => entity.topic.kind === newNames[0]?.kind);
		const named = second.entities.find((entity) => entity.topic === newNames[0]);
		if (!replaced || !named) return undefined;
		const words = [
			...first.words.slice(0, replaced.start),
			...second.words.slice(named.start, named.end),
			...first.words.slice(replaced.end),
		];
		return { first: first.raw, second: words.join(' '), again: true };
	}
	const asksAnew =
		newNames.length > 0
			? newTerms.length > 0 || second.intent.intent !== first.intent.intent
			: newTerms.length >= 2 ||
				(newTerms.length >= 1 &&
					second.intent.intent !== first.intent.intent &&
					CONCRETE_INTENTS.has(second.intent.intent));
	if (!asksAnew) return undefined;
	// "and where could you use it": "it" is what the first part named.
	if (first.entities.length === 0 || (second.topics.length > 0 && !POINTS_BACK.test(second.raw)))
		return { first: first.raw, second: second.raw, again: false };
	// ("r1 aime score, and how many parameters does it have": "it" is the model, not the benchmark.)
	const models = first.entities.filter((entity) => entity.topic.kind === 'model');
	const names = (models.length > 0 ? models : first.entities).flatMap((entity) =>
		first.words.slice(entity.start, entity.end),
	);
	return { first: first.raw, second: `${second.raw} ${names.join(' ')}`, again: false };
}
