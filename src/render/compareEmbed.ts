import { ActionRowBuilder, ButtonBuilder, ButtonStyle, EmbedBuilder } from 'discord.js';
import type { APIEmbedField } from 'discord.js';
import { MODEL_ASPECTS } from '../knowledge/types.js';
import type { FactCheck, KnowledgeBase, ModelAspect, ModelAttribute, Topic } from '../knowledge/types.js';
import { factCheckField } from './factCheck.js';
import { LIMITS, truncate } from './limits.js';
import { comparisonChart } from './pictures/benchmarkCharts.js';
import { compareChartButtonId } from './pictures/pictureIds.js';

export interface CompareMessage {
	readonly embeds: EmbedBuilder[];
	readonly components: ActionRowBuilder<ButtonBuilder>[];
	readonly allowedMentions: { readonly parse: [] };
}

/** The side-by-side embed, and a "📊 Chart" button when the two share benchmark figures (drawn only when pressed). */
export function renderCompareMessage(first: Topic, second: Topic, knowledge: KnowledgeBase): CompareMessage {
	const chart = comparisonChart(knowledge, first, second);
	const button = new ButtonBuilder()
		.setCustomId(compareChartButtonId(first.id, second.id))
		.setStyle(ButtonStyle.Secondary)
		.setLabel('📊 Chart');
	return {
		embeds: [renderCompareEmbed(first, second)],
		components: chart ? [new ActionRowBuilder<ButtonBuilder>().addComponents(button)] : [],
		allowedMentions: { parse: [] },
	};
}

export const ASPECT_LABELS: Readonly<Record<ModelAspect, string>> = {
	whatItIs: 'What it is',
	baseAndSize: 'Base model and size',
	training: 'Training approach',
	strengths: 'Strengths',
	benchmarks: 'Benchmark results',
	cost: 'Relative cost',
	availability: 'Availability',
};

export const NOT_STATED = '_Not stated in the sources_';
const SOURCES_LENGTH = 240;

/** One row per aspect with both models side by side and the sources, then the fact checks both models share. */
export function renderCompareEmbed(first: Topic, second: Topic): EmbedBuilder {
	const aspectFields = MODEL_ASPECTS.map((aspect) => aspectField(aspect, first, second));
	const checks = sharedFactChecks(first, second).map(factCheckField);
	const title = truncate(`${first.title} vs ${second.title}`, LIMITS.embedTitle);
	const footer = `/explain topic: ${first.id} or ${second.id} for the details`;
	const fixed = title.length + footer.length + fieldsLength(aspectFields);
	// The aspects always fit; fact checks are added while there is room, and what is left out is said, not hidden.
	const shown: APIEmbedField[] = [];
	for (const check of checks) {
		if (fixed + fieldsLength([...shown, check]) > LIMITS.embedTotal - 200) break;
		shown.push(check);
	}
	const hidden = checks.length - shown.length;
	const description =
		hidden > 0
			? `Side by side from the knowledge file. ${hidden} more fact check${hidden === 1 ? '' : 's'}: see /explain.`
			: 'Side by side from the knowledge file.';
	// Built from data rather than setters, which re-validate on every reply; the limits are enforced above.
	return new EmbedBuilder({
		title,
		description,
		fields: [...aspectFields, ...shown].slice(0, LIMITS.embedFields),
		footer: { text: truncate(footer, LIMITS.footer) },
	});
}

function aspectField(aspect: ModelAspect, first: Topic, second: Topic): APIEmbedField {
	const a = first.attributes?.[aspect] ?? null;
	const b = second.attributes?.[aspect] ?? null;
	const labels = [...new Set([a, b].flatMap((attribute) => attribute?.sources.map((source) => source.label) ?? []))];
	const sources = labels.length > 0 ? `\n_Sources: ${truncate(labels.join('; '), SOURCES_LENGTH)}_` : '';
	const heads = [`**${first.title}:** `, `\n**${second.title}:** `];
	// Each model gets half of what the names and sources leave, so one long text cannot crowd out the other.
	const room = Math.floor((LIMITS.fieldValue - sources.length - heads.join('').length) / 2);
	return {
		name: ASPECT_LABELS[aspect],
		value: `${heads[0] ?? ''}${attributeText(a, room)}${heads[1] ?? ''}${attributeText(b, room)}${sources}`,
	};
}

function attributeText(attribute: ModelAttribute | null, room: number): string {
	return attribute ? truncate(attribute.text, room) : NOT_STATED;
}

/** Fact checks on both topics: the ones about how the two relate (size, recipes, price). */
function sharedFactChecks(first: Topic, second: Topic): FactCheck[] {
	const secondIds = new Set(second.factChecks.map((check) => check.id));
	return first.factChecks.filter((check) => secondIds.has(check.id));
}

function fieldsLength(fields: readonly APIEmbedField[]): number {
	return fields.reduce((sum, field) => sum + field.name.length + field.value.length, 0);
}
