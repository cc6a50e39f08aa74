import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeLine } from '../../src/playground/terminal/completeLine.js';
import { createPlaygroundSession, type PlaygroundSession } from '../../src/playground/terminal/session.js';
import { registryWithFixtures, startHarness, type Harness } from '../helpers/harness.js';

const PLAIN = { ansi: false, names: { user: () => undefined, channel: () => undefined, role: () => undefined } };

describe('playground session', () => {
	let harness: Harness;
	let session: PlaygroundSession;
	const printed: string[] = [];
	const answers: string[] = [];
	beforeAll(async () => {
		harness = await startHarness({
			registry: await registryWithFixtures(),
			env: { QUIZ_ROUND_SECONDS: '1', STUDY_MIN_INTERVAL: '1s' },
		});
		const channelName = (id: string) => harness.emulator.guilds[0]?.channels.find((c) => c.id === id)?.name;
		session = createPlaygroundSession({
			emulator: harness.emulator,
			registry: harness.bot.registry,
			output: { print: (text) => printed.push(text) },
			askField: () => Promise.resolve(answers.shift() ?? ''),
			style: { ...PLAIN, names: { ...PLAIN.names, channel: channelName }, now: () => new Date() },
		});
	});
	afterAll(async () => {
		session.close();
		await harness.stop();
	});

	const lastPrinted = () => printed.at(-1) ?? '';
	const waitForPrinted = async (predicate: (text: string) => boolean, timeoutMs = 15_000) => {
		const until = Date.now() + timeoutMs;
		while (Date.now() < until) {
			const found = printed.find(predicate);
			if (found) return found;
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
		throw new Error(`nothing printed matched; last: ${lastPrinted()}`);
	};

	it('runs a typed slash command and numbers its buttons and menus', async () => {
		expect(await session.run('/echo text: hello world')).toBe(true);
		expect(lastPrinted()).toContain('echo: hello world');
		expect(lastPrinted()).toContain('[1] Again   [2] Form');
		expect(lastPrinted()).toContain('[3] ▾ Pick a colour: a) Red  b) Blue');
	});

	it('presses a button by its number', async () => {
		await session.run('/echo text: once more');
		expect(await session.run('1')).toBe(true);
		expect(lastPrinted()).toBe('echo again ×2');
	});

	it('picks a menu option by letter or by value', async () => {
		await session.run('/echo text: colours');
		await session.run('3 b');
		expect(lastPrinted()).toBe('picked blue');
		await session.run('/echo text: colours');
		await session.run('3 red');
		expect(lastPrinted()).toBe('picked red');
	});

	it('fills a modal field by field', async () => {
		await session.run('/echo text: form');
		answers.push('typed in the terminal');
		await session.run('2');
		expect(printed).toContain('── Tell me more ──');
		expect(lastPrinted()).toBe('note: typed in the terminal');
	});

	it('shows Discord-like help for a missing option, an unknown command and an unknown control', async () => {
		expect(await session.run('/echo')).toBe(false);
		expect(lastPrinted()).toContain('Missing text:.');
		expect(lastPrinted()).toContain('Usage: /echo text:<What to echo>');
		expect(await session.run('/nosuch thing')).toBe(false);
		expect(lastPrinted()).toMatch(/^Unknown command \/nosuch\.\nCommands:/);
		expect(await session.run('9')).toBe(false);
		expect(lastPrinted()).toMatch(/No control 9\. Choose 1 to \d\./);
	});

	it('shows ephemeral replies as only visible to you', async () => {
		await session.run('/boom kind: user');
		expect(lastPrinted()).toBe('(only you can see this)\nNo topic "x". Did you mean: cold start?');
	});

	it('renders Discord markup readably: styles, channel names, relative and absolute times', async () => {
		const channelId = harness.emulator.channel('general')?.id ?? '';
		const inFiveMinutes = Math.floor(Date.now() / 1000) + 5 * 60 + 30;
		await session.run(`/echo text: **bold** _it_ <#${channelId}> <t:${inFiveMinutes}:R> <t:0:D>`);
		expect(lastPrinted()).toContain(`echo: bold it #general in 5 minutes 1 January 1970 UTC`);
	});

	it('names a channel that does not exist, and the playground goes on', async () => {
		expect(await session.run('/study start channel: nowhere every: 15m')).toBe(false);
		expect(lastPrinted()).toBe('No channel named nowhere. Channels here: #study, #general.');
		expect(await session.run('/echo text: still here')).toBe(true);
		expect(lastPrinted()).toContain('echo: still here');
	});

	it("shows a quiz round's reveal as it happens, and a button of the ended round is disabled, not fatal", async () => {
		expect(await session.run('/quiz question')).toBe(true);
		const question = lastPrinted();
		expect(question).toMatch(/\[1\] /);
		const reveal = await waitForPrinted((text) => text.startsWith('── #general · reasonbot edited its message “'));
		expect(reveal).not.toBe(question);
		expect(await session.run('1')).toBe(false);
		expect(lastPrinted()).toBe('That control is disabled (Discord greys it out: this round or menu has ended).');
		expect(await session.run('/echo text: alive')).toBe(true);
	});

	it("shows another member's public replies in the channel, never their ephemeral ones", async () => {
		const member = harness.emulator.user('member');
		const channelId = harness.emulator.channel('general')?.id ?? '';
		await member.slash('boom', { kind: 'user' }, { channelId });
		await member.slash('echo', { text: 'from a member' }, { channelId });
		await waitForPrinted((text) => text.startsWith('── #general · reasonbot ──\necho: from a member'));
		expect(printed.join('\n')).not.toContain('Did you mean: cold start?\n── ');
		expect(printed.filter((text) => text.includes('No topic "x"'))).toHaveLength(1);
	});

	it("shows the bot's own posts in a study channel as they arrive", async () => {
		expect(await session.run('/study start channel: #study every: 1s')).toBe(true);
		try {
			const post = await waitForPrinted((text) => text.startsWith('── #study · reasonbot ──\n'));
			expect(post.split('\n').length).toBeGreaterThan(1);
		} finally {
			await session.run('/study stop');
		}
	});
});

describe('Tab completion', () => {
	let harness: Harness;
	let session: PlaygroundSession;
	beforeAll(async () => {
		harness = await startHarness({ registry: await registryWithFixtures() });
		session = createPlaygroundSession({
			emulator: harness.emulator,
			registry: harness.bot.registry,
			output: { print: () => undefined },
			askField: () => Promise.resolve(''),
			style: { ...PLAIN, now: () => new Date() },
		});
	});
	afterAll(async () => {
		session.close();
		await harness.stop();
	});

	const complete = (line: string) =>
		completeLine(line, {
			definitions: session.definitions,
			autocomplete: session.user.autocomplete.bind(session.user),
			channelNames: () => harness.emulator.guilds[0]?.channels.map((channel) => channel.name) ?? [],
		});

	it('completes command, subcommand and option names', async () => {
		expect(await complete('/exp')).toEqual({ partial: '/exp', candidates: ['/explain '] });
		expect(await complete('/quiz q')).toEqual({ partial: 'q', candidates: ['question '] });
		expect(await complete('/quiz question to')).toEqual({ partial: 'to', candidates: ['topic: '] });
		expect(await complete('/study start channel: ge')).toEqual({ partial: 'ge', candidates: ['general'] });
	});

	it('offers exactly what the handler answers for what was typed so far', async () => {
		// The echo fixture answers alpha, beta, gamma filtered by the focused value.
		expect(await complete('/echo text: ')).toEqual({ partial: '', candidates: ['alpha', 'beta', 'gamma'] });
		expect(await complete('/echo text: g')).toEqual({ partial: 'g', candidates: ['gamma'] });
	});

	it("completes a topic through the command's real autocomplete handler", async () => {
		const completion = await complete('/explain topic: cold');
		expect(completion.partial).toBe('cold');
		expect(completion.candidates.length).toBeGreaterThan(0);
		expect(completion.candidates[0]).toMatch(/cold/i);
		// What comes back depends on what was typed: the handler ran on it.
		expect((await complete('/explain topic: distill')).candidates[0]).toMatch(/distill/i);
	});
});
