import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { registryWithFixtures, startHarness, type Harness } from '../helpers/harness.js';

const REF_PATTERN = /^Something went wrong \(ref ([0-9A-F]{6})\)\.$/;

describe('the bot through the local Discord emulator', () => {
	let harness: Harness;
	beforeAll(async () => {
		harness = await startHarness({ registry: await registryWithFixtures() });
	});
	afterAll(async () => {
		await harness.stop();
	});

	it('logs in to READY with the guild cached and its commands registered', () => {
		expect(harness.bot.client.isReady()).toBe(true);
		expect(harness.bot.client.guilds.cache.map((guild) => guild.name)).toEqual(['Study Group']);
		const guildId = harness.emulator.guilds[0]?.id;
		expect(harness.emulator.commands(guildId).map((command) => command.name)).toEqual(
			expect.arrayContaining(['about', 'echo']),
		);
	});

	it('answers /about with version, knowledge version and store, mentions disabled', async () => {
		const reply = await harness.emulator.user('alice').slash('about');
		const embed = reply.embeds[0];
		expect(embed?.title).toBe('About reasonbot');
		const fields = Object.fromEntries((embed?.fields ?? []).map((field) => [field.name, field.value]));
		expect(fields['Version']).toBe('0.1.0');
		expect(fields['Knowledge']).toContain(harness.bot.app.knowledge.version);
		expect(fields['Store']).toBe('memory');
		expect(fields['Reasoning model']).toMatch(/^Not configured/);
		expect(reply.ephemeral).toBe(false);
		expect(reply.allowedMentions).toEqual({ parse: [] });
	});

	it("caches no one's user or member but the bot's own, however many people interact", async () => {
		for (const name of ['cache-1', 'cache-2', 'cache-3']) await harness.emulator.user(name).slash('about');
		const client = harness.bot.client;
		expect([...client.users.cache.keys()]).toEqual([client.user.id]);
		expect([...(client.guilds.cache.first()?.members.cache.keys() ?? [])]).toEqual([client.user.id]);
	});

	it('turns an unexpected handler error into an ephemeral ref that is in the log, hiding the error', async () => {
		const reply = await harness.emulator.user('alice').slash('boom', { kind: 'internal' });
		expect(reply.ephemeral).toBe(true);
		const ref = REF_PATTERN.exec(reply.content)?.[1];
		expect(ref).toBeDefined();
		expect(reply.content).not.toContain('exploded');
		// The completion line is written just after the reply goes out.
		const line = await vi.waitFor(() => {
			const found = harness.logs
				.lines()
				.find((entry) => entry['ref'] === ref && entry['msg'] === 'interaction handled');
			if (!found) throw new Error('no completion line yet');
			return found;
		});
		expect(line).toMatchObject({
			level: 50,
			outcome: 'failed',
			command: '/boom',
			err: { message: 'database exploded at /var/secret/path' },
		});
	});

	it('shows an expected error message as is, ephemerally', async () => {
		const reply = await harness.emulator.user('alice').slash('boom', { kind: 'user' });
		expect(reply).toMatchObject({ ephemeral: true, content: 'No topic "x". Did you mean: cold start?' });
	});

	it('logs an expected error as one info line with its message and no stack', async () => {
		const carol = harness.emulator.user('carol-user-error');
		await carol.slash('boom', { kind: 'user' });
		const lines = () => harness.logs.lines().filter((entry) => entry['userId'] === carol.id);
		await vi.waitFor(() => {
			expect(lines()).toHaveLength(1);
		});
		const [line] = lines();
		expect(line).toMatchObject({
			level: 30,
			msg: 'interaction handled',
			outcome: 'user_error',
			command: '/boom',
			reason: 'No topic "x". Did you mean: cold start?',
		});
		expect(line).not.toHaveProperty('err');
		expect(JSON.stringify(line)).not.toMatch(/\bat .+\.(ts|js):\d+/);
	});

	it('logs each interaction once with command, user, guild, latency and outcome', async () => {
		const alice = harness.emulator.user('lucy');
		const reply = await alice.slash('echo', { text: 'log me' });
		expect(reply.content).toBe('echo: log me');
		const completionLines = () =>
			harness.logs.lines().filter((entry) => entry['msg'] === 'interaction handled' && entry['userId'] === alice.id);
		await vi.waitFor(() => {
			expect(completionLines()).toHaveLength(1);
		});
		expect(completionLines()[0]).toMatchObject({
			command: '/echo',
			guildId: harness.emulator.guilds[0]?.id,
			outcome: 'ok',
			ms: expect.any(Number),
		});
	});

	it('dispatches autocomplete, buttons, selects and modals to the right handlers', async () => {
		const bob = harness.emulator.user('bob');
		expect(await bob.autocomplete('echo', { text: 'be' }, 'text')).toEqual([{ name: 'beta', value: 'beta' }]);
		const first = await bob.slash('echo', { text: 'hi' });
		const updated = await bob.click(first, 'echo:again:2');
		expect(updated).toMatchObject({ type: 'update', content: 'echo again ×2' });
		const second = await bob.slash('echo', { text: 'again' });
		expect((await bob.select(second, 'echo:pick', ['blue'])).content).toBe('picked blue');
		const modal = await bob.click(second, 'echo:form');
		expect(modal.type).toBe('modal');
		expect(modal.modal?.title).toBe('Tell me more');
		const submitted = await bob.submitModal('echo:submitted', { note: 'modals work' }, { message: second });
		expect(submitted.content).toBe('note: modals work');
	});

	it('answers a forged or unknown button with a friendly ephemeral message', async () => {
		const carol = harness.emulator.user('carol');
		const message = await carol.slash('echo', { text: 'x' });
		const reply = await carol.forgeClick(message, 'nosuch:thing:1');
		expect(reply).toMatchObject({ ephemeral: true, content: 'This button is no longer valid.' });
	});

	it('waits out a REST 429 on the interaction callback and still delivers the reply', async () => {
		harness.emulator.faults.failNext({ route: 'callback', status: 429, retryAfterSeconds: 0.3 });
		const reply = await harness.emulator.user('dave').slash('echo', { text: 'after the limit' }, { timeoutMs: 10_000 });
		expect(reply.content).toBe('echo: after the limit');
		expect(harness.emulator.faults.pending).toBe(0);
	});

	it('survives a resumable gateway close: resumes and answers the next interaction', async () => {
		const resumesBefore = harness.emulator.stats.resumes[0] ?? 0;
		const resumed = new Promise<void>((resolve) => {
			harness.bot.client.once('shardResume', () => {
				resolve();
			});
		});
		harness.emulator.closeGateway(4000);
		await resumed;
		expect(harness.emulator.stats.resumes[0]).toBe(resumesBefore + 1);
		const reply = await harness.emulator.user('erin').slash('echo', { text: 'still here' });
		expect(reply.content).toBe('echo: still here');
	});

	it('sends every message with mention parsing disabled', () => {
		const payloads = harness.emulator.payloads;
		expect(payloads.length).toBeGreaterThan(5);
		for (const payload of payloads) expect(payload.allowedMentions).toEqual({ parse: [] });
	});
});
