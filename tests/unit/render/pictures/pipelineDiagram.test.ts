import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase } from '../../../../src/knowledge/types.js';
import {
	describePipeline,
	pipelineDiagramSvg,
	pipelineParts,
} from '../../../../src/render/pictures/pipelineDiagram.js';
import { loadRealKnowledge } from '../knowledge.js';

let knowledge: KnowledgeBase;
beforeAll(async () => {
	knowledge = await loadRealKnowledge();
});
const measure = (text: string, size: number) => text.length * size * 0.55;

describe('pipeline diagram', () => {
	it("splits the stages into R1-Zero's branch, R1's stages in order, and distillation", () => {
		const parts = pipelineParts(knowledge);
		expect(parts.zeroStages.map((stage) => stage.id)).toEqual(['r1-zero-rl']);
		expect(parts.r1Stages.map((stage) => stage.id)).toEqual([
			'cold-start-sft',
			'reasoning-rl',
			'rejection-sampling-sft',
			'rl-all-scenarios',
		]);
		expect(parts.distillStages.map((stage) => stage.id)).toEqual(['distillation-stage']);
		expect([parts.base, parts.zeroModel, parts.r1Model]).toEqual([
			'DeepSeek-V3-Base',
			'DeepSeek-R1-Zero',
			'DeepSeek-R1',
		]);
	});

	it('draws every stage and model, in order down the R1 column, and highlights only the stage asked for', () => {
		const parts = pipelineParts(knowledge);
		const plain = pipelineDiagramSvg(parts, undefined, measure);
		const texts = [...plain.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1] ?? '').join(' ');
		for (const stage of knowledge.stages()) {
			for (const word of stage.title.split(' ')) expect(texts).toContain(word.replace(/&/g, '&#38;'));
		}
		expect(plain).not.toContain('You are here');
		const highlighted = pipelineDiagramSvg(parts, 'reasoning-rl', measure);
		expect(highlighted.match(/You are here/g)).toHaveLength(1);
		expect(highlighted.match(/stroke-width="3"/g)).toHaveLength(1);
		const at = (svg: string, text: string) => svg.indexOf(text);
		expect(at(highlighted, 'Cold-start')).toBeLessThan(at(highlighted, 'Reasoning-oriented'));
		expect(at(highlighted, 'Reasoning-oriented')).toBeLessThan(at(highlighted, 'You are here'));
		expect(at(highlighted, 'You are here')).toBeLessThan(at(highlighted, 'Rejection'));
	});

	it('describes the pipeline in words, naming the highlighted stage', () => {
		const parts = pipelineParts(knowledge);
		const stage = knowledge.stages()[2];
		const text = describePipeline(parts, stage);
		expect(text).toContain(`Highlighted: ${stage?.title ?? ''}.`);
		expect(text.indexOf('Cold-start')).toBeLessThan(text.indexOf('Rejection'));
		expect(text).toContain('DeepSeek-R1-Zero');
	});

	it('escapes text from the knowledge as XML', () => {
		const parts = pipelineParts(knowledge);
		const svg = pipelineDiagramSvg({ ...parts, base: 'Base <b>&</b>' }, undefined, measure);
		expect(svg).toContain('Base &#60;b&#62;&#38;&#60;/b&#62;');
		expect(svg).not.toContain('<b>');
	});
});
