import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase, Topic } from '../../../src/knowledge/types.js';
import { renderCompareEmbed } from '../../../src/render/compareEmbed.js';
import { expectEmbedWithinLimits } from './discordLimits.js';
import { loadRealKnowledge, topic } from './knowledge.js';

let knowledge: KnowledgeBase;

beforeAll(async () => {
	knowledge = await loadRealKnowledge();
});

const fieldsOf = (first: Topic, second: Topic) =>
	Object.fromEntries(
		(renderCompareEmbed(first, second).toJSON().fields ?? []).map((field) => [field.name, field.value]),
	);

describe('renderCompareEmbed', () => {
	it('keeps every pair of models within Discord limits, one field per aspect in order', () => {
		const models = knowledge.topics.filter((candidate) => candidate.kind === 'model');
		expect(models.length).toBeGreaterThanOrEqual(6);
		for (const first of models) {
			for (const second of models) {
				if (first === second) continue;
				const embed = renderCompareEmbed(first, second).toJSON();
				expectEmbedWithinLimits(embed);
				expect(embed.fields?.slice(0, 7).map((field) => field.name)).toEqual([
					'What it is',
					'Base model and size',
					'Training approach',
					'Strengths',
					'Benchmark results',
					'Relative cost',
					'Availability',
				]);
			}
		}
	});

	it('brings out base and size, both recipes, benchmarks and the cost claim beside list prices for R1 vs V3', () => {
		const fields = fieldsOf(topic(knowledge, 'deepseek-r1'), topic(knowledge, 'deepseek-v3'));
		expect(renderCompareEmbed(topic(knowledge, 'deepseek-r1'), topic(knowledge, 'deepseek-v3')).toJSON().title).toBe(
			'DeepSeek-R1 vs DeepSeek-V3',
		);
		expect(fields['Base model and size']).toMatch(/\*\*DeepSeek-R1:\*\* Built from DeepSeek-V3-Base.*671B.*37B active/);
		expect(fields['Base model and size']).toMatch(/\*\*DeepSeek-V3:\*\* Mixture of experts, 671B .* 37B active/);
		expect(fields['Training approach']).toMatch(/cold-start SFT.*~600k reasoning \+ ~200k general/);
		expect(fields['Training approach']).toContain('14.8T tokens of pre-training');
		expect(fields['Benchmark results']).toMatch(/AIME 2024 79\.8, MATH-500 97\.3.*\n.*AIME 2024 39\.2, MATH-500 90\.2/);
		expect(fields['Relative cost']).toMatch(/\$0\.55 on a miss, \$2\.19 output/);
		expect(fields['Relative cost']).toMatch(/\$0\.27 on a miss, \$1\.10 output/);
		expect(fields['Relative cost']).toContain('6.5x');
		expect(fields['Relative cost']).toContain('_Sources: DeepSeek API pricing page;');
		const checks = renderCompareEmbed(topic(knowledge, 'deepseek-r1'), topic(knowledge, 'deepseek-v3'))
			.toJSON()
			.fields?.filter((field) => field.name.startsWith('Fact check'))
			.map((field) => field.value)
			.join('\n');
		expect(checks).toContain('V3 is said to cost roughly 6.5 times less than R1');
		expect(checks).toContain('At list prices R1 is about 2x V3 per token');
		expect(checks).toContain('only 37B take part in processing each token');
	});

	it('says "Not stated in the sources" for an aspect the sources leave open', () => {
		const o3 = topic(knowledge, 'openai-o3');
		const missing = Object.entries(o3.attributes ?? {}).filter(([, value]) => value === null);
		expect(missing.length).toBeGreaterThan(0);
		const fields = Object.values(fieldsOf(topic(knowledge, 'deepseek-r1'), o3));
		expect(fields.filter((value) => value.includes(`**${o3.title}:** _Not stated in the sources_`))).toHaveLength(
			missing.length,
		);
	});

	it('truncates very long aspect texts so both models stay visible', () => {
		const r1 = topic(knowledge, 'deepseek-r1');
		const attributes = r1.attributes;
		if (!attributes?.training) throw new Error('fixture');
		const long = {
			...r1,
			attributes: { ...attributes, training: { ...attributes.training, text: 'x '.repeat(2000) } },
		};
		const embed = renderCompareEmbed(long, topic(knowledge, 'deepseek-v3')).toJSON();
		expectEmbedWithinLimits(embed);
		const training = embed.fields?.find((field) => field.name === 'Training approach')?.value ?? '';
		expect(training).toContain('**DeepSeek-V3:** 14.8T tokens');
	});
});
