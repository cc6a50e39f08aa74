import { beforeAll, describe, expect, it } from 'vitest';
import type { PreparedReply } from '../../../src/core/preparedReply.js';
import type { KnowledgeBase, Topic } from '../../../src/knowledge/types.js';
import { createQaEngine } from '../../../src/qa/engine.js';
import { renderKnowledgeAnswer } from '../../../src/render/askAnswer.js';
import { renderCompareMessage } from '../../../src/render/compareEmbed.js';
import { createKnowledgeViews, type View } from '../../../src/render/knowledgeViews.js';
import { renderPipelineMessage } from '../../../src/render/pipelineMessage.js';
import { renderTopicChoices } from '../../../src/render/topicChoices.js';
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

interface Encodable {
	toJSON(): unknown;
}

/** What discord.js would send for these options. */
function json(message: { embeds: readonly Encodable[]; components?: readonly Encodable[] }) {
	return {
		embeds: message.embeds.map((embed) => embed.toJSON()),
		components: (message.components ?? []).map((row) => row.toJSON()),
	};
}

/** As it goes over the wire: JSON drops undefined fields. */
function wire(value: unknown): unknown {
	return JSON.parse(JSON.stringify(value));
}

/** A prepared response's bytes, parsed back. */
function parsed(prepared: PreparedReply): unknown {
	return JSON.parse(prepared.body.toString('utf8'));
}

function sent(view: View<unknown>): unknown {
	return parsed(view.reply);
}

describe('knowledge views', () => {
	it('gives the same message as rendering afresh, for every topic, the pipeline and a comparison', () => {
		const views = createKnowledgeViews(knowledge);
		for (const each of knowledge.topics) {
			expect(json(views.topic(each).message())).toEqual(json(renderTopicMessage(each, knowledge)));
		}
		expect(json(views.pipeline().message())).toEqual(json(renderPipelineMessage(knowledge.stages())));
		const comparison = views.comparison(topic('deepseek-r1'), topic('deepseek-v3')).message();
		expect(json(comparison)).toEqual(json(renderCompareMessage(topic('deepseek-r1'), topic('deepseek-v3'), knowledge)));
		// R1 and V3 share benchmark figures: the reply carries the "📊 Chart" button, nothing drawn yet.
		expect(json(comparison).components).toEqual([
			{ type: 1, components: [expect.objectContaining({ custom_id: 'compare:chart:deepseek-r1:deepseek-v3' })] },
		]);
		expect(comparison.allowedMentions).toEqual({ parse: [] });
	});

	it('prepares each first reply as a channel message with no mentions, holding exactly that message', () => {
		const views = createKnowledgeViews(knowledge);
		const stage = topic('cold-start-sft');
		expect(sent(views.topic(stage))).toEqual(
			wire({ type: 4, data: { ...json(renderTopicMessage(stage, knowledge)), allowed_mentions: { parse: [] } } }),
		);
		expect(sent(views.pipeline())).toEqual(
			wire({ type: 4, data: { ...json(renderPipelineMessage(knowledge.stages())), allowed_mentions: { parse: [] } } }),
		);
		const comparison = sent(views.comparison(topic('deepseek-r1'), topic('deepseek-v3')));
		expect(comparison).toMatchObject({
			type: 4,
			data: { allowed_mentions: { parse: [] }, components: [{ components: [{ label: '📊 Chart' }] }] },
		});
	});

	it('builds each view once and hands out a new top-level message each time (discord.js writes into it)', () => {
		const views = createKnowledgeViews(knowledge);
		const view = views.topic(topic('cold-start-sft'));
		expect(views.topic(topic('cold-start-sft'))).toBe(view);
		const first = view.message();
		const second = view.message();
		expect(second).not.toBe(first);
		expect(second.embeds[0]).toBe(first.embeds[0]);
		Object.assign(first, { attachments: [] });
		expect(view.message()).not.toHaveProperty('attachments');
		expect(views.pipeline()).toBe(views.pipeline());
	});

	it('keeps the order of a comparison: r1 against v3 is not v3 against r1', () => {
		const views = createKnowledgeViews(knowledge);
		const forward = views.comparison(topic('deepseek-r1'), topic('deepseek-v3')).message().embeds[0]?.toJSON();
		const backward = views.comparison(topic('deepseek-v3'), topic('deepseek-r1')).message().embeds[0]?.toJSON();
		expect(forward?.title).not.toEqual(backward?.title);
	});

	it('prepares autocomplete choices per typed text: topics with the pipeline for /explain, models for /compare', () => {
		const views = createKnowledgeViews(knowledge);
		const topics = knowledge.search('rej', { limit: 25 }).map((hit) => hit.topic);
		expect(parsed(views.topicChoices('rej'))).toEqual({ type: 8, data: { choices: renderTopicChoices(topics) } });
		const pipeline = parsed(views.topicChoices('pipe')) as { data: { choices: { value: string }[] } };
		expect(pipeline.data.choices[0]?.value).toBe('pipeline');
		const models = parsed(views.modelChoices('deep')) as { data: { choices: { value: string }[] } };
		expect(models.data.choices.length).toBeGreaterThan(1);
		const modelIds = new Set(knowledge.topics.filter((each) => each.kind === 'model').map((each) => each.id));
		expect(models.data.choices.every((choice) => modelIds.has(choice.value))).toBe(true);
		expect(views.topicChoices('rej')).toBe(views.topicChoices('rej'));
		expect(views.modelChoices('rej')).not.toBe(views.topicChoices('rej'));
	});

	it('prepares /ask knowledge answers once each, as renderKnowledgeAnswer would send them', () => {
		const views = createKnowledgeViews(knowledge);
		const engine = createQaEngine(knowledge);
		for (const question of ['what is grpo', 'r1 vs v3 on aime', 'best pizza in rome']) {
			const answer = engine.answer(question);
			for (const noModel of [true, false]) {
				const [only] = renderKnowledgeAnswer(answer, { noModel });
				const prepared = views.knowledgeAnswer(answer, { noModel });
				if (!prepared || !only) throw new Error(`no prepared reply for "${question}"`);
				expect(parsed(prepared)).toEqual({
					type: 4,
					data: wire({
						content: only.content,
						components: only.components.map((row) => row.toJSON()),
						allowed_mentions: { parse: [] },
					}),
				});
				expect(views.knowledgeAnswer(answer, { noModel })).toBe(prepared);
			}
		}
	});
});
