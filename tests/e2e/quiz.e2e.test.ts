import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type RunningBot } from '../../src/app/bot.js';
import { buildKnowledge } from '../../src/knowledge/build/build.js';
import type { RecordedMessage, Reply } from '../../src/emulator/index.js';
import { listComponents } from '../../src/emulator/index.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { FIXTURES, readMiniInput } from '../unit/knowledge/fixtures.js';

/** The answer buttons of a question message, in order. */
function answerButtons(message: Reply | RecordedMessage): { customId: string; label: string }[] {
	return listComponents(message)
		.filter((component) => component.customId?.startsWith('quiz:answer:'))
		.map((component) => ({ customId: component.customId ?? '', label: component.label ?? '' }));
}

describe('/quiz through the emulator', () => {
	let harness: Harness;
	beforeAll(async () => {
		harness = await startHarness({ env: { QUIZ_ROUND_SECONDS: '3' } });
	});
	afterAll(async () => {
		await harness.stop();
	});

	it('posts a question with one button per option, counts answers and reveals the answer with names', async () => {
		const alice = harness.emulator.user('alice');
		const question = await alice.slash('quiz question', { topic: 'grpo', difficulty: 'hard' });
		expect(question.ephemeral).toBe(false);
		expect(question.allowedMentions).toEqual({ parse: [] });
		expect(question.embeds[0]?.description).toContain('How does GRPO compute the advantage');
		const buttons = answerButtons(question);
		expect(buttons).toHaveLength(4);
		const right = buttons.find((button) => button.label.startsWith('(reward − group mean)'));
		const wrong = buttons.find((button) => button.label.startsWith('Reward minus'));
		if (!right || !wrong) throw new Error('buttons missing');

		const press = alice.startClick(question, right.customId);
		const feedback = await press.reply();
		expect(feedback.ephemeral).toBe(true);
		expect(feedback.embeds[0]?.title).toBe('Right!');
		// The answer is ready at once, so it goes out in the first callback rather than after a defer.
		expect(press.events[0]).toMatchObject({ kind: 'callback', callbackType: 4 });
		expect(feedback.embeds[0]?.fields).toEqual(
			expect.arrayContaining([
				{ name: 'Source', value: 'DeepSeek-R1 paper eq. 1–3' },
				expect.objectContaining({ name: 'Read next', value: expect.stringContaining('GRPO') }),
			]),
		);
		const bob = harness.emulator.user('bob');
		const bobFeedback = await bob.click(question, wrong.customId);
		expect(bobFeedback.embeds[0]?.title).toBe('Not quite.');

		const again = await alice.click(question, wrong.customId);
		expect(again.ephemeral).toBe(true);
		expect(again.content).toContain('You already answered this question');

		const message = question.message;
		if (!message) throw new Error('no message');
		await harness.emulator.waitForMessage(
			(m) => m.id === message.id && m.embeds[0]?.fields?.[0]?.name === '2 answered',
		);
		const revealed = await harness.emulator.waitForMessage(
			(m) => m.id === message.id && (m.embeds[0]?.fields ?? []).some((field) => field.name === 'Answer'),
			10_000,
		);
		const fields = revealed.embeds[0]?.fields ?? [];
		expect(fields.find((field) => field.name === 'Answer')?.value).toContain('(reward − group mean)');
		expect(fields.find((field) => field.name === '1 of 2 got it right')?.value).toBe(alice.name);
		expect(revealed.allowedMentions).toEqual({ parse: [] });
	});

	it('answers a forged, unknown or finished button with a friendly ephemeral message', async () => {
		const alice = harness.emulator.user('alice');
		const question = await alice.slash('quiz question', { topic: 'mixture of experts', difficulty: 'easy' });
		const [first] = answerButtons(question);
		if (!first) throw new Error('no button');
		const roundId = first.customId.split(':')[2] ?? '';
		for (const forged of ['quiz:answer:ffffffffff:0', `quiz:answer:${roundId}:7`, 'quiz:answer', 'quiz:other:x:1']) {
			const reply = await alice.forgeClick(question, forged);
			expect(reply.ephemeral).toBe(true);
			expect(reply.content).toBe('This button is no longer valid. Try /quiz question for a new question.');
		}
		const message = question.message;
		if (!message) throw new Error('no message');
		await harness.emulator.waitForMessage(
			(m) => m.id === message.id && (m.embeds[0]?.fields ?? []).some((field) => field.name === 'Answer'),
			10_000,
		);
		const late = await harness.emulator.user('carol').forgeClick(question, first.customId);
		expect(late.ephemeral).toBe(true);
		expect(late.content).toBe('This question has finished. Try /quiz question for a new one.');
	});

	it('completes topics that have questions, and refuses a topic without any', async () => {
		const alice = harness.emulator.user('alice');
		const choices = await alice.autocomplete('quiz question', { topic: 'grp' }, 'topic');
		expect(choices[0]).toEqual({ name: 'GRPO (Group Relative Policy Optimization)', value: 'grpo' });
		const reply = await alice.slash('quiz question', { topic: 'no such topic at all' });
		expect(reply.ephemeral).toBe(true);
		expect(reply.content).toContain('No topic "no such topic at all"');
	});
});

/** Answers the question on `reply` with the option `pick` chooses; returns the feedback. */
async function answer(
	harness: Harness,
	user: string,
	reply: Reply,
	pick: (buttons: { customId: string; label: string }[]) => { customId: string } | undefined,
) {
	const button = pick(answerButtons(reply));
	if (!button) throw new Error('no such button');
	return harness.emulator.user(user).click(reply, button.customId);
}

describe('/quiz leaderboard, stats and spaced repetition (small fixture bank)', () => {
	let harness: Harness;
	let dir: string;
	// Right answers of tests/fixtures/knowledge/quiz-bank.yaml, by question.
	const RIGHT: Readonly<Record<string, string>> = {
		'How long does the warm-up take?': '5 minutes',
		'Polishing uses 3 cloths.': 'True',
		'What is shine measured in?': 'Gloss units',
		'Widget X is 20 cm wide.': 'False',
	};
	const rightFor = (reply: Reply) => RIGHT[(reply.embeds[0]?.description ?? '').replace(/\*/g, '')] ?? '';

	beforeAll(async () => {
		dir = await mkdtemp(path.join(tmpdir(), 'reasonbot-quiz-'));
		const bankPath = path.join(FIXTURES, 'quiz-bank.yaml');
		const input = await readMiniInput();
		const built = buildKnowledge({ ...input, quizBank: { path: bankPath, text: await readFile(bankPath, 'utf8') } });
		const knowledgePath = path.join(dir, 'knowledge.json');
		await writeFile(knowledgePath, built.json);
		harness = await startHarness({ env: { KNOWLEDGE_PATH: knowledgePath, QUIZ_ROUND_SECONDS: '600' } });
	});
	afterAll(async () => {
		await harness.stop();
		await rm(dir, { recursive: true, force: true });
	});

	it('asks a question the user missed first in the next pass, without repeats within a pass', async () => {
		const seen: string[] = [];
		let missed = '';
		for (let index = 0; index < 4; index += 1) {
			const reply = await harness.emulator.user('sam').slash('quiz question');
			const text = (reply.embeds[0]?.description ?? '').replace(/\*/g, '');
			seen.push(text);
			const miss = index === 1;
			if (miss) missed = text;
			await answer(harness, 'sam', reply, (buttons) =>
				buttons.find((button) => (button.label === rightFor(reply)) !== miss),
			);
		}
		expect(new Set(seen).size).toBe(4);
		const next = await harness.emulator.user('sam').slash('quiz question');
		expect((next.embeds[0]?.description ?? '').replace(/\*/g, '')).toBe(missed);
	});

	it('ranks the leaderboard by points with shared ranks for ties, and shows your rank', async () => {
		// Fresh players on one question each: easy = 1 point, hard = 3.
		const play = async (user: string, difficulty: string, right: boolean) => {
			const reply = await harness.emulator.user(user).slash('quiz question', { difficulty });
			await answer(harness, user, reply, (buttons) =>
				buttons.find((button) => (button.label === rightFor(reply)) === right),
			);
		};
		await play('hana', 'hard', true);
		await play('ivo', 'easy', true);
		await play('juno', 'easy', true);
		await play('kai', 'easy', false);
		const board = await harness.emulator.user('juno').slash('quiz leaderboard');
		const lines = (board.embeds[0]?.description ?? '').split('\n');
		expect(lines).toEqual([
			// sam missed one of 7 points on a random item: 4 to 6 points, ahead of everyone.
			expect.stringMatching(/^\*\*1\.\*\* sam · [456] pts · 3 of 4 \(75%\)$/),
			expect.stringMatching(/^\*\*2\.\*\* hana · 3 pts/),
			expect.stringMatching(/^\*\*3\.\*\* ivo · 1 pt\b/),
			expect.stringMatching(/^\*\*3\.\*\* juno · 1 pt · 1 of 1 \(100%\) ← you$/),
			expect.stringMatching(/^\*\*5\.\*\* kai · 0 pts · 0 of 1 \(0%\)$/),
		]);
		expect(board.embeds[0]?.fields?.[0]?.value).toBe('You are #3 of 5 with 1 pt.');
		expect(board.allowedMentions).toEqual({ parse: [] });
	});

	it('shows your accuracy by topic and your streaks, privately', async () => {
		const stats = await harness.emulator.user('sam').slash('quiz stats');
		expect(stats.ephemeral).toBe(true);
		const fields = Object.fromEntries((stats.embeds[0]?.fields ?? []).map((field) => [field.name, field.value]));
		expect(fields['Accuracy']).toBe('3 of 4 (75%)');
		expect(fields['Streak']).toBe('2 now · best 2');
		expect(fields['By topic (weakest first)']?.split('\n')[0]).toMatch(/: 0 of 1 \(0%\)$/);
	});
});

describe('/quiz buttons across a restart of the bot (same Discord, same SQLite file)', () => {
	let harness: Harness;
	let restarted: RunningBot | undefined;
	let dir: string;
	beforeAll(async () => {
		dir = await mkdtemp(path.join(tmpdir(), 'reasonbot-quiz-'));
		harness = await startHarness({
			env: { CACHE_URL: `sqlite://${path.join(dir, 'quiz.sqlite')}`, QUIZ_ROUND_SECONDS: '4' },
		});
	});
	afterAll(async () => {
		await restarted?.stop();
		await harness.emulator.stop();
		await rm(dir, { recursive: true, force: true });
	});

	it('keeps answer buttons working and still reveals the round after the restart', async () => {
		const question = await harness.emulator.user('alice').slash('quiz question', { topic: 'grpo', difficulty: 'hard' });
		const right = answerButtons(question).find((button) => button.label.startsWith('(reward − group mean)'));
		if (!right || !question.message) throw new Error('no question');
		await harness.bot.stop();
		restarted = await startBot({
			config: harness.bot.app.config,
			logger: harness.logs.logger,
			registry: harness.bot.registry,
		});
		const feedback = await harness.emulator.user('bob').click(question, right.customId);
		expect(feedback.embeds[0]?.title).toBe('Right!');
		const messageId = question.message.id;
		const revealed = await harness.emulator.waitForMessage(
			(m) => m.id === messageId && (m.embeds[0]?.fields ?? []).some((field) => field.name === '1 of 1 got it right'),
			10_000,
		);
		expect(revealed.embeds[0]?.fields?.find((field) => field.name === '1 of 1 got it right')?.value).toBe('bob');
	});
});
