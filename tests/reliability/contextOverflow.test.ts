import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { askAndWait, buttonId, finalOf, isFinal } from '../helpers/askFlow.js';
import { FakeModelServer } from '../helpers/fakeModelServer.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { listComponents, type RecordedMessage } from '../../src/emulator/index.js';

// Long enough that the thread cannot fit the fake's window while it carries this first answer.
const LONG_ANSWER = `Cold-start data fixes the output format before RL. ${'It also steadies early training. '.repeat(180)}`;
const WINDOW_CHARS = 5_000;

const hasFollowUp = (message: RecordedMessage | undefined): boolean =>
	message !== undefined && listComponents(message).some((component) => component.label === 'Follow up');

describe('a prompt over the model context (a real-shaped 400 context_length_exceeded)', () => {
	let fake: FakeModelServer;
	let harness: Harness;
	beforeAll(async () => {
		fake = await FakeModelServer.start();
		harness = await startHarness({
			env: {
				OPENAI_BASE_URL: fake.url,
				OPENAI_API_KEY: 'test-key',
				REASONING_MODEL: 'fake-reasoner',
				MODEL_DEADLINE_MS: '3000',
				ASK_COOLDOWN_SECONDS: '0',
				ASK_DAILY_QUOTA: '0',
			},
		});
	});
	afterAll(async () => {
		await harness.stop();
		await fake.close();
	});
	beforeEach(() => {
		fake.clearQueue();
		fake.contextWindowChars = undefined;
	});

	/** /ask, then two follow-ups by the same user: a thread of three turns whose first answer is long. */
	async function longThread(name: string): Promise<{ first: RecordedMessage; modalId: string }> {
		const user = harness.emulator.user(name);
		fake.enqueue({ answer: LONG_ANSWER });
		const asked = await askAndWait(user, 'Why did R1 need cold-start data before RL at all?');
		// A long answer is split over several messages; its buttons come with the last one.
		const withButtons = await asked.waitFor((handle) => hasFollowUp(handle.followUps.at(-1)), 15_000);
		const first = withButtons.followUps.at(-1) ?? finalOf(asked);
		const modal = await user.click(first, buttonId(first, 'Follow up'));
		const modalId = modal.modal?.customId ?? '';
		fake.enqueue({ answer: 'About a few thousand examples.' });
		await user
			.startSubmitModal(modalId, { question: 'How much cold-start data was it?' }, { message: first })
			.waitFor((handle) => isFinal(handle.original), 15_000);
		return { first, modalId };
	}

	async function followUp(name: string, thread: { first: RecordedMessage; modalId: string }, question: string) {
		const handle = await harness.emulator
			.user(name)
			.startSubmitModal(thread.modalId, { question }, { message: thread.first })
			.waitFor((h) => isFinal(h.original), 15_000);
		return finalOf(handle);
	}

	it('GIVEN the whole thread overflows THEN trims the history and passages, asks once more and answers', async () => {
		const thread = await longThread('trim-alice');
		fake.contextWindowChars = WINDOW_CHARS;
		fake.enqueue({ answer: 'Answered from the trimmed thread.' });
		const calls = fake.completions.length;

		const answer = await followUp('trim-alice', thread, 'And what came after the cold start?');

		expect(answer.content).toContain('Answered from the trimmed thread.');
		const [refused, retried] = fake.completions.slice(calls).map((request) => JSON.stringify(request.body['messages']));
		expect(fake.completions.length - calls).toBe(2);
		expect(refused).toContain('It also steadies early training.');
		expect(retried).not.toContain('It also steadies early training.');
		// The latest turn and the new question survive the trim; at most two passages do.
		expect(retried).toContain('How much cold-start data was it?');
		expect(retried).toContain('And what came after the cold start?');
		expect(refused).toContain('[3] ');
		expect(retried).toContain('[2] ');
		expect(retried).not.toContain('[3] ');
	});

	it('GIVEN even the trimmed prompt overflows THEN tells the asker the thread is too long and to ask afresh', async () => {
		const thread = await longThread('trim-bob');
		fake.contextWindowChars = 50;
		const calls = fake.completions.length;

		const answer = await followUp('trim-bob', thread, 'And then?');

		expect(fake.completions.length - calls).toBe(2);
		expect(answer.content).toBe(
			'Your question and its thread are too long for the reasoning model, even with older turns and passages left out. Ask it as a fresh question with /ask (not a follow-up), or shorten it.',
		);
		expect(answer.content).not.toContain('REASONING_MODEL');
		expect(answer.allowedMentions).toEqual({ parse: [] });
	});
});
