import { get } from 'node:http';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { findProjectRoot } from '../../../src/app/projectRoot.js';
import { PLAYGROUND_WORLD } from '../../../src/playground/runPlayground.js';
import { startWebPlayground, type WebPlayground } from '../../../src/playground/web/server/webPlayground.js';
import { FakeModelServer } from '../../helpers/fakeModelServer.js';
import { startHarness, type Harness } from '../../helpers/harness.js';
import { launchChromium, type Browser } from './browser.js';

const ARTIFACTS = path.join(findProjectRoot(), 'test-artifacts');

describe('web playground in Chromium', () => {
	let fake: FakeModelServer;
	let harness: Harness;
	let web: WebPlayground;
	let browser: Browser;
	let page: Page;
	const cleanups: (() => Promise<void>)[] = [];
	let launchError: Error | undefined;

	beforeAll(async () => {
		fake = await FakeModelServer.start();
		cleanups.push(() => fake.close());
		harness = await startHarness({
			env: {
				OPENAI_BASE_URL: fake.url,
				OPENAI_API_KEY: 'test-key',
				REASONING_MODEL: 'fake-reasoner',
				MODEL_DEADLINE_MS: '20000',
				ASK_COOLDOWN_SECONDS: '0',
				ASK_DAILY_QUOTA: '0',
				QUIZ_ROUND_SECONDS: '3',
			},
			emulator: PLAYGROUND_WORLD,
		});
		cleanups.push(() => harness.stop());
		web = await startWebPlayground({
			stack: harness,
			projectRoot: findProjectRoot(),
			port: 0,
			logger: harness.logs.logger,
		});
		cleanups.push(() => web.stop());
		try {
			browser = await launchChromium();
		} catch (error) {
			// Every test then fails with this (a failed hook alone would report the tests as skipped).
			launchError = error instanceof Error ? error : new Error(String(error));
			return;
		}
		cleanups.push(() => browser.close());
		page = await browser.context.newPage();
		const started = performance.now();
		await page.goto(web.url);
		await page.locator('.channel', { hasText: 'study-hall' }).waitFor();
		console.log(`web playground: page ready in ${Math.round(performance.now() - started)} ms`);
	}, 120_000);

	beforeEach(() => {
		if (launchError !== undefined) throw launchError;
	});

	afterAll(async () => {
		for (const cleanup of cleanups.reverse()) await cleanup();
	});

	it('shows the server channels and serves only from itself', async () => {
		const channels = await page.locator('.channel').allTextContents();
		expect(channels.map((text) => text.replace('#', ''))).toEqual(['general', 'quiz', 'study-hall']);
		await expect(page.title()).resolves.toBe('reasonbot playground');
		// Loopback only, other hosts refused (no DNS rebinding).
		const index = await fetch(web.url);
		expect(index.headers.get('content-security-policy')).toContain("script-src 'self'");
		expect(await index.text()).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
		expect(await statusWithHost(`${web.url}/api/world`, 'evil.example')).toBe(421);
		expect(await statusWithHost(`${web.url}/api/world`, new URL(web.url).host)).toBe(200);
	});

	it('runs a command typed as a whole line with Enter', async () => {
		await typeLine(page, '/about');
		const embed = lastMessage(page).locator('.embed');
		await expect.poll(() => embed.first().textContent(), { timeout: 15_000 }).toMatch(/reasonbot/i);
		await expect(lastMessage(page).locator('.reply-bar').textContent()).resolves.toContain('used /about');
	});

	it('builds a command with the picker and the bot’s real autocomplete', async () => {
		const input = page.locator('.composer-input');
		await input.fill('');
		await input.pressSequentially('/expl');
		await expect.poll(() => pickerLabels(page)).toContain('/explain');
		await input.press('Tab');
		await expect(input.inputValue()).resolves.toBe('/explain ');
		await expect.poll(() => pickerLabels(page)).toContain('topic:');
		await input.press('Tab');
		await input.pressSequentially('grpo');
		// These suggestions come from /explain's autocomplete handler, through the emulator.
		await expect
			.poll(() => pickerLabels(page), { timeout: 10_000 })
			.toEqual(expect.arrayContaining([expect.stringMatching(/GRPO/i)]));
		await input.press('Tab');
		expect(await input.inputValue()).toMatch(/^\/explain topic: \S+/);
		await input.press('Enter');
		const message = lastMessage(page);
		await expect
			.poll(() => message.locator('.embed-title').first().textContent(), { timeout: 15_000 })
			.toMatch(/GRPO|Group Relative/i);
	});

	it('shows a picture the bot attaches and works a select menu', async () => {
		await typeLine(page, '/explain topic: pipeline');
		const message = lastMessage(page);
		const menu = message.locator('select.select-menu');
		await menu.waitFor({ timeout: 15_000 });
		// The diagram is an attachment served by the emulator, shown inline (loaded, not a broken image).
		const picture = message.locator('img.embed-image, img.attachment-image').first();
		await picture.waitFor({ timeout: 15_000 });
		await expect
			.poll(() => picture.evaluate((image) => (image as unknown as { naturalWidth: number }).naturalWidth))
			.toBeGreaterThan(0);
		const id = await message.getAttribute('data-message-id');
		const before = await message.locator('.embed-title').first().textContent();
		const stage = await menu.locator('option:not([disabled])').nth(1).getAttribute('value');
		await menu.selectOption(stage ?? '');
		const updated = page.locator(`[data-message-id="${id ?? ''}"] .embed-title`).first();
		await expect.poll(() => updated.textContent(), { timeout: 15_000 }).not.toBe(before);
	});

	it('presses a quiz answer, gets an ephemeral reply, and sees the reveal arrive live', async () => {
		await page.locator('.channel', { hasText: 'quiz' }).click();
		await typeLine(page, '/quiz question');
		const question = lastMessage(page);
		const buttons = question.locator('.action-row .button');
		await buttons.first().waitFor({ timeout: 15_000 });
		const questionId = await question.getAttribute('data-message-id');
		await buttons.first().click();
		const feedback = page.locator('.message.ephemeral').last();
		await expect
			.poll(() => feedback.locator('.ephemeral-note').textContent(), { timeout: 10_000 })
			.toContain('Only you can see this');
		// The reveal is the bot editing the question message by itself when the 3-second round ends.
		const revealed = page.locator(`[data-message-id="${questionId ?? ''}"] .embed-field-name`, { hasText: 'Answer' });
		await revealed.waitFor({ timeout: 20_000 });
	});

	it('streams a model answer, then opens and submits the follow-up modal', async () => {
		await page.locator('.channel', { hasText: 'general' }).click();
		fake.enqueue({
			trace: 'Thinking about groups. '.repeat(60),
			answer: 'GRPO compares a group of sampled answers instead of using a critic.',
			chunkChars: 20,
			chunkDelayMs: 40,
		});
		await typeLine(page, '/ask question: How does GRPO differ from PPO?');
		const answer = lastMessage(page);
		await answer.locator('.markup', { hasText: 'Thinking…' }).waitFor({ timeout: 15_000 });
		await answer.locator('.markup', { hasText: 'instead of using a critic' }).waitFor({ timeout: 20_000 });
		await expect(answer.locator('.markup').textContent()).resolves.not.toContain('Thinking about groups');

		fake.enqueue({ answer: 'A critic is a second model that scores each step.' });
		await answer.locator('.button', { hasText: 'Follow up' }).click();
		const dialog = page.locator('dialog.modal');
		await expect(dialog.locator('.modal-title').textContent()).resolves.toBe('Follow-up question');
		await dialog.locator('textarea, input').first().fill('What is a critic?');
		await dialog.locator('button[type="submit"]').click();
		await page
			.locator('.message .markup', { hasText: 'A critic is a second model that scores each step.' })
			.waitFor({ timeout: 20_000 });
		expect(JSON.stringify(fake.completions.at(-1)?.body['messages'])).toContain('What is a critic?');
	});

	it('shows a <script> tag in a question, and in a model answer, as text', async () => {
		fake.enqueue({ answer: 'You wrote <img src=x onerror="window.pwned=2"> and <b>bold</b>.' });
		await typeLine(page, '/ask question: Is <script>window.pwned=1</script> safe?');
		const answer = lastMessage(page);
		await answer.locator('.markup', { hasText: 'onerror' }).waitFor({ timeout: 20_000 });
		await expect(answer.locator('.reply-bar').textContent()).resolves.toContain('<script>window.pwned=1</script>');
		await expect(answer.locator('.markup').textContent()).resolves.toContain('<img src=x onerror="window.pwned=2">');
		expect(
			await page
				.locator('.messages script, .messages img:not(.embed-image):not(.attachment-image), .messages b')
				.count(),
		).toBe(0);
		expect(await page.evaluate('typeof window.pwned')).toBe('undefined');
	});

	it('makes /study’s permission gate visible through the user switcher', async () => {
		await page.locator('.channel', { hasText: 'study-hall' }).click();
		await typeLine(page, '/study start channel: #study-hall every: 30m');
		await lastMessage(page)
			.locator('.markup', { hasText: 'Only members with the Manage Server permission' })
			.waitFor({ timeout: 10_000 });
		await page.locator('.user-switcher').selectOption('grace');
		await typeLine(page, '/study start channel: #study-hall every: 30m');
		const accepted = lastMessage(page);
		await accepted.locator('.markup', { hasText: 'Study questions will be posted in' }).waitFor({ timeout: 10_000 });
		// The channel mention is a name, and the first post time a live relative time.
		await expect(accepted.locator('.mention').textContent()).resolves.toBe('#study-hall');
		await expect(accepted.locator('time.timestamp').textContent()).resolves.toMatch(/^in \d+ minutes?$/);
		// Relative times stay live: one moved to two minutes from now reads so within a couple of seconds.
		const time = accepted.locator('time.timestamp');
		await time.evaluate(
			(element, unix) => {
				(element as unknown as { setAttribute(name: string, value: string): void }).setAttribute('data-unix', unix);
			},
			String(Math.floor(Date.now() / 1000) + 150),
		);
		await expect.poll(() => time.textContent(), { timeout: 5_000 }).toBe('in 2 minutes');
		// The member's ephemeral refusal is not shown to the moderator.
		await expect(page.locator('.markup', { hasText: 'Only members with the Manage Server' }).count()).resolves.toBe(0);
	});

	it('keeps a screenshot of the quiz channel as a test artifact', async () => {
		await page.locator('.channel', { hasText: 'quiz' }).click();
		await page.locator('.embed-field-name', { hasText: 'Answer' }).first().waitFor();
		await mkdir(ARTIFACTS, { recursive: true });
		await page.screenshot({ path: path.join(ARTIFACTS, 'web-playground.png') });
	});
});

/** fetch() may not set Host; node:http may. */
function statusWithHost(url: string, host: string): Promise<number | undefined> {
	return new Promise((resolve, reject) => {
		get(url, { headers: { host } }, (response) => {
			response.resume();
			resolve(response.statusCode);
		}).on('error', reject);
	});
}

async function typeLine(page: Page, line: string): Promise<void> {
	const input = page.locator('.composer-input');
	await input.fill(line);
	await input.press('Enter');
}

function lastMessage(page: Page) {
	return page.locator('.messages > .message').last();
}

async function pickerLabels(page: Page): Promise<string[]> {
	return page.locator('.picker:not([hidden]) .picker-label').allTextContents();
}
