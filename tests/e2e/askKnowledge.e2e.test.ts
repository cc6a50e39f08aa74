import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { listComponents, type RecordedMessage } from '../../src/emulator/index.js';
import { createQaEngine, type QaEngine } from '../../src/qa/engine.js';
import { askAndWait, buttonId, finalOf, isFinal } from '../helpers/askFlow.js';
import { FakeModelServer, type RecordedRequest } from '../helpers/fakeModelServer.js';
import { startHarness, type Harness } from '../helpers/harness.js';

const OPEN = 'Open in /explain';
const BUTTON = 2;

/** Student questions the knowledge answers, and what the answer must say. */
const COVERED: readonly {
	readonly question: string;
	readonly says: readonly (string | RegExp)[];
	/** Part of the topic title the answer names (and /explain opens). */
	readonly topic?: string;
}[] = [
	{ question: 'r1 vs the 32b qwen distill on aime', says: ['79.8', '72.6', 'AIME 2024'] },
	{
		question: 'what happens right after the cold-start stage?',
		says: ['Step 3', /reasoning-oriented RL/i],
		topic: 'Step 3',
	},
	{ question: 'whats grop', says: ['GRPO', 'Group Relative Policy Optimization', 'critic'], topic: 'GRPO' },
	{ question: 'can i run r1 at home', says: ['vLLM'], topic: 'Running R1 yourself' },
	{
		question: 'so are these tools meant to replace us?',
		says: ['author', 'support human thinking rather than replace people'],
		topic: "author's view",
	},
];

/** What a student sees as the answer's topic: the title after "From the knowledge base ·". */
function shownTopic(message: RecordedMessage): string {
	const title = /From the knowledge base\*\* · (.+)$/m.exec(message.content)?.[1];
	if (!title) throw new Error(`no knowledge-base header on: ${message.content.slice(0, 120)}`);
	return title;
}

/** What a student can see of a message, to tell whether anything changed it. */
function snapshot(message: RecordedMessage | undefined) {
	return message && { content: message.content, components: message.components, edits: message.edits.length };
}

function current(harness: Harness, id: string): RecordedMessage | undefined {
	return harness.emulator.messages.find((message) => message.id === id);
}

function lastUserMessage(request: RecordedRequest): string | undefined {
	const messages = request.body['messages'] as { role: string; content: string }[];
	return messages.filter((message) => message.role === 'user').at(-1)?.content;
}

function systemPrompt(request: RecordedRequest | undefined): string {
	const messages = (request?.body['messages'] ?? []) as { role: string; content: string }[];
	return messages.find((message) => message.role === 'system')?.content ?? '';
}

const MODEL_ENV = {
	REASONING_MODEL: 'fake-reasoner',
	OPENAI_API_KEY: 'test-key',
	MODEL_DEADLINE_MS: '2000',
	MODEL_MAX_RETRY_WAIT_MS: '2000',
} as const;

describe('/ask from the knowledge with no model configured (a newcomer’s default)', () => {
	let harness: Harness;
	beforeAll(async () => {
		harness = await startHarness();
	});
	afterAll(async () => {
		await harness.stop();
	});

	it.each(COVERED)('answers "$question" from the knowledge with its topic and sources', async (entry) => {
		const message = finalOf(await askAndWait(harness.emulator.user('student'), entry.question));
		expect(message.ephemeral).toBe(false);
		expect(message.content).toContain('From the knowledge base');
		for (const said of entry.says) expect(message.content).toMatch(said);
		if (entry.topic) expect(shownTopic(message)).toContain(entry.topic);
		expect(message.content).toMatch(/^-# Source: \S.+$/m);
		expect(listComponents(message).filter((component) => component.type === BUTTON)).toEqual([
			expect.objectContaining({ label: OPEN, disabled: false }),
		]);
		expect(message.content).not.toContain('Not stated in our sources');
		// No model: the answer says how an admin turns one on.
		expect(message.content).toContain('REASONING_MODEL');
		expect(message.allowedMentions).toEqual({ parse: [] });
	});

	it('says an off-topic question is not in the sources and offers the nearest topics, which open in /explain', async () => {
		const student = harness.emulator.user('wanderer');
		const message = finalOf(await askAndWait(student, 'best pizza in rome'));
		expect(message.content).toContain('Not stated in our sources');
		expect(message.content).not.toContain('From the knowledge base');
		expect(message.content).not.toContain('Source:');
		expect(message.allowedMentions).toEqual({ parse: [] });
		const buttons = listComponents(message).filter((component) => component.type === BUTTON);
		expect(buttons.length).toBeGreaterThan(0);
		for (const button of buttons) {
			expect(button.label).not.toBe(OPEN);
			// The answer names each suggested topic, and its button opens that topic.
			expect(message.content).toContain(`**${button.label ?? ''}**`);
			const opened = await student.click(message, button.customId ?? '');
			expect(opened).toMatchObject({ type: 'message', ephemeral: true, allowedMentions: { parse: [] } });
			expect(opened.embeds[0]?.title).toBe(button.label);
		}
	});

	it('opens the answer’s topic privately for whoever presses Open in /explain, leaving the public answer as it was', async () => {
		for (const { question } of COVERED) {
			const message = finalOf(await askAndWait(harness.emulator.user('asker'), question));
			const before = snapshot(message);
			const presser = harness.emulator.user('classmate');
			const opened = await presser.click(message, buttonId(message, OPEN));
			expect(opened.type).toBe('message');
			expect(opened.ephemeral).toBe(true);
			expect(opened.embeds[0]?.title).toBe(shownTopic(message));
			expect(opened.allowedMentions).toEqual({ parse: [] });
			expect(opened.message?.id).not.toBe(message.id);
			expect(snapshot(current(harness, message.id))).toEqual(before);
		}
	});

	it('refuses a forged or unknown topic in the button with a friendly private message and changes nothing', async () => {
		const message = finalOf(await askAndWait(harness.emulator.user('asker'), 'whats grop'));
		const before = snapshot(message);
		const real = buttonId(message, OPEN);
		// The same button naming a topic that does not exist, an extra part, or no topic at all.
		const withoutTopic = real.slice(0, real.lastIndexOf(':') + 1);
		const forged = [`${withoutTopic}no-such-topic`, `${real}:extra`, withoutTopic];
		const messagesBefore = harness.emulator.messages.filter((each) => !each.ephemeral).length;
		for (const customId of forged) {
			const reply = await harness.emulator.user('prankster').forgeClick(message, customId);
			expect(reply.type).toBe('message');
			expect(reply.ephemeral).toBe(true);
			expect(reply.embeds).toEqual([]);
			expect(reply.content).toMatch(/no longer valid/i);
			expect(reply.content).not.toMatch(/went wrong/i);
			expect(reply.allowedMentions).toEqual({ parse: [] });
			expect(snapshot(current(harness, message.id))).toEqual(before);
		}
		expect(harness.emulator.messages.filter((each) => !each.ephemeral)).toHaveLength(messagesBefore);
		expect(harness.bot.app.stats.count('failed')).toBe(0);
	});

	it('sends every payload with mentions disabled', () => {
		expect(harness.emulator.payloads.length).toBeGreaterThan(0);
		for (const payload of harness.emulator.payloads) expect(payload.allowedMentions).toEqual({ parse: [] });
	});
});

describe('knowledge answers cost no cooldown or quota (no model configured)', () => {
	let harness: Harness;
	beforeAll(async () => {
		harness = await startHarness({ env: { ASK_COOLDOWN_SECONDS: '60', ASK_DAILY_QUOTA: '2' } });
	});
	afterAll(async () => {
		await harness.stop();
	});

	it('answers four questions in a row from one user', async () => {
		const student = harness.emulator.user('eager');
		for (const { question, says } of COVERED.slice(0, 4)) {
			const message = finalOf(await askAndWait(student, question));
			expect(message.ephemeral).toBe(false);
			expect(message.content).toContain('From the knowledge base');
			expect(message.content).toMatch(says[0] ?? '');
			expect(message.content).not.toMatch(/cooldown|quota/);
		}
	});
});

describe('with a model configured, a direct knowledge answer costs no model call and no cooldown', () => {
	let fake: FakeModelServer;
	let harness: Harness;
	let engine: QaEngine;
	beforeAll(async () => {
		fake = await FakeModelServer.start();
		harness = await startHarness({
			env: { ...MODEL_ENV, OPENAI_BASE_URL: fake.url, ASK_COOLDOWN_SECONDS: '60', ASK_DAILY_QUOTA: '2' },
		});
		engine = createQaEngine(harness.bot.app.knowledge);
	});
	afterAll(async () => {
		await harness.stop();
		await fake.close();
	});

	it('answers a table figure from the knowledge, then admits one model question, then holds the next to the cooldown', async () => {
		const figure = 'what did r1 score on aime 2024';
		const open = 'explain how the aha moment relates to longer reasoning chains in simple steps';
		const another = 'why did R1-Zero mix languages in its answers, in your own words?';
		const answered = engine.answer(figure);
		expect(answered.covered && answered.direct).toBe(true);
		for (const question of [open, another]) {
			const routed = engine.answer(question);
			expect(routed.covered && routed.direct).toBe(false);
		}
		const student = harness.emulator.user('juggler');

		const knowledge = finalOf(await askAndWait(student, figure));
		expect(knowledge.content).toContain('From the knowledge base');
		expect(knowledge.content).toContain('79.8');
		expect(knowledge.content).not.toContain('REASONING_MODEL');
		expect(fake.completions).toHaveLength(0);

		fake.enqueue({ answer: 'MODEL-ANSWER: reflection lengthens the chain [1].' });
		const modelAnswer = finalOf(await askAndWait(student, open));
		expect(modelAnswer.content).toContain('MODEL-ANSWER: reflection lengthens the chain [1].');
		expect(modelAnswer.content).toContain('`fake-reasoner`');
		expect(fake.completions).toHaveLength(1);

		const refused = await student.slash('ask', { question: another });
		expect(refused.ephemeral).toBe(true);
		expect(refused.content).toMatch(/cooldown between questions resets <t:\d+:R>/);
		expect(refused.allowedMentions).toEqual({ parse: [] });
		expect(fake.completions).toHaveLength(1);

		// The cooldown holds back the model only: the knowledge still answers within it.
		const again = finalOf(await askAndWait(student, 'whats grop'));
		expect(again.content).toContain('From the knowledge base');
		expect(again.content).toContain('GRPO');
		expect(fake.completions).toHaveLength(1);
	});
});

describe('with a model configured, the prompt carries the knowledge that answers the question', () => {
	let fake: FakeModelServer;
	let harness: Harness;
	let engine: QaEngine;
	beforeAll(async () => {
		fake = await FakeModelServer.start();
		harness = await startHarness({
			env: { ...MODEL_ENV, OPENAI_BASE_URL: fake.url, ASK_COOLDOWN_SECONDS: '0', ASK_DAILY_QUOTA: '0' },
		});
		engine = createQaEngine(harness.bot.app.knowledge);
	});
	afterAll(async () => {
		await harness.stop();
		await fake.close();
	});

	beforeEach(() => {
		fake.clearQueue();
	});

	const completionFor = (question: string): RecordedRequest | undefined =>
		fake.completions.filter((request) => lastUserMessage(request) === question).at(-1);

	it.each([
		{
			question: 'explain how the aha moment relates to longer reasoning chains in simple steps',
			holds: ['aha moment', 'one checkpoint stopped in the middle of a solution'],
		},
		{ question: 'r1 vs the 32b qwen distill on aime', holds: ['79.8', '72.6'] },
		{ question: 'can i run r1 at home', holds: ['vLLM or SGLang'] },
		{
			question: 'so are these tools meant to replace us?',
			holds: ['support human thinking rather than replace people'],
		},
	])('routes "$question" as the engine says, with the answer in front of the user or the model', async (entry) => {
		const answer = engine.answer(entry.question);
		const direct = answer.covered && answer.direct;
		const calls = fake.completions.length;
		fake.enqueue({ answer: 'MODEL-ANSWER for the student.' });
		const message = finalOf(await askAndWait(harness.emulator.user('curious'), entry.question));
		if (direct) {
			// Answered straight from the knowledge: nothing goes to the model.
			expect(fake.completions).toHaveLength(calls);
			expect(message.content).toContain('From the knowledge base');
			for (const text of entry.holds) expect(message.content).toContain(text);
			return;
		}
		expect(fake.completions).toHaveLength(calls + 1);
		expect(message.content).toContain('MODEL-ANSWER for the student.');
		const prompt = systemPrompt(completionFor(entry.question));
		expect(prompt).toContain('Passages:');
		for (const text of entry.holds) expect(prompt).toContain(text);
	});

	it('sends at least one of these questions to the model', () => {
		expect(fake.completions.length).toBeGreaterThan(0);
	});

	it('carries the passages of a follow-up question, not only its thread', async () => {
		const alice = harness.emulator.user('alice');
		fake.enqueue({ answer: 'First: the aha moment is reflection emerging from RL.' });
		const first = finalOf(
			await askAndWait(alice, 'explain how the aha moment relates to longer reasoning chains in simple steps, again'),
		);
		const modal = await alice.click(first, buttonId(first, 'Follow up'));
		const question = 'can i run r1 at home';
		fake.enqueue({ answer: 'Follow-up answer.' });
		await alice
			.startSubmitModal(modal.modal?.customId ?? '', { question }, { message: first })
			.waitFor((handle) => isFinal(handle.original), 15_000);
		const prompt = systemPrompt(completionFor(question));
		expect(prompt).toContain('vLLM or SGLang');
		expect(JSON.stringify(completionFor(question)?.body['messages'])).toContain(
			'First: the aha moment is reflection emerging from RL.',
		);
	});

	it('sends every payload with mentions disabled', () => {
		for (const payload of harness.emulator.payloads) expect(payload.allowedMentions).toEqual({ parse: [] });
	});
});
