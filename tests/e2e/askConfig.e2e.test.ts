import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askAndWait, finalOf } from '../helpers/askFlow.js';
import { FakeModelServer } from '../helpers/fakeModelServer.js';
import { startHarness, type Harness } from '../helpers/harness.js';

describe('/ask limits', () => {
	let fake: FakeModelServer;
	let harness: Harness;
	beforeAll(async () => {
		fake = await FakeModelServer.start();
		harness = await startHarness({
			env: {
				OPENAI_BASE_URL: fake.url,
				REASONING_MODEL: 'fake-reasoner',
				ASK_COOLDOWN_SECONDS: '600',
				ASK_DAILY_QUOTA: '1',
			},
		});
	});
	afterAll(async () => {
		await harness.stop();
		await fake.close();
	});

	it('says which limit stopped a question and when it resets, ephemerally', async () => {
		const alice = harness.emulator.user('alice');
		finalOf(await askAndWait(alice, 'How does distillation transfer reasoning?'));
		const reply = await alice.slash('ask', { question: 'And a second one right away?' });
		expect(reply.ephemeral).toBe(true);
		expect(reply.content).toMatch(/cooldown between questions resets <t:\d+:R>/);
		expect(reply.allowedMentions).toEqual({ parse: [] });
	});
});

describe('/ask daily quota', () => {
	let fake: FakeModelServer;
	let harness: Harness;
	beforeAll(async () => {
		fake = await FakeModelServer.start();
		harness = await startHarness({
			env: {
				OPENAI_BASE_URL: fake.url,
				REASONING_MODEL: 'fake-reasoner',
				ASK_COOLDOWN_SECONDS: '0',
				ASK_DAILY_QUOTA: '1',
			},
		});
	});
	afterAll(async () => {
		await harness.stop();
		await fake.close();
	});

	it('stops the question over the quota and says it resets at midnight UTC', async () => {
		const bob = harness.emulator.user('bob');
		finalOf(await askAndWait(bob, 'Why is R1-Zero hard to read?'));
		const calls = fake.completions.length;
		const reply = await bob.slash('ask', { question: 'One more question please?' });
		expect(reply.ephemeral).toBe(true);
		expect(reply.content).toMatch(/daily question quota: it resets <t:\d+:R>/);
		const resetsAt = Number(/<t:(\d+):R>/.exec(reply.content)?.[1]) * 1000;
		expect(new Date(resetsAt).toISOString()).toMatch(/T00:00:00\.000Z$/);
		expect(fake.completions.length).toBe(calls);
	});
});

describe('/ask without a model', () => {
	let harness: Harness;
	beforeAll(async () => {
		harness = await startHarness();
	});
	afterAll(async () => {
		await harness.stop();
	});

	it('answers from the best matching facts with sources and says how an admin turns the model on', async () => {
		const message = finalOf(
			await askAndWait(harness.emulator.user('carol'), 'How much did training DeepSeek-V3 cost?'),
		);
		expect(message.content).toContain('From the knowledge base');
		expect(message.content).toMatch(/Source: .+/);
		expect(message.content).toContain('OPENAI_BASE_URL');
		expect(message.content).toContain('REASONING_MODEL');
	});
});

describe('/ask with a model id the provider does not know', () => {
	let fake: FakeModelServer;
	let harness: Harness;
	beforeAll(async () => {
		fake = await FakeModelServer.start();
		fake.models = ['deepseek-flash', 'deepseek-v4-pro'];
		harness = await startHarness({
			env: { OPENAI_BASE_URL: fake.url, REASONING_MODEL: 'deepseek-reasoner', ASK_COOLDOWN_SECONDS: '0' },
		});
	});
	afterAll(async () => {
		await harness.stop();
		await fake.close();
	});

	it('logs a clear configuration error at start-up', async () => {
		// The check runs right after the bot is ready, without delaying it.
		await harness.bot.app.ask.startModelCheck();
		const line = harness.logs.lines().find((entry) => String(entry['msg']).startsWith('configuration error'));
		expect(line).toMatchObject({ level: 50, model: 'deepseek-reasoner' });
		expect(String(line?.['msg'])).toContain('REASONING_MODEL');
	});

	it('says /ask is misconfigured without calling the model, while /explain still works', async () => {
		const message = finalOf(
			await askAndWait(harness.emulator.user('dan'), 'How does the reward shape reasoning length?'),
		);
		expect(message.content).toContain('misconfigured');
		expect(fake.completions).toHaveLength(0);
		const explained = await harness.emulator.user('dan').slash('explain', { topic: 'grpo' });
		expect(explained.embeds[0]?.title).toContain('GRPO');
	});
});

describe('/ask with an unreachable model endpoint', () => {
	let harness: Harness;
	beforeAll(async () => {
		harness = await startHarness({
			env: { OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', REASONING_MODEL: 'fake-reasoner', ASK_COOLDOWN_SECONDS: '0' },
		});
	});
	afterAll(async () => {
		await harness.stop();
	});

	it('starts anyway and gives a final failure message instead of endless thinking', async () => {
		const message = finalOf(
			await askAndWait(harness.emulator.user('eve'), 'Will this reach the model at all?', 20_000),
		);
		expect(message.content).toContain('failed to answer');
	});
});
