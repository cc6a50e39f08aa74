import type { Topic } from '../../knowledge/types.js';
import { composeAnswer, sourcesLabel, type QaAnswer } from '../answer.js';
import type { AnswerContext } from './context.js';

/** Events other than a first release ("o1 full release or o3 announcement"): the timeline answers those. */
const OTHER_EVENTS = /\b(full|announc\w*|preview|paper|arxiv|update|checkpoint)\b/;
/** "Which came first", "did r1 come out before v3", "is o3-mini newer than o1-mini". */
const ASKS_RELEASE_ORDER =
	/\b(came (out )?first|come (out )?first|comes first|released first|out first|first to (come out|release)|(came|come|released|launched) (out )?(before|after|earlier|later)|older|newer|earlier|which was first)\b/;

/** A release date as our notes word it: "released on 2024-12-26", "introduced 2024-09-12". */
const RELEASED = /\b(?:released|came out|launched|introduced|published)\b[^.;]*?\b((?:19|20)\d\d-\d\d-\d\d)\b/i;

/**
 * "What came first, o1 or v3", "did r1 come out before v3": two or more models (and no stage), in the order of their
 * release dates; undefined when the question asks no such order or a model's date is not in its own lines.
 */
export function releaseOrder(ctx: AnswerContext): QaAnswer | undefined {
	const models = ctx.question.topics.filter((topic) => topic.kind === 'model');
	if (models.length < 2 || ctx.question.topics.some((topic) => topic.kind === 'stage')) return undefined;
	const text = ctx.question.words.join(' ');
	if (!ASKS_RELEASE_ORDER.test(text) || OTHER_EVENTS.test(text)) return undefined;
	// "Why is r1 worse on simpleqa, isnt it the newer model": a reason asked, the order only argued with.
	if (ctx.question.intent.intent === 'why' || ctx.question.entities.some((entity) => entity.benchmark))
		return undefined;
	const dated = models.map((model) => ({ model, release: releaseOf(model) }));
	if (dated.some((each) => each.release === undefined)) return undefined;
	const ordered = dated
		.flatMap(({ model, release }) => (release ? [{ model, ...release }] : []))
		.sort((a, b) => a.date.localeCompare(b.date));
	const [first, ...later] = ordered;
	if (!first) return undefined;
	const lead = later.every((each) => each.date === first.date)
		? `${ordered.map((each) => `**${each.model.title}**`).join(' and ')} came out on the same day, ${first.date}.`
		: `**${first.model.title}** came first (${first.date})${later.map((each) => `, then **${each.model.title}** (${each.date})`).join('')}.`;
	return composeAnswer(
		'order',
		first.model,
		// Each model's line that gives its date follows with its own source (the footer lists each once).
		{ text: lead, source: first.source },
		ordered.map((each) => ({ text: `**${each.model.title}**: ${each.text}`, source: each.source })),
		{ direct: true },
	);
}

function releaseOf(model: Topic): { date: string; text: string; source: string } | undefined {
	// Its summary, then the attributes that carry dates, then its facts.
	const attributes = [model.attributes?.whatItIs, model.attributes?.availability].flatMap((attribute) =>
		attribute ? [{ text: attribute.text, source: sourcesLabel(attribute.sources) }] : [],
	);
	const lines = [
		{ text: model.summary, source: model.source.label },
		...attributes,
		...model.facts.map((fact) => ({ text: fact.text, source: fact.source.label })),
	];
	for (const line of lines) {
		const date = RELEASED.exec(line.text)?.[1];
		if (date) return { date, text: line.text, source: line.source };
	}
	return undefined;
}
