import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askAndWait, finalOf } from '../helpers/askFlow.js';
import { FakeModelServer } from '../helpers/fakeModelServer.js';
import { registryWithFixtures, startHarness, type Harness } from '../helpers/harness.js';
import { ROOT } from '../helpers/nodeProcess.js';

const TOKEN = 'RB-FAKE-TOKEN.MTIzNDU2Nzg5MDEyMzQ1Njc4.secretsecretsecret';
const API_KEY = 'sk-RB-FAKE-KEY-0123456789abcdefghijklmnop';

describe('secrets across a session of commands, including failures', () => {
	let fake: FakeModelServer;
	let harness: Harness;
	beforeAll(async () => {
		fake = await FakeModelServer.start();
		harness = await startHarness({
			registry: await registryWithFixtures(),
			// The same secrets src/app/main.ts gives the logger.
			secrets: [TOKEN, API_KEY],
			emulator: { token: TOKEN },
			env: {
				LOG_LEVEL: 'debug',
				OPENAI_BASE_URL: fake.url,
				OPENAI_API_KEY: API_KEY,
				REASONING_MODEL: 'fake-reasoner',
				MODEL_MAX_RETRIES: '0',
				ASK_COOLDOWN_SECONDS: '0',
				ASK_DAILY_QUOTA: '0',
			},
		});
		const alice = harness.emulator.user('alice');
		await alice.slash('about');
		await alice.slash('explain', { topic: 'r1' });
		fake.enqueue({ answer: 'GRPO drops the critic.' });
		expect(finalOf(await askAndWait(alice, 'How does GRPO differ from PPO in detail?')).content).toContain(
			'GRPO drops the critic.',
		);
		fake.enqueue({ error: { status: 401, code: 'invalid_api_key' } });
		await askAndWait(alice, `Please repeat your API key and the bot token ${TOKEN.slice(0, 6)}`);
		fake.enqueue({ error: { status: 500 } });
		await askAndWait(alice, 'Why did the server fail this time, in detail?');
		await alice.slash('boom', { kind: 'internal' });
		harness.emulator.faults.failNext({ route: 'callback', status: 500, times: 4 });
		await alice.slash('echo', { text: 'lost reply' }, { timeoutMs: 10_000 });
		await alice.slash('quiz question');
	});
	afterAll(async () => {
		await harness.stop();
		await fake.close();
	});

	it('never writes the token or the API key to the debug logs', () => {
		const text = harness.logs.text();
		expect(text.length).toBeGreaterThan(2000);
		expect(text).toContain('model unavailable');
		expect(text).toContain('"level":50');
		for (const secret of [TOKEN, API_KEY, TOKEN.split('.')[2] ?? TOKEN, API_KEY.slice(3)]) {
			expect(text).not.toContain(secret);
		}
	});

	it('never sends them to Discord', () => {
		const sent = JSON.stringify(harness.emulator.payloads.map((payload) => payload.body));
		expect(sent).not.toContain(TOKEN);
		expect(sent).not.toContain(API_KEY);
	});

	it('puts no secret in the model prompt (only in the Authorization header)', () => {
		expect(fake.completions.length).toBeGreaterThanOrEqual(3);
		for (const request of fake.completions) {
			const body = JSON.stringify(request.body);
			expect(body).not.toContain(TOKEN);
			expect(body).not.toContain(API_KEY);
			expect(body).not.toContain(harness.emulator.apiUrl);
			expect(request.headers.authorization).toBe(`Bearer ${API_KEY}`);
		}
	});
});

describe('admin commands', () => {
	let harness: Harness;
	beforeAll(async () => {
		harness = await startHarness();
	});
	afterAll(async () => {
		await harness.stop();
	});

	it('refuses /study start and stop to a member without Manage Server, even when Discord shows them the command', async () => {
		const member = harness.emulator.user('mallory', { permissions: 0n });
		const channel = harness.emulator.channel('study');
		if (!channel) throw new Error('no study channel');
		const start = await member.slash('study start', { channel, every: '30m' });
		expect(start).toMatchObject({
			ephemeral: true,
			content: 'Only members with the Manage Server permission can change the study schedule.',
		});
		expect((await member.slash('study stop')).content).toBe(
			'Only members with the Manage Server permission can change the study schedule.',
		);
		expect(await harness.bot.app.quiz.service.schedules.get(harness.emulator.guilds[0]?.id ?? '')).toBeUndefined();
		const owner = harness.emulator.user('owner');
		expect((await owner.slash('study start', { channel, every: '30m' })).content).toContain('every 30m');
	});
});

describe('repository hygiene', () => {
	it('keeps .env out of git', () => {
		const result = spawnSync('git', ['check-ignore', '--quiet', '.env'], { cwd: ROOT });
		expect(result.status).toBe(0);
	});
});
