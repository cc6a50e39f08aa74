import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase, Topic } from '../../../src/knowledge/types.js';
import { renderCompareEmbed } from '../../../src/render/compareEmbed.js';
import { createKnowledgeViews } from '../../../src/render/knowledgeViews.js';
import { renderPipelineMessage } from '../../../src/render/pipelineMessage.js';
import { renderTopicMessage } from '../../../src/render/topicMessage.js';
import { loadRealKnowledge } from './knowledge.js';

let knowledge: KnowledgeBase;

beforeAll(async () => {
	knowledge = await loadRealKnowledge();
});

function topic(id: string): Topic {
	const found = knowledge.topics.find((candidate) => candidate.id === id);
	if (!found) throw new Error(`no topic ${id}`);
	return found;
}

/** What discord.js would send: builders turned into API JSON. */
function json(message: { embeds: { toJSON(): unknown }[]; components?: { toJSON(): unknown }[] }) {
	return {
		embeds: message.embeds.map((embed) => embed.toJSON()),
		components: (message.components ?? []).map((row) => row.toJSON()),
	};
}

describe('knowledge views', () => {
	it('gives the same reply as rendering afresh, for every topic, the pipeline and a comparison', () => {
		const views = createKnowledgeViews(knowledge);
		for (const each of knowledge.topics) {
			expect(json(views.topic(each))).toEqual(json(renderTopicMessage(each, knowledge)));
		}
		expect(json(views.pipeline())).toEqual(json(renderPipelineMessage(knowledge.stages())));
		const comparison = views.comparison(topic('deepseek-r1'), topic('deepseek-v3'));
		expect(json(comparison)).toEqual({
			embeds: [renderCompareEmbed(topic('deepseek-r1'), topic('deepseek-v3')).toJSON()],
			components: [],
		});
		expect(comparison.allowedMentions).toEqual({ parse: [] });
	});

	it('builds each reply once and hands out a new top-level object each time (discord.js writes into it)', () => {
		const views = createKnowledgeViews(knowledge);
		const first = views.topic(topic('cold-start-sft'));
		const second = views.topic(topic('cold-start-sft'));
		expect(second).not.toBe(first);
		expect(second.embeds[0]).toBe(first.embeds[0]);
		Object.assign(first, { attachments: [] });
		expect(views.topic(topic('cold-start-sft'))).not.toHaveProperty('attachments');
		expect(views.pipeline().embeds[0]).toBe(views.pipeline().embeds[0]);
	});

	it('keeps the order of a comparison: r1 against v3 is not v3 against r1', () => {
		const views = createKnowledgeViews(knowledge);
		const forward = views.comparison(topic('deepseek-r1'), topic('deepseek-v3')).embeds[0]?.toJSON();
		const backward = views.comparison(topic('deepseek-v3'), topic('deepseek-r1')).embeds[0]?.toJSON();
		expect(forward?.title).not.toEqual(backward?.title);
	});
});
