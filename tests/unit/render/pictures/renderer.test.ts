import { beforeAll, describe, expect, it } from 'vitest';
import type { KnowledgeBase, Topic } from '../../../../src/knowledge/types.js';
import { createKnowledgePictures } from '../../../../src/render/pictures/knowledgePictures.js';
import { OKABE_ITO } from '../../../../src/render/pictures/palette.js';
import type { PictureSource } from '../../../../src/render/pictures/picture.js';
import {
	createPictureRenderer,
	loadPictureFonts,
	MAX_PICTURE_BYTES,
} from '../../../../src/render/pictures/renderer.js';
import { loadRealKnowledge, topic as topicOf } from '../knowledge.js';
import { countColour, decodePng, distinctColours } from './pngPixels.js';

let knowledge: KnowledgeBase;
beforeAll(async () => {
	knowledge = await loadRealKnowledge();
});
const topic = (id: string): Topic => topicOf(knowledge, id);

describe('picture rendering (Vega-Lite and SVG through resvg, Inter from npm)', () => {
	it('renders a comparison chart as a real PNG, 1040 px wide, under 200 KB, with both series colours', async () => {
		const pictures = createKnowledgePictures(knowledge, createPictureRenderer());
		const picture = await pictures.comparison(topic('deepseek-r1'), topic('openai-o1'));
		expect(picture?.filename).toBe('compare-deepseek-r1-openai-o1.png');
		expect(picture?.png.length).toBeLessThanOrEqual(MAX_PICTURE_BYTES);
		const image = decodePng(picture!.png);
		expect([image.width, image.height]).toEqual([picture?.width, picture?.height]);
		expect(image.width).toBe(1040);
		expect(image.height).toBeGreaterThan(400);
		// Bars in both palette colours, text anti-aliasing: many colours, not a blank or one-colour image.
		expect(countColour(image, OKABE_ITO[0])).toBeGreaterThan(2000);
		expect(countColour(image, OKABE_ITO[1])).toBeGreaterThan(2000);
		expect(distinctColours(image)).toBeGreaterThan(30);
		expect(picture?.description).toMatch(/^Bar chart, DeepSeek-R1 vs OpenAI o1/);
	}, 30_000);

	it('draws the highlighted stage in vermillion, and no vermillion without a highlight', async () => {
		const pictures = createKnowledgePictures(knowledge, createPictureRenderer());
		const plain = decodePng((await pictures.pipeline()).png);
		const highlighted = decodePng((await pictures.pipeline(topic('reasoning-rl'))).png);
		expect(countColour(plain, OKABE_ITO[5])).toBe(0);
		expect(countColour(highlighted, OKABE_ITO[5])).toBeGreaterThan(1000);
		expect(highlighted.width).toBe(1040);
	}, 30_000);

	it('draws text with the packaged font even with no system fonts (more ink with more text)', async () => {
		const renderer = createPictureRenderer();
		const svg = (text: string): PictureSource => ({
			kind: 'svg',
			svg: `<svg xmlns="http://www.w3.org/2000/svg" width="520" height="60"><text x="10" y="40" font-family="Inter" font-size="24">${text}</text></svg>`,
		});
		const ink = (png: Buffer) => {
			const image = decodePng(png);
			let dark = 0;
			for (let index = 0; index < image.rgba.length; index += 4) if ((image.rgba[index] ?? 255) < 128) dark += 1;
			return dark;
		};
		const short = ink((await renderer.render(svg('R1'))).png);
		const long = ink((await renderer.render(svg('DeepSeek-R1 and DeepSeek-V3'))).png);
		expect(short).toBeGreaterThan(50);
		expect(long).toBeGreaterThan(short * 4);
	}, 30_000);

	it('measures text with the font: wide letters are wider, and width scales with the size', () => {
		const { regular, bold } = loadPictureFonts();
		expect(regular.width('MMMM', 12)).toBeGreaterThan(regular.width('iiii', 12) * 2);
		expect(regular.width('Inter', 24)).toBeCloseTo(regular.width('Inter', 12) * 2, 5);
		expect(bold.width('DeepSeek', 12)).toBeGreaterThan(regular.width('DeepSeek', 12));
	});
});

describe('knowledge pictures memo', () => {
	const countingRenderer = () => {
		const calls: PictureSource[] = [];
		return {
			calls,
			renderer: {
				measure: (text: string, size: number) => text.length * size * 0.55,
				render: (source: PictureSource) => {
					calls.push(source);
					return Promise.resolve({ png: Buffer.from('png'), width: 1, height: 1 });
				},
			},
		};
	};

	it('renders each picture once per knowledge version and hands the same one out after', async () => {
		const { calls, renderer } = countingRenderer();
		const pictures = createKnowledgePictures(knowledge, renderer);
		const first = pictures.comparison(topic('deepseek-r1'), topic('deepseek-v3'));
		expect(pictures.ready(first!)).toBeUndefined();
		await first;
		expect(pictures.ready(first!)).toBeDefined();
		expect(pictures.comparison(topic('deepseek-r1'), topic('deepseek-v3'))).toBe(first);
		await pictures.pipeline();
		await pictures.pipeline();
		await pictures.pipeline(topic('cold-start-sft'));
		expect(calls).toHaveLength(3);
		// Another knowledge version: drawn afresh, not the old file's picture.
		const other = createKnowledgePictures(
			{ ...knowledge, version: 'another', stages: () => knowledge.stages() },
			renderer,
		);
		await other.pipeline();
		expect(calls).toHaveLength(4);
	});

	it('forgets a failed render so the next request tries again', async () => {
		let failures = 1;
		const renderer = {
			measure: (text: string, size: number) => text.length * size,
			render: () =>
				failures-- > 0
					? Promise.reject(new Error('boom'))
					: Promise.resolve({ png: Buffer.from('ok'), width: 1, height: 1 }),
		};
		const pictures = createKnowledgePictures(knowledge, renderer);
		await expect(pictures.pipeline()).rejects.toThrow('boom');
		await expect(pictures.pipeline()).resolves.toMatchObject({ filename: 'pipeline.png' });
	});
});
