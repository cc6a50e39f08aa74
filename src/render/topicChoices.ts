import type { APIApplicationCommandOptionChoice } from 'discord.js';
import { PIPELINE_QUERY } from '../knowledge/topicQuery.js';
import type { Topic, TopicKind } from '../knowledge/types.js';
import { LIMITS, truncate } from './limits.js';

const KIND_LABELS: Readonly<Record<TopicKind, string>> = {
	stage: 'training stage',
	model: 'model',
	concept: 'concept',
	benchmark: 'benchmark',
	resource: 'resource',
	'article-section': 'article',
};

const MAX_CHOICES = 25;

/** Autocomplete choices: the name says what the topic is, the value is its id (which `get` resolves exactly). */
export function renderTopicChoices(
	topics: readonly Topic[],
	options: { readonly pipeline?: boolean } = {},
): APIApplicationCommandOptionChoice<string>[] {
	const choices = topics
		.filter((topic) => topic.id.length <= LIMITS.choiceValue)
		.map((topic) => ({
			name: truncate(
				`${topic.title} · ${KIND_LABELS[topic.kind]}${topic.order !== null && topic.kind === 'stage' ? ` ${topic.order}` : ''}`,
				LIMITS.choiceName,
			),
			value: topic.id,
		}));
	const pipeline = { name: 'Training pipeline · all stages in order', value: PIPELINE_QUERY };
	return (options.pipeline ? [pipeline, ...choices] : choices).slice(0, MAX_CHOICES);
}
