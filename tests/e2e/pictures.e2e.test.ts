import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listComponents } from '../../src/emulator/index.js';
import type { RecordedAttachment, RecordedMessage, Reply } from '../../src/emulator/index.js';
import type { KnowledgeBase } from '../../src/knowledge/types.js';
import { OKABE_ITO } from '../../src/render/pictures/palette.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { answerButton } from '../helpers/quizAnswers.js';
import { loadRealKnowledge } from '../unit/render/knowledge.js';
import { countColour, decodePng, distinctColours } from '../unit/render/pictures/pngPixels.js';

const MAX_BYTES = 200 * 1024;

/** The one attachment of a message, checked against Discord's shape, and its bytes fetched from the emulator. */
async function onlyPicture(message: RecordedMessage | undefined): Promise<{ file: RecordedAttachment; png: Buffer }> {
	expect(message?.attachments).toHaveLength(1);
	const file = message!.attachments[0]!;
	expect(file.contentType).toBe('image/png');
	expect(file.size).toBeLessThanOrEqual(MAX_BYTES);
	expect(file.description?.length).toBeGreaterThan(40);
	// The embed shows the upload by name, as Discord resolves it.
	expect(message?.embeds[0]?.image?.url).toBe(`attachment://${file.filename}`);
	const response = await fetch(file.url);
	expect(response.status).toBe(200);
	const png = Buffer.from(await response.arrayBuffer());
	expect(png.length).toBe(file.size);
	return { file, png };
}

const button = (reply: Reply, label: string) =>
	listComponents(reply).find((component) => component.label === label)?.customId;

describe('pictures through the emulator (multipart uploads, attachment:// embeds)', () => {
	let harness: Harness;
	let knowledge: KnowledgeBase;
	beforeAll(async () => {
		knowledge = await loadRealKnowledge();
		harness = await startHarness();
	});
	afterAll(async () => {
		await harness.stop();
	});

	it("/compare's Chart button sends the pair's bar chart privately; the /compare reply has no file", async () => {
		const user = harness.emulator.user('alice');
		const compare = await user.slash('compare', { first: 'r1', second: 'o1' });
		expect(compare.message?.attachments).toEqual([]);
		const id = button(compare, '📊 Chart');
		expect(id).toBe('compare:chart:deepseek-r1:openai-o1');
		const chart = await user.click(compare, id!, { timeoutMs: 20_000 });
		expect(chart.ephemeral).toBe(true);
		expect(chart.message?.id).not.toBe(compare.message?.id);
		expect(chart.embeds[0]?.title).toBe('DeepSeek-R1 vs OpenAI o1');
		const { file, png } = await onlyPicture(chart.message);
		expect(file.filename).toBe('compare-deepseek-r1-openai-o1.png');
		expect(file.description).toContain('DeepSeek-R1 79.8');
		const image = decodePng(png);
		expect(image.width).toBe(1040);
		expect(countColour(image, OKABE_ITO[0])).toBeGreaterThan(2000);
		expect(countColour(image, OKABE_ITO[1])).toBeGreaterThan(2000);
		// The payload went up as multipart: payload_json lists files[0] with its description (alt text).
		const payload = harness.emulator.payloads.find((entry) => entry.messageId === chart.message?.id);
		expect(payload?.body.attachments).toEqual([expect.objectContaining({ id: '0', description: file.description })]);
		// The second press is served from the memo: the same bytes.
		const again = await user.click(compare, id!);
		expect((await onlyPicture(again.message)).png.equals(png)).toBe(true);
	}, 60_000);

	it('refuses a chart button forged onto another message', async () => {
		const user = harness.emulator.user('mallory');
		const explainReply = await user.slash('explain', { topic: 'grpo' });
		const forged = await user.forgeClick(explainReply, 'compare:chart:deepseek-r1:openai-o1');
		expect(forged.ephemeral).toBe(true);
		expect(forged.content).toMatch(/no longer valid/);
		expect(forged.message?.attachments).toEqual([]);
	});

	it('/explain on a benchmark shows every model with a figure for it; other topics carry no file', async () => {
		const user = harness.emulator.user('bob');
		const aime = await user.slash('explain', { topic: 'AIME 2024' }, { timeoutMs: 20_000 });
		expect(aime.embeds[0]?.title).toBe('AIME 2024');
		const { file, png } = await onlyPicture(aime.message);
		expect(file.filename).toBe('benchmark-aime-2024.png');
		const modelsWithFigures = new Set(
			knowledge.benchmarks.scores.filter((score) => score.benchmark === 'aime-2024').map((score) => score.model),
		);
		for (const model of modelsWithFigures) {
			expect(file.description).toContain(knowledge.topics.find((topic) => topic.id === model)?.title ?? model);
		}
		expect(distinctColours(decodePng(png))).toBeGreaterThan(30);
		const concept = await user.slash('explain', { topic: 'grpo' });
		expect(concept.message?.attachments).toEqual([]);
		expect(concept.embeds[0]?.image).toBeUndefined();
	}, 60_000);

	it('/explain pipeline shows the diagram; a stage card drops it and its Diagram button highlights that stage', async () => {
		const user = harness.emulator.user('carol');
		const pipeline = await user.slash('explain', { topic: 'pipeline' }, { timeoutMs: 20_000 });
		const overview = await onlyPicture(pipeline.message);
		expect(overview.file.filename).toBe('pipeline.png');
		expect(countColour(decodePng(overview.png), OKABE_ITO[5])).toBe(0);

		const stage = await user.select(pipeline, 'explain:open', ['reasoning-rl']);
		expect(stage.message?.attachments).toEqual([]);
		expect(stage.embeds[0]?.image).toBeUndefined();
		const diagram = await user.click(stage, 'explain:diagram:reasoning-rl', { timeoutMs: 20_000 });
		expect(diagram.ephemeral).toBe(true);
		const highlighted = await onlyPicture(diagram.message);
		expect(highlighted.file.filename).toBe('pipeline-reasoning-rl.png');
		expect(highlighted.file.description).toContain('Highlighted: Step 3');
		expect(countColour(decodePng(highlighted.png), OKABE_ITO[5])).toBeGreaterThan(1000);

		// Back to all stages: the overview again, with its (memoised) diagram.
		const all = await user.click(stage, 'explain:pipeline');
		expect(all.message?.attachments.map((attachment) => attachment.filename)).toEqual(['pipeline.png']);
	}, 60_000);

	it('/quiz stats shows accuracy by topic and answers over time as a picture, after a few answers', async () => {
		const user = harness.emulator.user('dana');
		for (const right of [true, false, true]) {
			const question = await user.slash('quiz question');
			await user.click(question, answerButton(question, knowledge.quiz, right));
		}
		const handle = user.startSlash('quiz stats');
		const reply = await handle.reply();
		expect(reply.ephemeral).toBe(true);
		expect(reply.embeds[0]?.fields?.find((field) => field.name === 'Accuracy')?.value).toBe('2 of 3 (67%)');
		await handle.waitFor((state) => (state.original?.attachments.length ?? 0) > 0, 20_000);
		const { file, png } = await onlyPicture(handle.original);
		expect(file.filename).toBe('quiz-stats.png');
		expect(file.description).toContain('3 answers on 1 days, 2 right');
		const image = decodePng(png);
		expect(image.width).toBe(1040);
		expect(countColour(image, OKABE_ITO[0])).toBeGreaterThan(500);
		expect(countColour(image, OKABE_ITO[1])).toBeGreaterThan(100);
		expect(handle.original?.ephemeral).toBe(true);
	}, 60_000);
});
