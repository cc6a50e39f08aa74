import { ApplicationCommandOptionType, ComponentType, PermissionFlagsBits, TextInputStyle } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listComponents, startDiscordEmulator } from '../../src/emulator/index.js';
import type { DiscordEmulator } from '../../src/emulator/index.js';
import { connectBot } from './bot.js';
import type { TestBot } from './bot.js';

const row = (...components: object[]) => ({ type: 1, components });

describe('emulator users and handles', () => {
	let emulator: DiscordEmulator;
	let bot: TestBot;
	beforeAll(async () => {
		emulator = await startDiscordEmulator();
		bot = await connectBot(emulator);
	});
	afterAll(async () => {
		await bot.destroy();
		await emulator.stop();
	});

	it('gives stable ids per name and the member permissions asked for', async () => {
		bot.handle(async (interaction) => {
			if (!interaction.isChatInputCommand()) return;
			const canManage = interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false;
			await interaction.reply(`${interaction.user.id} ${canManage ? 'manager' : 'member'}`);
		});
		const alice = emulator.user('alice');
		expect(emulator.user('alice').id).toBe(alice.id);
		expect((await alice.slash('study')).content).toBe(`${alice.id} member`);
		expect((await emulator.user('owner').slash('study')).content).toMatch(/ manager$/);
		const mod = emulator.user('mod', {
			permissions: PermissionFlagsBits.ManageGuild | PermissionFlagsBits.ViewChannel,
		});
		expect((await mod.slash('study')).content).toBe(`${mod.id} manager`);
	});

	it('resolves a deferred update with the edit of the clicked message', async () => {
		bot.handle(async (interaction) => {
			if (interaction.isChatInputCommand()) {
				const response = await interaction.reply({
					content: 'Round 1',
					components: [row({ type: 2, style: 1, label: 'Next', custom_id: 'quiz:next' })],
					withResponse: true,
				});
				await interaction.followUp(`response id ${response.resource?.message?.id ?? 'none'}`);
			} else if (interaction.isButton()) {
				await interaction.deferUpdate();
				await interaction.editReply({ content: 'Round 2', components: [] });
			}
		});
		const alice = emulator.user('alice');
		const handle = alice.startSlash('quiz');
		const round = await handle.reply();
		await handle.waitFor((state) => state.followUps.length === 1);
		expect(handle.followUps[0]?.content).toBe(`response id ${round.message?.id}`);
		expect(listComponents(round).map((component) => component.customId)).toEqual([undefined, 'quiz:next']);

		const next = await alice.click(round, 'quiz:next');
		expect(next).toMatchObject({ type: 'update', content: 'Round 2', components: [] });
		expect(next.message?.id).toBe(round.message?.id);
		expect(round.message?.edits.map((edit) => edit.source)).toEqual(['webhookEdit']);
	});

	it('refuses what the Discord client would not send', async () => {
		bot.handle(async (interaction) => {
			if (interaction.isChatInputCommand()) {
				await interaction.reply({
					content: 'menu',
					components: [
						row({ type: 3, custom_id: 'pick', options: [{ label: 'A', value: 'a' }] }),
						row({ type: 2, style: 1, label: 'Off', custom_id: 'off', disabled: true }),
					],
				});
			}
		});
		await bot.client.application.commands.set(
			[
				{
					name: 'explain',
					description: 'Explain',
					options: [
						{ type: ApplicationCommandOptionType.String, name: 'topic', description: 'Topic', required: true },
						{
							type: ApplicationCommandOptionType.String,
							name: 'depth',
							description: 'Depth',
							choices: [{ name: 'Short', value: 'short' }],
						},
					],
				},
			],
			emulator.guilds[0]!.id,
		);
		const alice = emulator.user('alice');
		await expect(alice.slash('explain', { topci: 'x' })).rejects.toThrow(/no option "topci" \(it has: topic, depth\)/);
		await expect(alice.slash('explain', {})).rejects.toThrow(/missing required option\(s\): topic/);
		await expect(alice.slash('explain', { topic: 'x', depth: 'long' })).rejects.toThrow(/must be one of its choices/);
		const menu = await alice.slash('explain', { topic: 'x', depth: 'short' });
		await expect(alice.select(menu, 'pick', ['z'])).rejects.toThrow(/has no option z/);
		await expect(alice.click(menu, 'pick')).rejects.toThrow(/use select\(\)/);
		await expect(alice.click(menu, 'off')).rejects.toThrow(/is disabled/);
	});

	it('submits a modal made of action rows, from a button, and lets the bot update that message', async () => {
		bot.handle(async (interaction) => {
			if (interaction.isChatInputCommand()) {
				await interaction.reply({
					content: 'Ask more?',
					components: [row({ type: 2, style: 1, label: 'Ask', custom_id: 'ask:open' })],
				});
			} else if (interaction.isButton()) {
				await interaction.showModal({
					custom_id: 'ask:modal',
					title: 'Ask',
					components: [
						{
							type: ComponentType.ActionRow,
							components: [
								{ type: ComponentType.TextInput, custom_id: 'q', label: 'Question', style: TextInputStyle.Short },
							],
						},
					],
				});
			} else if (interaction.isModalSubmit() && interaction.isFromMessage()) {
				await interaction.update({ content: `asked ${interaction.fields.getTextInputValue('q')}`, components: [] });
			}
		});
		const alice = emulator.user('alice');
		const question = await alice.slash('ask');
		const modal = await alice.click(question, 'ask:open');
		expect(modal.modal?.customId).toBe('ask:modal');
		const done = await alice.submitModal('ask:modal', { q: 'why?' }, { message: question });
		expect(done).toMatchObject({ type: 'update', content: 'asked why?' });
		expect(question.message?.content).toBe('asked why?');
	});

	it('reports what the bot sent when no final response arrives in time', async () => {
		bot.handle(async (interaction) => {
			if (interaction.isChatInputCommand()) await interaction.deferReply();
		});
		await expect(emulator.user('alice').slash('silent', {}, { timeoutMs: 200 })).rejects.toThrow(
			/No response to \/silent within 200 ms\. The bot sent: \+\d+ms callback 5 \(deferred reply\)/,
		);
	});
});
