import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../src/knowledge/types.js';
import { parseExplainAction } from '../../../src/render/explainIds.js';
import { renderPipelineMessage } from '../../../src/render/pipelineMessage.js';
import { renderStageNavigation } from '../../../src/render/stageNavigation.js';
import { expectEmbedWithinLimits } from './discordLimits.js';
import { loadRealKnowledge } from './knowledge.js';

let knowledge: KnowledgeBase;

beforeAll(async () => {
	knowledge = await loadRealKnowledge();
});

const STAGE_IDS = [
	'r1-zero-rl',
	'cold-start-sft',
	'reasoning-rl',
	'rejection-sampling-sft',
	'rl-all-scenarios',
	'distillation-stage',
];

describe('renderPipelineMessage', () => {
	it('lists every stage in order, one line each, within Discord limits', () => {
		const embed = renderPipelineMessage(knowledge.stages()).embeds[0]?.toJSON();
		if (!embed) throw new Error('no embed');
		expectEmbedWithinLimits(embed);
		const lines = embed.description?.split('\n') ?? [];
		expect(lines).toHaveLength(6);
		expect(lines[0]).toMatch(/^\*\*Step 1: R1-Zero learns by pure RL\*\* ⚠️: /);
		expect(lines[3]).toContain('about 600k correct reasoning samples');
		expect(lines[5]).toMatch(/^\*\*Step 6: Distillation into smaller models\*\*/);
	});

	it('puts the fact checks that concern several stages beside the list', () => {
		const fields = renderPipelineMessage(knowledge.stages()).embeds[0]?.toJSON().fields ?? [];
		const values = fields.map((field) => field.value).join('\n');
		expect(values).toContain('R1 is trained in five steps plus a bonus distillation step.');
		expect(values).toContain('four stages');
		expect(values).toContain('600k reasoning samples');
	});

	it('offers a select menu that opens any stage by id', () => {
		const [row] = renderPipelineMessage(knowledge.stages()).components;
		const menu = row?.toJSON().components[0];
		expect(menu).toMatchObject({ custom_id: 'explain:open' });
		const options = menu && 'options' in menu ? menu.options : [];
		expect(options.map((option) => option.value)).toEqual(STAGE_IDS);
		expect(options[1]?.label).toBe('Step 2: Cold-start fine-tuning');
		for (const option of options) expect(option.description?.length).toBeLessThanOrEqual(100);
		expect(parseExplainAction(['open'])).toEqual({ kind: 'open' });
	});
});

describe('renderStageNavigation', () => {
	const buttons = (id: string) => {
		const stages = knowledge.stages();
		const stage = stages.find((candidate) => candidate.id === id);
		if (!stage) throw new Error(id);
		return renderStageNavigation(stage, stages)
			.toJSON()
			.components.map((button) => ({
				id: 'custom_id' in button ? button.custom_id : '',
				label: 'label' in button ? button.label : '',
				disabled: button.disabled ?? false,
			}));
	};

	it('links a middle stage to its neighbours and to the whole pipeline', () => {
		expect(buttons('reasoning-rl')).toEqual([
			{ id: 'explain:stage:cold-start-sft:prev', label: '◀ Step 2: Cold-start fine-tuning', disabled: false },
			{ id: 'explain:pipeline', label: 'All stages', disabled: false },
			{
				id: 'explain:stage:rejection-sampling-sft:next',
				label: 'Step 4: Rejection sampling and a fresh SFT ▶',
				disabled: false,
			},
		]);
	});

	it('disables previous on the first stage and next on the last', () => {
		expect(buttons('r1-zero-rl')[0]).toMatchObject({ disabled: true, label: '◀ Previous' });
		expect(buttons('r1-zero-rl')[2]).toMatchObject({ disabled: false, id: 'explain:stage:cold-start-sft:next' });
		expect(buttons('distillation-stage')[2]).toMatchObject({ disabled: true, label: 'Next ▶' });
	});

	it('round-trips its custom ids and refuses malformed ones', () => {
		expect(parseExplainAction(['stage', 'cold-start-sft', 'prev'])).toEqual({
			kind: 'stage',
			topicId: 'cold-start-sft',
		});
		expect(parseExplainAction(['pipeline'])).toEqual({ kind: 'pipeline' });
		expect(parseExplainAction(['stage', 'cold-start-sft'])).toBeUndefined();
		expect(parseExplainAction(['stage', '', 'next'])).toBeUndefined();
		expect(parseExplainAction(['open', 'x'])).toBeUndefined();
		expect(parseExplainAction(['nuke'])).toBeUndefined();
		expect(parseExplainAction([])).toBeUndefined();
	});
});
