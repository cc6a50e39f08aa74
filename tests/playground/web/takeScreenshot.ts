// The README's picture of the web playground: `npx tsx tests/playground/web/takeScreenshot.ts docs/web-playground.png`.
// An /explain embed, a streamed /ask answer (from the local fake model) and the command picker open.
import { findProjectRoot } from '../../../src/app/projectRoot.js';
import { PLAYGROUND_WORLD } from '../../../src/playground/runPlayground.js';
import { startWebPlayground } from '../../../src/playground/web/server/webPlayground.js';
import { FakeModelServer } from '../../helpers/fakeModelServer.js';
import { startHarness } from '../../helpers/harness.js';
import { launchChromium } from './browser.js';

const fake = await FakeModelServer.start();
fake.models = ['deepseek-r1'];
const harness = await startHarness({
	env: {
		OPENAI_BASE_URL: fake.url,
		OPENAI_API_KEY: 'k',
		REASONING_MODEL: 'deepseek-r1',
		ASK_COOLDOWN_SECONDS: '0',
		ASK_DAILY_QUOTA: '0',
		LOG_LEVEL: 'warn',
	},
	emulator: PLAYGROUND_WORLD,
});
const web = await startWebPlayground({
	stack: harness,
	projectRoot: findProjectRoot(),
	port: 0,
	logger: harness.logs.logger,
});
const browser = await launchChromium();
const page = await browser.context.newPage();
await page.setViewportSize({ width: 1200, height: 1000 });
await page.goto(web.url);
const input = page.locator('.composer-input');
const send = async (line: string) => {
	await input.fill(line);
	await input.press('Enter');
};
await send('/explain topic: grpo');
await page.locator('.embed-title').first().waitFor();
const quizChannel = harness.emulator.channel('quiz')?.id ?? '';
fake.enqueue({
	trace: 'Think.',
	answer: `**GRPO** drops the critic: it samples a *group* of answers and scores each one against the group mean. See <#${quizChannel}> to practise.`,
});
await send('/ask question: Why does GRPO not need a critic?');
await page.locator('.markup', { hasText: 'drops the critic' }).waitFor({ timeout: 20000 });
await new Promise((r) => setTimeout(r, 500));
await input.fill('');
await input.pressSequentially('/quiz ');
await page.locator('.picker:not([hidden])').waitFor();
await page.screenshot({ path: process.argv[2] ?? 'test-artifacts/web-playground-readme.png' });
await browser.close();
await web.stop();
await harness.stop();
await fake.close();
