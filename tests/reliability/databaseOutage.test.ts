import { mkdtemp, rm, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Reply } from '../../src/emulator/index.js';
import { startHarness, type Harness } from '../helpers/harness.js';
import { freshPostgresSchema, postgresUrlForTests, type PostgresSchema } from '../helpers/postgres.js';
import { answerButton } from '../helpers/quizAnswers.js';
import { startTcpProxy, type TcpProxy } from '../helpers/tcpProxy.js';

const STORE_DOWN =
	/^The bot's storage is unavailable right now, so this cannot be done\. Try again in a minute \(ref [0-9A-F]{6}\)\.$/;

async function healthz(harness: Harness): Promise<{ status: number; body: unknown }> {
	const response = await fetch(`${harness.bot.health?.url ?? ''}/healthz`);
	return { status: response.status, body: await response.json() };
}

/** A bot with one answer recorded (alice, right) and the question still open. */
async function startWithOneAnswer(databaseUrl: string): Promise<{ harness: Harness; question: Reply }> {
	const harness = await startHarness({
		env: { DATABASE_URL: databaseUrl, HEALTH_PORT: '0', QUIZ_ROUND_SECONDS: '600' },
	});
	const alice = harness.emulator.user('alice');
	const question = await alice.slash('quiz question', { difficulty: 'easy' });
	const feedback = await alice.click(question, answerButton(question, harness.bot.app.knowledge.quiz, true));
	expect(feedback.embeds[0]?.title).toBe('Right!');
	return { harness, question };
}

/** What every database outage must look like to users, whatever the cause. */
function outageBehaviour(context: () => { harness: Harness; question: Reply }) {
	it('reports the store unreachable on /healthz (503): its probe writes', async () => {
		expect(await healthz(context().harness)).toEqual({
			status: 503,
			body: { status: 'unavailable', gatewayReady: true, storeReachable: false },
		});
	});

	it('keeps /explain and /compare working (they need no store)', async () => {
		const alice = context().harness.emulator.user('alice');
		expect((await alice.slash('explain', { topic: 'r1' })).embeds[0]?.title).toBe('DeepSeek-R1');
		const compared = await alice.slash('compare', { first: 'r1', second: 'v3' });
		expect(compared.ephemeral).toBe(false);
		expect(compared.embeds.length).toBeGreaterThan(0);
	});

	it('says the store is unavailable for the quiz, and refuses an answer rather than losing it', async () => {
		const { harness, question } = context();
		const bob = harness.emulator.user('bob');
		const board = await bob.slash('quiz leaderboard');
		expect(board).toMatchObject({ ephemeral: true, content: expect.stringMatching(STORE_DOWN) });
		expect((await bob.slash('quiz question')).content).toMatch(STORE_DOWN);
		const refused = await bob.click(question, answerButton(question, harness.bot.app.knowledge.quiz, true));
		expect(refused.ephemeral).toBe(true);
		const final = refused.message?.content ?? refused.content;
		expect(final).toMatch(STORE_DOWN);
		expect(final).not.toContain('Something went wrong');
	});
}

const postgresUrl = postgresUrlForTests();
describe.runIf(postgresUrl)('PostgreSQL goes away while the bot runs with DATABASE_URL=postgres://', () => {
	let schema: PostgresSchema;
	let proxy: TcpProxy;
	let context: { harness: Harness; question: Reply };
	beforeAll(async () => {
		schema = await freshPostgresSchema(postgresUrl ?? '', 'outage');
		const target = new URL(schema.url);
		proxy = await startTcpProxy(target.hostname, Number(target.port || 5432));
		target.host = `127.0.0.1:${String(proxy.port)}`;
		context = await startWithOneAnswer(target.toString());
		await proxy.cut();
	});
	afterAll(async () => {
		await context.harness.stop();
		await proxy.close();
		await schema.drop();
	});

	outageBehaviour(() => context);

	it('recovers when PostgreSQL is back: the answer before the outage is kept, new answers are taken', async () => {
		const { harness, question } = context;
		await proxy.restore();
		await vi.waitFor(
			async () => {
				expect((await healthz(harness)).status).toBe(200);
			},
			{ timeout: 15_000, interval: 200 },
		);
		const bob = harness.emulator.user('bob');
		expect(
			(await bob.click(question, answerButton(question, harness.bot.app.knowledge.quiz, true))).embeds[0]?.title,
		).toBe('Right!');
		const board = (await bob.slash('quiz leaderboard')).embeds[0]?.description ?? '';
		expect(board).toContain('alice');
		expect(board).toContain('bob');
	});
});

describe('the SQLite database file is deleted while the bot runs', () => {
	let directory: string;
	let file: string;
	let context: { harness: Harness; question: Reply };
	beforeAll(async () => {
		directory = await mkdtemp(path.join(tmpdir(), 'reasonbot-deleted-'));
		file = path.join(directory, 'learners.sqlite');
		context = await startWithOneAnswer(`sqlite://${file}`);
		await unlink(file);
	});
	afterAll(async () => {
		await context.harness.stop();
		await rm(directory, { recursive: true, force: true });
	});

	outageBehaviour(() => context);

	it('logs that the file is gone, as an error naming it', () => {
		const lines = context.harness.logs.lines().filter((line) => line['level'] === 50);
		expect(lines.some((line) => String(line['msg']).includes(`SQLite file ${file} was deleted`))).toBe(true);
	});
});
