import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/db/database.js';
import { createLearnerStore } from '../../../src/db/learnerStore.js';
import { openDatabase } from '../../../src/db/openDatabase.js';
import { createSqliteFiles } from '../../../src/db/sqlite/sqliteFile.js';
import { createQuizBank } from '../../../src/quiz/bank.js';
import { createQuizService, type QuizService } from '../../../src/quiz/service.js';
import { silentLogger } from '../../helpers/logs.js';
import { item } from './items.js';

describe('attaching the question message to its round', () => {
	let database: Database;
	let service: QuizService;
	let clock = 0;
	beforeAll(async () => {
		database = await openDatabase('sqlite://:memory:', {
			logger: silentLogger(),
			sqliteFiles: createSqliteFiles(silentLogger()),
		});
		service = createQuizService({
			store: createLearnerStore(database),
			bank: createQuizBank([item('q1')]),
			roundMs: 1_000,
			now: () => clock,
		});
	});
	afterAll(async () => {
		await database.close();
	});

	const ask = async (guildId: string) => {
		const question = await service.ask({ guildId, channelId: 'c', askedBy: 'host' });
		if (!question) throw new Error('no question');
		return question.round.id;
	};

	it('needs no edit when nothing happened before the message id was stored', async () => {
		clock = 0;
		const roundId = await ask('g1');
		expect(await service.attachMessage('g1', roundId, 'm1')).toBe(false);
	});

	it('needs an edit when a press came first (it could not show on a message it did not know)', async () => {
		clock = 0;
		const roundId = await ask('g2');
		expect((await service.answer({ guildId: 'g2', roundId, userId: 'u', name: 'U', option: 0 })).kind).toBe('recorded');
		expect(await service.attachMessage('g2', roundId, 'm2')).toBe(true);
	});

	it('needs an edit when the round was revealed before its message id was stored (a slow reply)', async () => {
		clock = 0;
		const roundId = await ask('g3');
		clock = 1_500;
		const revealed = await service.revealIfDue('g3', roundId);
		expect(revealed?.round).toMatchObject({ status: 'revealed', messageId: null });
		expect(await service.attachMessage('g3', roundId, 'm3')).toBe(true);
		expect((await service.question('g3', roundId))?.round.messageId).toBe('m3');
	});

	it('stores the message id the first press brings, and keeps the first one', async () => {
		clock = 0;
		const roundId = await ask('g5');
		const press = (userId: string, messageId: string) =>
			service.answer({ guildId: 'g5', roundId, userId, name: userId, option: 0, messageId });
		expect((await press('u1', 'm5')).kind).toBe('recorded');
		expect((await press('u1', 'other')).kind).toBe('duplicate');
		expect((await press('u2', 'other')).kind).toBe('recorded');
		expect(service.knownRound('g5', roundId)?.messageId).toBe('m5');
		expect((await service.question('g5', roundId))?.round.messageId).toBe('m5');
	});

	it('refuses to attach a message to an unknown round', async () => {
		expect(await service.attachMessage('g4', 'nope', 'm4')).toBe(false);
	});
});
