import { EmbedBuilder } from 'discord.js';
import type { APIEmbedField } from 'discord.js';
import type { Fact, Topic } from '../knowledge/types.js';
import { factCheckField } from './factCheck.js';
import { joinWithin, LIMITS, packWithin, truncate } from './limits.js';

export interface TopicEmbedOptions {
	/** Topics named in `topic.related`, in that order (unknown ids already dropped). */
	readonly related: readonly Topic[];
	/** For a stage: its position, shown above the title. */
	readonly stage?: { readonly position: number; readonly count: number };
}

/** Leaves room for the explanation even on topics with many facts and fact checks. */
const MIN_DESCRIPTION = 600;

/** Title, explanation, key facts with their sources, every fact check, related topics and "Source: …". */
export function renderTopicEmbed(topic: Topic, options: TopicEmbedOptions): EmbedBuilder {
	const footer = truncate(`Source: ${topic.source.label}`, LIMITS.footer);
	const author = options.stage
		? `Training stage ${options.stage.position} of ${options.stage.count}`
		: topic.later
			? 'A later development, after the article'
			: undefined;
	const title = truncate(topic.title, LIMITS.embedTitle);

	const checks = topic.factChecks.map(factCheckField);
	const fields: APIEmbedField[] = [];
	// A topic with many facts continues them in a second field rather than dropping the last ones.
	packWithin(topic.facts.map(factLine), '\n', LIMITS.fieldValue).forEach((value, index) =>
		fields.push({ name: index === 0 ? 'Key facts' : 'More key facts', value }),
	);
	fields.push(...checks);
	if (options.related.length > 0) {
		const names = options.related.map((related) => related.title);
		fields.push({ name: 'Related', value: joinWithin(names, ' · ', LIMITS.fieldValue) });
	}
	// Never expected with our knowledge (a test checks every topic), but an operator's article must not break the reply.
	const fixed = title.length + footer.length + (author?.length ?? 0);
	while (
		fields.length > 1 &&
		(fields.length > LIMITS.embedFields || fixed + fieldsLength(fields) > LIMITS.embedTotal - MIN_DESCRIPTION)
	) {
		fields.pop();
	}
	const room = Math.min(LIMITS.embedDescription, LIMITS.embedTotal - fixed - fieldsLength(fields));

	// Built from data: the setters re-validate each field with discord.js's validators on every reply (a hot path),
	// and the limits are already enforced above and tested for every topic.
	return new EmbedBuilder({
		title,
		description: joinWithin(topic.explanation, '\n\n', room) || topic.summary.slice(0, room),
		fields,
		footer: { text: footer },
		...(author ? { author: { name: author } } : {}),
	});
}

function factLine(fact: Fact): string {
	return `• ${fact.text}${fact.later ? ' _(later development)_' : ''} — _${fact.source.label}_`;
}

function fieldsLength(fields: readonly APIEmbedField[]): number {
	return fields.reduce((sum, field) => sum + field.name.length + field.value.length, 0);
}
