import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EmulatorOptions } from '../../src/emulator/index.js';
import { startHarness, type Harness } from '../helpers/harness.js';

const GUILD_ID = '200000000000000001';
const STUDY_ID = '200000000000000010';
const GENERAL_ID = '200000000000000011';
// Fixed ids, so a restarted emulator is "the same server" for the schedule kept in SQLite.
const EMULATOR: EmulatorOptions = {
	guilds: [
		{
			id: GUILD_ID,
			name: 'Study Group',
			channels: [
				{ id: STUDY_ID, name: 'study' },
				{ id: GENERAL_ID, name: 'general' },
			],
		},
	],
};
const MINUTE = 60_000;
const T0 = Date.parse('2025-03-01T10:00:00Z');

/** The bot's clock for these tests: it only moves when a test says so. */
function manualClock() {
	let now = T0;
	return {
		now: () => new Date(now),
		advance(ms: number) {
			now += ms;
		},
	};
}

function questionPosts(harness: Harness, channelId: string) {
	return harness.emulator.channelMessages(channelId).filter((message) => message.interactionId === undefined);
}

describe('/study with a schedule kept in SQLite', () => {
	let dir: string;
	let cacheUrl: string;
	const clock = manualClock();
	let harness: Harness;
	const start = () =>
		startHarness({
			env: { CACHE_URL: cacheUrl, STUDY_MIN_INTERVAL: '1s', QUIZ_ROUND_SECONDS: '30' },
			emulator: EMULATOR,
			now: clock.now,
		});

	beforeAll(async () => {
		dir = await mkdtemp(path.join(tmpdir(), 'reasonbot-study-'));
		cacheUrl = `sqlite://${path.join(dir, 'state.sqlite')}`;
		harness = await start();
	});
	afterAll(async () => {
		await harness.stop();
		await rm(dir, { recursive: true, force: true });
	});

	it('refuses a member without Manage Server, ephemerally, even though the command reached the bot', async () => {
		const reply = await harness.emulator
			.user('mallory')
			.slash('study start', { channel: { id: STUDY_ID }, every: '1m' });
		expect(reply.ephemeral).toBe(true);
		expect(reply.content).toBe('Only members with the Manage Server permission can change the study schedule.');
		const status = await harness.emulator.user('owner').slash('study status');
		expect(status.embeds[0]?.description).toContain('No study schedule');
	});

	it('declares Manage Server as the default member permission of /study', () => {
		const study = harness.emulator.commands(GUILD_ID).find((command) => command.name === 'study');
		expect(study?.['default_member_permissions']).toBe('32');
	});

	it('rejects an interval below STUDY_MIN_INTERVAL or above 24h', async () => {
		const owner = harness.emulator.user('owner');
		const tooLong = await owner.slash('study start', { channel: { id: STUDY_ID }, every: '25h' });
		expect(tooLong.content).toContain('longer than 24h');
		const notADuration = await owner.slash('study start', { channel: { id: STUDY_ID }, every: 'often' });
		expect(notADuration.content).toContain('is not a duration');
	});

	it('posts the first question when the first interval has passed, not before', async () => {
		const reply = await harness.emulator.user('owner').slash('study start', { channel: { id: STUDY_ID }, every: '1m' });
		expect(reply.ephemeral).toBe(true);
		expect(reply.content).toContain(`<#${STUDY_ID}> every 1m`);
		clock.advance(MINUTE - 1000);
		await harness.bot.app.quiz.scheduler.wake();
		expect(questionPosts(harness, STUDY_ID)).toHaveLength(0);
		clock.advance(1000);
		await harness.bot.app.quiz.scheduler.wake();
		const posts = questionPosts(harness, STUDY_ID);
		expect(posts).toHaveLength(1);
		expect(posts[0]?.embeds[0]?.author?.name).toMatch(/^Quiz · /);
		expect(posts[0]?.allowedMentions).toEqual({ parse: [] });
		const status = await harness.emulator.user('owner').slash('study status');
		const fields = Object.fromEntries((status.embeds[0]?.fields ?? []).map((field) => [field.name, field.value]));
		expect(fields['Last post']).toBe(`<t:${(T0 + MINUTE) / 1000}:f>`);
		expect(fields['Next post']).toBe(`<t:${(T0 + 2 * MINUTE) / 1000}:R>`);
		expect(fields['Problems']).toBe('None');
	});

	it('survives a restart against the same SQLite file without posting the same window again', async () => {
		await harness.stop();
		harness = await start();
		await harness.bot.app.quiz.scheduler.wake();
		expect(questionPosts(harness, STUDY_ID)).toHaveLength(0);
		const status = await harness.emulator.user('owner').slash('study status');
		expect(status.embeds[0]?.fields?.find((field) => field.name === 'Channel')?.value).toBe(`<#${STUDY_ID}>`);
	});

	it('posts windows missed while down once, not as a backlog', async () => {
		clock.advance(3 * MINUTE + 5000);
		await harness.bot.app.quiz.scheduler.wake();
		await harness.bot.app.quiz.scheduler.wake();
		expect(questionPosts(harness, STUDY_ID)).toHaveLength(1);
		clock.advance(MINUTE);
		await harness.bot.app.quiz.scheduler.wake();
		expect(questionPosts(harness, STUDY_ID)).toHaveLength(2);
	});

	it('ends a round opened before a restart once its time is up', async () => {
		const [latest] = questionPosts(harness, STUDY_ID).slice(-1);
		const roundId = latest?.components.length
			? /quiz:answer:([0-9a-f]+):/.exec(JSON.stringify(latest.components))?.[1]
			: undefined;
		if (!roundId) throw new Error('no round id on the posted question');
		await harness.stop();
		harness = await start();
		const before = await harness.bot.app.quiz.service.question(GUILD_ID, roundId);
		expect(before?.round.status).toBe('open');
		clock.advance(31_000);
		await harness.bot.app.quiz.scheduler.wake();
		const after = await harness.bot.app.quiz.service.question(GUILD_ID, roundId);
		expect(after?.round.status).toBe('revealed');
	});

	it('pauses the schedule with a logged warning when the channel is deleted, and /study status says so', async () => {
		harness.emulator.deleteChannel(STUDY_ID);
		clock.advance(MINUTE);
		await harness.bot.app.quiz.scheduler.wake();
		await vi.waitFor(() => {
			expect(harness.logs.lines().some((line) => line['msg'] === 'study schedule paused')).toBe(true);
		});
		const status = await harness.emulator.user('owner').slash('study status');
		const fields = Object.fromEntries((status.embeds[0]?.fields ?? []).map((field) => [field.name, field.value]));
		expect(fields['Next post']).toBe('Paused');
		expect(fields['Problems']).toContain('The study channel no longer exists.');
		clock.advance(MINUTE);
		await harness.bot.app.quiz.scheduler.wake();
		expect(harness.logs.lines().filter((line) => line['msg'] === 'study schedule paused')).toHaveLength(1);
	});

	it('lets an admin move the schedule to a channel where the bot may not post, which pauses it too', async () => {
		harness.emulator.setChannelPermission(GENERAL_ID, { canSend: false });
		await harness.emulator.user('owner').slash('study start', { channel: { id: GENERAL_ID }, every: '1m' });
		clock.advance(MINUTE);
		await harness.bot.app.quiz.scheduler.wake();
		const status = await harness.emulator.user('owner').slash('study status');
		expect(status.embeds[0]?.fields?.find((field) => field.name === 'Problems')?.value).toContain(
			'I am not allowed to post in the study channel.',
		);
	});

	it('stops on /study stop', async () => {
		const reply = await harness.emulator.user('owner').slash('study stop');
		expect(reply.content).toBe(`Stopped the study questions in <#${GENERAL_ID}>.`);
		const status = await harness.emulator.user('owner').slash('study status');
		expect(status.embeds[0]?.description).toContain('No study schedule');
	});
});

describe('/study on the real clock', () => {
	let harness: Harness;
	beforeAll(async () => {
		harness = await startHarness({ env: { STUDY_MIN_INTERVAL: '1s' } });
	});
	afterAll(async () => {
		await harness.stop();
	});

	it('posts on schedule without anyone waking the scheduler', async () => {
		const study = harness.emulator.channel('study');
		if (!study) throw new Error('no study channel');
		await harness.emulator.user('owner').slash('study start', { channel: { id: study.id }, every: '1s' });
		const posted = await harness.emulator.waitForMessage(
			(message) => message.channelId === study.id && message.interactionId === undefined,
			10_000,
		);
		expect(posted.embeds[0]?.description).toMatch(/\S/);
	});
});
