import { Writable } from 'node:stream';
import { SlashCommandBuilder, type Interaction } from 'discord.js';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import type { SlashCommand } from '../../../src/core/command.js';
import type { AppContext, InteractionContext } from '../../../src/core/context.js';
import { UserFacingError } from '../../../src/core/errors.js';
import { createRegistry } from '../../../src/core/registry.js';
import { createInteractionRouter } from '../../../src/core/router.js';
import { InteractionStats } from '../../../src/core/stats.js';

/** A slash command interaction as far as the router looks at it, recording what was replied. */
function slashInteraction(commandName: string) {
	const replies: unknown[] = [];
	const interaction = {
		commandName,
		user: { id: 'user-1' },
		guildId: 'guild-1',
		deferred: false,
		replied: false,
		options: { getSubcommand: () => null },
		isChatInputCommand: () => true,
		isAutocomplete: () => false,
		isMessageComponent: () => false,
		isModalSubmit: () => false,
		isRepliable: () => true,
		reply: (payload: unknown) => {
			replies.push(payload);
			return Promise.resolve();
		},
	};
	return { interaction: interaction as unknown as Interaction, replies };
}

function app() {
	const lines: Record<string, unknown>[] = [];
	const destination = new Writable({
		write(chunk: Buffer, _encoding, done) {
			lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
			done();
		},
	});
	const stats = new InteractionStats();
	const context = {
		logger: pino({ level: 'info' }, destination),
		stats,
		version: '9.9.9',
		metrics: { recordError: () => undefined },
	} as unknown as AppContext;
	return { context, lines, stats };
}

function commandRecording(name: string, run: (ctx: InteractionContext) => void): SlashCommand {
	return {
		data: new SlashCommandBuilder().setName(name).setDescription(name),
		execute: (_interaction, ctx) => {
			run(ctx);
			return Promise.resolve();
		},
	};
}

describe('interaction router', () => {
	it("gives a handler the app's services, its own ref and a logger bound to the interaction", async () => {
		const { context, lines } = app();
		const seen: { version?: string; ref?: string; sameStats?: boolean }[] = [];
		const registry = createRegistry([
			{
				command: commandRecording('probe', (ctx) => {
					seen.push({ version: ctx.version, ref: ctx.ref, sameStats: ctx.stats === context.stats });
					ctx.log.info('from the handler');
				}),
				origin: 'probe',
			},
		]);
		const router = createInteractionRouter(registry, context);
		await router.route(slashInteraction('probe').interaction);
		await router.route(slashInteraction('probe').interaction);
		expect(seen).toHaveLength(2);
		expect(seen[0]).toMatchObject({ version: '9.9.9', sameStats: true });
		expect(seen[0]?.ref).toMatch(/^[0-9A-F]{6}$/);
		expect(seen[0]?.ref).not.toBe(seen[1]?.ref);
		const handlerLine = lines.find((line) => line['msg'] === 'from the handler');
		expect(handlerLine).toMatchObject({ ref: seen[0]?.ref, command: '/probe', userId: 'user-1', guildId: 'guild-1' });
	});

	it('logs one completion line per interaction, with the user error as its reason, and counts it', async () => {
		const { context, lines, stats } = app();
		const registry = createRegistry([
			{ command: commandRecording('fine', () => undefined), origin: 'fine' },
			{
				command: commandRecording('refuse', () => {
					throw new UserFacingError('Not like that.');
				}),
				origin: 'refuse',
			},
		]);
		const router = createInteractionRouter(registry, context);
		await router.route(slashInteraction('fine').interaction);
		const refused = slashInteraction('refuse');
		await router.route(refused.interaction);
		const done = lines.filter((line) => line['msg'] === 'interaction handled');
		expect(done).toHaveLength(2);
		expect(done[0]).toMatchObject({ command: '/fine', outcome: 'ok', userId: 'user-1', guildId: 'guild-1' });
		expect(done[0]).not.toHaveProperty('reason');
		expect(done[0]).not.toHaveProperty('err');
		expect(typeof done[0]?.['ms']).toBe('number');
		expect(done[1]).toMatchObject({ command: '/refuse', outcome: 'user_error', reason: 'Not like that.' });
		expect(refused.replies).toEqual([
			expect.objectContaining({ content: 'Not like that.', allowedMentions: { parse: [] } }),
		]);
		expect(stats.count('ok')).toBe(1);
		expect(stats.count('user_error')).toBe(1);
	});
});
