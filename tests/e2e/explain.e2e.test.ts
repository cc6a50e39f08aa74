import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listComponents } from '../../src/emulator/index.js';
import type { Reply } from '../../src/emulator/index.js';
import { startHarness, type Harness } from '../helpers/harness.js';

const STAGES = [
	'r1-zero-rl',
	'cold-start-sft',
	'reasoning-rl',
	'rejection-sampling-sft',
	'rl-all-scenarios',
	'distillation-stage',
];

const fieldValue = (reply: Reply, name: string) =>
	reply.embeds[0]?.fields
		?.filter((field) => field.name.startsWith(name))
		.map((field) => field.value)
		.join('\n') ?? '';

const buttons = (reply: Reply) =>
	listComponents(reply)
		.filter((component) => component.type === 2)
		.map(({ customId, label, disabled }) => ({ customId, label, disabled }));

describe('/explain', () => {
	let harness: Harness;
	beforeAll(async () => {
		harness = await startHarness();
	});
	afterAll(async () => {
		await harness.stop();
	});

	it('answers an alias with the canonical topic, its key facts with figures and the source line', async () => {
		const reply = await harness.emulator.user('alice').slash('explain', { topic: 'r1' });
		expect(reply).toMatchObject({ type: 'message', ephemeral: false, allowedMentions: { parse: [] } });
		const embed = reply.embeds[0];
		expect(embed?.title).toBe('DeepSeek-R1');
		expect(embed?.description).toContain('DeepSeek-V3-Base (671B parameters in total, 37B active per token');
		expect(fieldValue(reply, 'Key facts')).toContain(
			"AIME 2024 79.8 and MATH-500 97.3 (pass@1), above V3's 39.2 and 90.2",
		);
		expect(fieldValue(reply, 'Related')).toContain('DeepSeek-V3');
		expect(embed?.footer?.text).toBe(
			'Source: DeepSeek-R1 and Beyond (article) § What are DeepSeek-R1 and Similar Models?',
		);
		expect(reply.components).toEqual([]);
	});

	it.each([
		['cold start', 'Step 2: Cold-start fine-tuning'],
		['Cold-Start', 'Step 2: Cold-start fine-tuning'],
		['cold strat', 'Step 2: Cold-start fine-tuning'],
		['r1 zero', 'DeepSeek-R1-Zero'],
		['deepseek v3', 'DeepSeek-V3'],
	])('resolves typed "%s" to %s', async (typed, title) => {
		const reply = await harness.emulator.user('bob').slash('explain', { topic: typed });
		expect(reply.ephemeral).toBe(false);
		expect(reply.embeds[0]?.title).toBe(title);
	});

	it('shows the fact checks: what the article says and the correction with its source', async () => {
		const r1 = await harness.emulator.user('carol').slash('explain', { topic: 'deepseek-r1' });
		const checks = fieldValue(r1, 'Fact check');
		expect(checks).toContain('The article says: “The DeepSeek-V3 base model has 671 billion parameters.”');
		expect(checks).toContain(
			'**Correction** (DeepSeek-R1 README): 671B counts every expert of a mixture-of-experts model; only 37B take part',
		);
		expect(checks).toContain('Only R1-Zero is trained RL-first.');
		expect(checks).toContain('At list prices R1 is about 2x V3 per token');

		const sampling = await harness.emulator.user('carol').slash('explain', { topic: 'rejection sampling sft' });
		expect(sampling.embeds[0]?.fields?.some((field) => field.name === 'Fact check: the article is wrong')).toBe(true);
		expect(fieldValue(sampling, 'Fact check')).toContain(
			'It is about 600k reasoning samples (correct answers only) plus about 200k general samples, ~800k in all',
		);

		const rewards = await harness.emulator.user('carol').slash('explain', { topic: 'rule based rewards' });
		expect(fieldValue(rewards, 'Fact check')).toContain('no neural reward model is used');
	});

	it('gives the whole pipeline in order for training-stage, stages and pipeline, with a select menu', async () => {
		for (const typed of ['training-stage', 'Stages', 'pipeline']) {
			const reply = await harness.emulator.user('dave').slash('explain', { topic: typed });
			expect(reply.embeds[0]?.title).toBe('The training pipeline, stage by stage');
			const lines = reply.embeds[0]?.description?.split('\n') ?? [];
			expect(lines.map((line) => /^\*\*Step (\d)/.exec(line)?.[1])).toEqual(['1', '2', '3', '4', '5', '6']);
			const [menu] = listComponents(reply).filter((component) => component.type === 3);
			expect(menu?.customId).toBe('explain:open');
			expect(menu?.optionValues).toEqual(STAGES);
		}
	});

	it('opens a stage from the select menu in place, then navigates with previous / next and back to all stages', async () => {
		const user = harness.emulator.user('erin');
		const pipeline = await user.slash('explain', { topic: 'pipeline' });
		const opened = await user.select(pipeline, 'explain:open', ['rejection-sampling-sft']);
		expect(opened).toMatchObject({ type: 'update', allowedMentions: { parse: [] } });
		expect(opened.message?.id).toBe(pipeline.message?.id);
		expect(opened.embeds[0]?.title).toBe('Step 4: Rejection sampling and a fresh SFT');
		expect(opened.embeds[0]?.author?.name).toBe('Training stage 4 of 6');
		expect(buttons(opened)).toEqual([
			{
				customId: 'explain:stage:reasoning-rl:prev',
				label: '◀ Step 3: Reasoning-oriented RL (round two)',
				disabled: false,
			},
			{ customId: 'explain:pipeline', label: 'All stages', disabled: false },
			{
				customId: 'explain:stage:rl-all-scenarios:next',
				label: 'Step 5: RL for all scenarios (preference alignment) ▶',
				disabled: false,
			},
			{ customId: 'explain:diagram:rejection-sampling-sft', label: '🗺️ Diagram', disabled: false },
		]);

		const next = await user.click(opened, 'explain:stage:rl-all-scenarios:next');
		expect(next).toMatchObject({ type: 'update' });
		expect(next.embeds[0]?.title).toBe('Step 5: RL for all scenarios (preference alignment)');
		const back = await user.click(next, 'explain:stage:rejection-sampling-sft:prev');
		expect(back.embeds[0]?.title).toBe('Step 4: Rejection sampling and a fresh SFT');
		const all = await user.click(back, 'explain:pipeline');
		expect(all.embeds[0]?.title).toBe('The training pipeline, stage by stage');
		expect(pipeline.message?.edits.length).toBeGreaterThanOrEqual(4);
	});

	it('disables previous on the first stage and next on the last', async () => {
		const user = harness.emulator.user('frank');
		const first = await user.slash('explain', { topic: 'step 1' });
		expect(first.embeds[0]?.author?.name).toBe('Training stage 1 of 6');
		expect(buttons(first)[0]).toMatchObject({ label: '◀ Previous', disabled: true });
		await expect(user.click(first, 'explain:stage:r1-zero-rl:prev')).rejects.toThrow(/is disabled/);

		let reply = first;
		for (const stage of STAGES.slice(1)) {
			reply = await user.click(reply, `explain:stage:${stage}:next`);
			expect(reply.embeds[0]?.author?.name).toBe(`Training stage ${STAGES.indexOf(stage) + 1} of 6`);
		}
		expect(buttons(reply)[2]).toMatchObject({ label: 'Next ▶', disabled: true });
		expect(buttons(reply)[0]).toMatchObject({ customId: 'explain:stage:rl-all-scenarios:prev', disabled: false });
	});

	it('answers a forged or stale stage button with a friendly ephemeral message', async () => {
		const user = harness.emulator.user('gina');
		const stage = await user.slash('explain', { topic: 'cold start' });
		for (const customId of ['explain:stage:no-such-stage:next', 'explain:stage:grpo:next', 'explain:warp:1']) {
			const reply = await user.forgeClick(stage, customId);
			expect(reply).toMatchObject({
				ephemeral: true,
				content: 'This button is no longer valid. Try /explain topic: pipeline.',
				allowedMentions: { parse: [] },
			});
		}
	});

	it('answers an unknown topic ephemerally with "Did you mean" and up to three suggestions', async () => {
		const reply = await harness.emulator.user('hank').slash('explain', { topic: 'reward model tricks' });
		expect(reply.ephemeral).toBe(true);
		expect(reply.embeds).toEqual([]);
		expect(reply.content).toMatch(
			/^No topic 'reward model tricks'\. Did you mean \*\*[^*]+\*\*(, \*\*[^*]+\*\*)*( or \*\*[^*]+\*\*)?\?$/,
		);
		expect(reply.content.match(/\*\*[^*]+\*\*/g)?.length).toBeLessThanOrEqual(3);

		const nothing = await harness.emulator.user('hank').slash('explain', { topic: 'xyzzy' });
		expect(nothing).toMatchObject({ ephemeral: true });
		expect(nothing.content).toMatch(/^No topic 'xyzzy'\. Try `pipeline`/);
	});

	it('autocompletes with at most 25 ranked choices, the right one first', async () => {
		const user = harness.emulator.user('ivy');
		const empty = await user.autocomplete('explain', { topic: '' }, 'topic');
		expect(empty).toHaveLength(25);
		expect(empty[0]).toEqual({ name: 'Training pipeline · all stages in order', value: 'pipeline' });
		expect(empty[1]?.value).toBe('r1-zero-rl');
		for (const [typed, id] of [
			['cold st', 'cold-start-sft'],
			['r1 zero', 'deepseek-r1-zero'],
			['grpo', 'grpo'],
			['how much does r1 cost', 'cost-and-pricing'],
			['pipel', 'pipeline'],
		] as const) {
			const choices = await user.autocomplete('explain', { topic: typed }, 'topic');
			expect(choices.length).toBeGreaterThan(0);
			expect(choices.length).toBeLessThanOrEqual(25);
			expect(choices[0]?.value, typed).toBe(id);
			for (const choice of choices) expect(choice.name.length).toBeLessThanOrEqual(100);
		}
		// A picked choice's value resolves to that same topic.
		const picked = await user.slash('explain', { topic: 'cost-and-pricing' });
		expect(picked.embeds[0]?.footer?.text).toMatch(/^Source: /);
	});

	it('sends every message with mention parsing disabled', () => {
		expect(harness.emulator.payloads.length).toBeGreaterThan(10);
		for (const payload of harness.emulator.payloads) expect(payload.allowedMentions).toEqual({ parse: [] });
	});
});
