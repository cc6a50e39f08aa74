import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { finalOf, isFinal } from '../helpers/askFlow.js';
import { FakeModelServer } from '../helpers/fakeModelServer.js';
import { startHarness, type Harness } from '../helpers/harness.js';

describe("an /ask answer's final edit, when Discord fails it or the token runs out", () => {
	let fake: FakeModelServer;
	let harness: Harness;
	// The bot's clock (what it checks the 15-minute token against); the emulator keeps real time.
	let botClockAheadMs = 0;
	beforeAll(async () => {
		fake = await FakeModelServer.start();
		harness = await startHarness({
			env: {
				OPENAI_BASE_URL: fake.url,
				OPENAI_API_KEY: 'test-key',
				REASONING_MODEL: 'fake-reasoner',
				ASK_COOLDOWN_SECONDS: '0',
				ASK_DAILY_QUOTA: '0',
			},
			now: () => new Date(Date.now() + botClockAheadMs),
		});
	});
	afterAll(async () => {
		await harness.stop();
		await fake.close();
	});
	beforeEach(() => {
		botClockAheadMs = 0;
		harness.emulator.faults.clear();
	});

	it('GIVEN the final edit fails 5 times (500) THEN it is tried again and the answer arrives', async () => {
		// Streamed for well under the 1.5 s between progress edits: after the first, the next edit is the final one.
		fake.enqueue({ trace: 'thinking '.repeat(10), answer: 'Delivered after five failures.', chunkDelayMs: 60 });
		const handle = harness.emulator.user('retry-alice').startSlash('ask', { question: 'Does a failing edit lose it?' });
		await handle.waitFor((h) => h.original?.content.startsWith('🧠 Thinking') === true, 10_000);
		harness.emulator.faults.failNext({ route: 'webhook', status: 500, times: 5 });
		const message = finalOf(await handle.waitFor((h) => isFinal(h.original), 20_000));
		expect(harness.emulator.faults.pending).toBe(0);
		expect(message.content).toContain('Delivered after five failures.');
		expect(message.allowedMentions).toEqual({ parse: [] });
	});

	it('GIVEN the token is about to expire mid-answer THEN the answer goes to the channel and the reply links to it', async () => {
		fake.enqueue({ trace: 'slow thought '.repeat(12), answer: 'Late but complete.', chunkChars: 12, chunkDelayMs: 80 });
		const handle = harness.emulator.user('late-bob').startSlash('ask', { question: 'A very slow question, please' });
		await handle.waitFor((h) => h.original?.content.startsWith('🧠 Thinking') === true, 10_000);
		botClockAheadMs = 14.5 * 60_000;
		const posted = await harness.emulator.waitForMessage(
			(message) => message.interactionId === undefined && message.content.includes('Late but complete.'),
			15_000,
		);
		const reply = await handle.waitFor((h) => h.original?.content.startsWith('⏩') === true, 5_000);
		expect(reply.original?.content).toBe(
			`⏩ This answer took longer than Discord lets a reply run (15 minutes), so it continues in a new message: https://discord.com/channels/${posted.guildId ?? ''}/${posted.channelId}/${posted.id}`,
		);
		expect(reply.original?.allowedMentions).toEqual({ parse: [] });
	});
});
