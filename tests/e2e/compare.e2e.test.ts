import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/emulator/index.js';
import { startHarness, type Harness } from '../helpers/harness.js';

const fields = (reply: Reply): Record<string, string> =>
	Object.fromEntries((reply.embeds[0]?.fields ?? []).map((field) => [field.name, field.value]));

const factChecks = (reply: Reply): string =>
	(reply.embeds[0]?.fields ?? [])
		.filter((field) => field.name.startsWith('Fact check'))
		.map((field) => field.value)
		.join('\n');

describe('/compare', () => {
	let harness: Harness;
	beforeAll(async () => {
		harness = await startHarness();
	});
	afterAll(async () => {
		await harness.stop();
	});

	it('compares r1 and v3 side by side: 671B base with 37B active, both recipes, benchmarks and the cost claim', async () => {
		const reply = await harness.emulator.user('alice').slash('compare', { first: 'r1', second: 'v3' });
		expect(reply).toMatchObject({ type: 'message', ephemeral: false, allowedMentions: { parse: [] } });
		expect(reply.embeds).toHaveLength(1);
		expect(reply.embeds[0]?.title).toBe('DeepSeek-R1 vs DeepSeek-V3');
		const rows = fields(reply);
		expect(Object.keys(rows).slice(0, 7)).toEqual([
			'What it is',
			'Base model and size',
			'Training approach',
			'Strengths',
			'Benchmark results',
			'Relative cost',
			'Availability',
		]);
		expect(rows['Base model and size']).toContain('**DeepSeek-R1:** Built from DeepSeek-V3-Base');
		expect(rows['Base model and size']).toMatch(/671B parameters in total, 37B active per token/);
		expect(rows['Base model and size']).toMatch(
			/\*\*DeepSeek-V3:\*\* Mixture of experts, 671B parameters in total with 37B active/,
		);

		expect(rows['Training approach']).toContain('Four stages: cold-start SFT');
		expect(rows['Training approach']).toContain('~600k reasoning + ~200k general samples');
		expect(rows['Training approach']).toContain('It is not RL-first');
		expect(rows['Training approach']).toContain(
			'**DeepSeek-V3:** 14.8T tokens of pre-training, followed by SFT and RL (GRPO)',
		);

		expect(rows['Benchmark results']).toMatch(/\*\*DeepSeek-R1:\*\* pass@1: AIME 2024 79\.8, MATH-500 97\.3/);
		expect(rows['Benchmark results']).toMatch(/\*\*DeepSeek-V3:\*\* pass@1: AIME 2024 39\.2, MATH-500 90\.2/);
		expect(rows['Benchmark results']).toContain('_Sources: DeepSeek-R1 paper Table 4_');

		expect(rows['Relative cost']).toContain("The article's claim that V3 is about 6.5x cheaper");
		expect(rows['Relative cost']).toContain('$0.14 input on a cache hit, $0.55 on a miss, $2.19 output');
		expect(rows['Relative cost']).toContain('$0.07 input on a cache hit, $0.27 on a miss, $1.10 output');
		expect(rows['Relative cost']).toContain('DeepSeek API pricing page');

		const checks = factChecks(reply);
		expect(checks).toContain(
			'The article says: “Per input and output token, V3 is said to cost roughly 6.5 times less than R1.”',
		);
		expect(checks).toContain('No DeepSeek source gives 6.5x. At list prices R1 is about 2x V3 per token');
		expect(checks).toContain('only 37B take part in processing each token');
	});

	it('resolves typed model names like /explain does, in any order', async () => {
		const reply = await harness.emulator.user('bob').slash('compare', { first: 'DeepSeek V3', second: 'r1 zero' });
		expect(reply.embeds[0]?.title).toBe('DeepSeek-V3 vs DeepSeek-R1-Zero');
	});

	it('says so where the sources do not state an aspect', async () => {
		const reply = await harness.emulator.user('bob').slash('compare', { first: 'o3', second: 'o1' });
		const notStated = Object.values(fields(reply)).filter((value) => value.includes('_Not stated in the sources_'));
		expect(notStated.length).toBeGreaterThan(0);
	});

	it.each([
		['r1', 'r1-distill-qwen-32b', 'DeepSeek-R1 vs DeepSeek-R1-Distill-Qwen-32B', ['79.8', '72.6']],
		['qwen-32b', 'llama-70b', 'DeepSeek-R1-Distill-Qwen-32B vs DeepSeek-R1-Distill-Llama-70B', ['72.6', '70.0']],
		['o1', 'o1-mini', 'OpenAI o1 vs OpenAI o1-mini', ['79.2', '63.6']],
		['1.5b', 'gpt-4o', 'DeepSeek-R1-Distill-Qwen-1.5B vs GPT-4o', ['28.9', '9.3']],
	])('compares %s with %s, each with its own benchmark row', async (first, second, title, figures) => {
		const reply = await harness.emulator.user('dora').slash('compare', { first, second });
		expect(reply).toMatchObject({ type: 'message', ephemeral: false, allowedMentions: { parse: [] } });
		expect(reply.embeds[0]?.title).toBe(title);
		for (const figure of figures) expect(fields(reply)['Benchmark results']).toContain(figure);
	});

	it('refuses the same model twice ephemerally, suggesting other models', async () => {
		const reply = await harness.emulator.user('carol').slash('compare', { first: 'r1', second: 'DeepSeek-R1' });
		expect(reply).toMatchObject({ ephemeral: true, embeds: [], allowedMentions: { parse: [] } });
		expect(reply.content).toMatch(
			/^Both choices are \*\*DeepSeek-R1\*\*: pick two different models, e\.g\. \*\*DeepSeek-R1\*\* and /,
		);
		expect(reply.content).toContain('**DeepSeek-V3**');
	});

	it('refuses an unknown model and a topic that is not a model, ephemerally with model suggestions', async () => {
		const unknown = await harness.emulator.user('dave').slash('compare', { first: 'gpt-9000', second: 'r1' });
		expect(unknown.ephemeral).toBe(true);
		expect(unknown.content).toMatch(/^No model 'gpt-9000'\. Did you mean \*\*.+\*\*, \*\*.+\*\* or \*\*.+\*\*\?$/);

		const concept = await harness.emulator.user('dave').slash('compare', { first: 'r1', second: 'grpo' });
		expect(concept.ephemeral).toBe(true);
		expect(concept.content).toMatch(/^\*\*GRPO \(Group Relative Policy Optimization\)\*\* is not a model/);
		expect(concept.content).toContain('Models to compare: **');
	});

	it('autocompletes models only, the right one first', async () => {
		const user = harness.emulator.user('erin');
		const empty = await user.autocomplete('compare', { first: '' }, 'first');
		const models = harness.bot.app.knowledge.topics.filter((topic) => topic.kind === 'model').map((topic) => topic.id);
		expect(empty.map((choice) => choice.value)).toEqual(models);
		for (const [typed, id] of [
			['v3', 'deepseek-v3'],
			['r1 z', 'deepseek-r1-zero'],
			['o1', 'openai-o1'],
			['distill', 'distilled-models'],
		] as const) {
			const choices = await user.autocomplete('compare', { first: 'r1', second: typed }, 'second');
			expect(choices[0]?.value, typed).toBe(id);
			expect(choices.length).toBeLessThanOrEqual(25);
			expect(choices.every((choice) => models.includes(String(choice.value)))).toBe(true);
		}
	});

	it('sends every message with mention parsing disabled', () => {
		expect(harness.emulator.payloads.length).toBeGreaterThan(5);
		for (const payload of harness.emulator.payloads) expect(payload.allowedMentions).toEqual({ parse: [] });
	});
});
