import { escapeMarkdown } from 'discord.js';
import type { Topic } from '../knowledge/types.js';
import { truncate } from './limits.js';

/** Messages for text that names no topic or model: always with something to try instead. */

const QUERY_LENGTH = 100;

function quoted(query: string): string {
	return `'${escapeMarkdown(truncate(query.replace(/\s+/g, ' ').trim(), QUERY_LENGTH))}'`;
}

function listTitles(topics: readonly Topic[]): string {
	const titles = topics.map((topic) => `**${escapeMarkdown(topic.title)}**`);
	if (titles.length <= 1) return titles.join('');
	return `${titles.slice(0, -1).join(', ')} or ${titles.at(-1) ?? ''}`;
}

export function unknownTopicMessage(query: string, suggestions: readonly Topic[]): string {
	if (suggestions.length === 0) {
		return `No topic ${quoted(query)}. Try \`pipeline\` for the training stages, or pick a topic from the list as you type.`;
	}
	return `No topic ${quoted(query)}. Did you mean ${listTitles(suggestions)}?`;
}

export function unknownModelMessage(query: string, suggestions: readonly Topic[]): string {
	return `No model ${quoted(query)}. Did you mean ${listTitles(suggestions)}?`;
}

export function notAModelMessage(topic: Topic, suggestions: readonly Topic[]): string {
	return (
		`**${escapeMarkdown(topic.title)}** is not a model, so /compare cannot use it (try /explain for it). ` +
		`Models to compare: ${listTitles(suggestions)}.`
	);
}

export function sameModelMessage(topic: Topic, others: readonly Topic[]): string {
	const title = `**${escapeMarkdown(topic.title)}**`;
	return `Both choices are ${title}: pick two different models, e.g. ${title} and ${listTitles(others)}.`;
}
