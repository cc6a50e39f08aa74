import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../src/knowledge/types.js';
import { renderTopicEmbed } from '../../../src/render/topicEmbed.js';
import { renderTopicMessage } from '../../../src/render/topicMessage.js';
import { expectEmbedWithinLimits } from './discordLimits.js';
import { hugeTopic, loadRealKnowledge, topic } from './knowledge.js';

let knowledge: KnowledgeBase;

beforeAll(async () => {
	knowledge = await loadRealKnowledge();
});

const embedOf = (id: string) => {
	const embed = renderTopicMessage(topic(knowledge, id), knowledge).embeds[0]?.toJSON();
	if (!embed) throw new Error('no embed');
	return embed;
};

describe('renderTopicEmbed', () => {
	it('keeps every topic of the knowledge file within Discord limits, with all its facts and fact checks', () => {
		expect(knowledge.topics.length).toBeGreaterThan(40);
		for (const candidate of knowledge.topics) {
			const embed = embedOf(candidate.id);
			expectEmbedWithinLimits(embed);
			const fields = embed.fields ?? [];
			expect(fields.filter((field) => field.name.startsWith('Fact check'))).toHaveLength(candidate.factChecks.length);
			const facts = fields
				.filter((field) => field.name === 'Key facts' || field.name === 'More key facts')
				.map((field) => field.value)
				.join('\n');
			for (const fact of candidate.facts) expect(facts).toContain(fact.text);
			// The whole explanation fits for every real topic; truncation is for operators' long articles.
			expect(embed.description).toBe(candidate.explanation.join('\n\n'));
		}
	});

	it('shows title, explanation, key facts with figures and sources, related titles and the source line', () => {
		const embed = embedOf('deepseek-r1');
		expect(embed.title).toBe('DeepSeek-R1');
		expect(embed.description).toContain('released on 2025-01-20');
		const facts = embed.fields?.find((field) => field.name === 'Key facts')?.value;
		expect(facts).toContain('• Built from DeepSeek-V3-Base; 671B total parameters, 37B active per token');
		expect(facts).toContain(
			"AIME 2024 79.8 and MATH-500 97.3 (pass@1), above V3's 39.2 and 90.2. — _DeepSeek-R1 paper Table 4_",
		);
		expect(embed.fields?.find((field) => field.name === 'Related')?.value).toContain(
			'DeepSeek-V3 · DeepSeek-V3-Base · Distilled',
		);
		expect(embed.footer?.text).toBe(
			'Source: DeepSeek-R1 and Beyond (article) § What are DeepSeek-R1 and Similar Models?',
		);
	});

	it('shows each fact check as what the article says and the correction with its source', () => {
		const checks = (embedOf('rejection-sampling-sft').fields ?? []).filter((field) =>
			field.name.startsWith('Fact check'),
		);
		expect(checks).toEqual([
			{
				name: 'Fact check: the article is wrong',
				value: expect.stringMatching(
					/^The article says: “The data generated in step 4 focuses on being helpful and friendly\.”\n\*\*Correction\*\* \(DeepSeek-R1 paper §2\.3\.3\): It is about 600k reasoning samples .* plus about 200k general samples/,
				),
			},
		]);
	});

	it('marks a stage with its position in the pipeline', () => {
		expect(embedOf('cold-start-sft').author?.name).toBe('Training stage 2 of 6');
		expect(embedOf('grpo').author).toBeUndefined();
	});

	it('truncates an oversized topic to fit, keeping the beginning of the explanation', () => {
		const base = topic(knowledge, 'deepseek-r1');
		const embed = renderTopicEmbed(hugeTopic(base), { related: [base] }).toJSON();
		expectEmbedWithinLimits(embed);
		expect(embed.description).toMatch(/^alpha alpha/);
		expect(embed.description).toMatch(/…$/);
		expect(embed.title).toMatch(/…$/);
		expect(embed.footer?.text).toMatch(/^Source: label label/);
		expect(embed.fields?.[0]?.name).toBe('Key facts');
		expect(embed.fields?.[0]?.value).toMatch(/^• 0 fact fact/);
	});
});
