import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listComponents, type Reply, type RecordedMessage } from '../../src/emulator/index.js';
import { askAndWait, buttonId, finalOf } from '../helpers/askFlow.js';
import { FakeModelServer } from '../helpers/fakeModelServer.js';
import { startHarness, type Harness } from '../helpers/harness.js';

// Long enough for three pages, so the private trace has Previous/Next buttons.
const TRACE = `TRACE-ONLY-FOR-THE-PRESSER ${'a private line of reasoning. '.repeat(200)}`;

/** What anyone in the channel sees of a message. */
const snapshot = (message: RecordedMessage) =>
	JSON.stringify({ content: message.content, embeds: message.embeds, components: message.components });

describe('forged component ids on public messages', () => {
	let fake: FakeModelServer;
	let harness: Harness;
	let answer: RecordedMessage;
	let trace: Reply;
	const publicMessages: Record<string, RecordedMessage> = {};
	const current = (message: RecordedMessage) => {
		const found = harness.emulator.messages.find((each) => each.id === message.id);
		if (!found) throw new Error('message gone');
		return found;
	};
	const message = (reply: Reply): RecordedMessage => {
		if (!reply.message) throw new Error('no message');
		return reply.message;
	};

	beforeAll(async () => {
		fake = await FakeModelServer.start();
		harness = await startHarness({
			env: {
				OPENAI_BASE_URL: fake.url,
				OPENAI_API_KEY: 'test-key',
				REASONING_MODEL: 'fake-reasoner',
				ASK_COOLDOWN_SECONDS: '0',
				ASK_DAILY_QUOTA: '0',
				REGENERATE_COOLDOWN_SECONDS: '0',
				QUIZ_ROUND_SECONDS: '600',
			},
		});
		const alice = harness.emulator.user('alice');
		fake.enqueue({ trace: TRACE, answer: 'GRPO scores a group of sampled answers instead of a critic.' });
		answer = finalOf(await askAndWait(alice, 'How would GRPO behave with a much larger group size?'));
		trace = await alice.click(answer, buttonId(answer, 'Show reasoning'));
		publicMessages['/ask model answer'] = answer;
		publicMessages['/ask knowledge answer'] = finalOf(await askAndWait(alice, 'whats grop'));
		publicMessages['/explain stage'] = message(await alice.slash('explain', { topic: 'cold start' }));
		publicMessages['/explain pipeline'] = message(await alice.slash('explain', { topic: 'pipeline' }));
		publicMessages['/compare'] = message(await alice.slash('compare', { first: 'r1', second: 'v3' }));
		publicMessages['/quiz question'] = message(await alice.slash('quiz question'));
		publicMessages['/about'] = message(await alice.slash('about'));
	}, 60_000);
	afterAll(async () => {
		await harness.stop();
		await fake.close();
	});

	it('has a private, paged trace to steal ids from', () => {
		expect(trace.ephemeral).toBe(true);
		expect(trace.content).toContain('TRACE-ONLY-FOR-THE-PRESSER');
		const labels = listComponents(trace).flatMap((component) => (component.customId ? [component.label] : []));
		expect(labels).toEqual(['Previous', 'Next']);
	});

	it('GIVEN every id of every prefix pressed on every kind of public message it is not on THEN nothing public changes', async () => {
		const real = [
			...Object.values(publicMessages).flatMap((each) => listComponents(each)),
			...listComponents(trace),
		].flatMap((component) => component.customId ?? []);
		const prefixes = [...harness.bot.registry.components.keys()];
		const ids = [...new Set([...real, ...prefixes.flatMap((prefix) => [prefix, `${prefix}:${answer.id}:1`])])];
		// Real ids of every command's prefix are among them.
		for (const prefix of ['ask-trace', 'ask-tracepg', 'ask-regen', 'ask-follow', 'explain', 'quiz'])
			expect({ prefix, found: real.some((id) => id.startsWith(`${prefix}:`)) }).toEqual({ prefix, found: true });
		expect(prefixes).toEqual(expect.arrayContaining(['ask-trace', 'ask-tracepg', 'ask-regen', 'ask-follow']));
		const mallory = harness.emulator.user('mallory');
		const publicBefore = harness.emulator.messages.filter((each) => !each.ephemeral).length;
		const calls = fake.completions.length;
		for (const [kind, target] of Object.entries(publicMessages)) {
			const before = snapshot(current(target));
			const own = new Set(listComponents(target).map((component) => component.customId));
			for (const customId of ids.filter((id) => !own.has(id))) {
				const reply = await mallory.forgeClick(target, customId);
				expect({ kind, customId, type: reply.type, ephemeral: reply.ephemeral }).toEqual({
					kind,
					customId,
					type: 'message',
					ephemeral: true,
				});
				expect(reply.content).not.toContain('TRACE-ONLY-FOR-THE-PRESSER');
				expect(snapshot(current(target))).toBe(before);
			}
		}
		expect(harness.emulator.messages.filter((each) => !each.ephemeral)).toHaveLength(publicBefore);
		expect(fake.completions.length).toBe(calls);
		expect(harness.bot.app.stats.count('failed')).toBe(0);
	}, 120_000);

	it('pages the trace on the private trace itself', async () => {
		const next = await harness.emulator.user('alice').click(trace, buttonId(message(trace), 'Next'));
		expect(next).toMatchObject({ type: 'update', ephemeral: true });
		expect(next.content).toContain('page 2/');
	});

	it('shows the reasoning to anyone who presses it, only to them', async () => {
		const reply = await harness.emulator.user('bob').click(answer, buttonId(answer, 'Show reasoning'));
		expect(reply.ephemeral).toBe(true);
		expect(reply.content).toContain('TRACE-ONLY-FOR-THE-PRESSER');
	});

	it('lets only the asker regenerate', async () => {
		const calls = fake.completions.length;
		const reply = await harness.emulator.user('bob').click(answer, buttonId(answer, 'Regenerate'));
		expect(reply).toMatchObject({
			ephemeral: true,
			content:
				'Only the person who asked can regenerate this answer. Ask your own with /ask, or press Follow up to continue from it.',
		});
		expect(fake.completions.length).toBe(calls);
	});
});
