import {
	ActionRowBuilder,
	ButtonBuilder,
	ButtonStyle,
	ChannelType,
	LabelBuilder,
	MessageFlags,
	ModalBuilder,
	SlashCommandBuilder,
	StringSelectMenuBuilder,
	TextInputBuilder,
	TextInputStyle,
} from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscordEmulator } from '../../src/emulator/index.js';
import type { DiscordEmulator } from '../../src/emulator/index.js';
import { connectBot } from './bot.js';
import type { TestBot } from './bot.js';

describe('emulator interactions through a real discord.js client', () => {
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

	it('logs in with the seeded guild cached, the bot as a member and a channel on interactions', async () => {
		const guild = bot.client.guilds.cache.get(emulator.guilds[0]!.id);
		expect(guild?.name).toBe('Study Group');
		expect(guild?.channels.cache.map((channel) => channel.name).sort()).toEqual(['general', 'study']);
		expect(guild?.members.me?.id).toBe(emulator.botUserId);
		expect(bot.client.user.id).toBe(emulator.botUserId);

		bot.handle(async (interaction) => {
			if (!interaction.isChatInputCommand() || !interaction.inCachedGuild()) return;
			await interaction.reply(
				`${interaction.channel?.name ?? 'no channel'} ${interaction.member.user.username} ${interaction.guild.name}`,
			);
		});
		const reply = await emulator.user('alice').slash('where');
		expect(reply.content).toBe('study alice Study Group');
	});

	it('records a direct ephemeral reply with its embed', async () => {
		bot.handle(async (interaction) => {
			if (!interaction.isChatInputCommand()) return;
			await interaction.reply({ embeds: [{ title: 'Cold start' }], flags: MessageFlags.Ephemeral });
		});
		const reply = await emulator.user('alice').slash('explain', { topic: 'cold start' });
		expect(reply.type).toBe('message');
		expect(reply.ephemeral).toBe(true);
		expect(reply.embeds[0]?.title).toBe('Cold start');
		expect(reply.message?.interactionId).toBe(reply.interactionId);
		expect(emulator.messages.at(-1)?.id).toBe(reply.message?.id);
	});

	it('resolves a deferred reply with its first edit and keeps later edits on the message', async () => {
		bot.handle(async (interaction) => {
			if (!interaction.isChatInputCommand()) return;
			await interaction.deferReply();
			await interaction.editReply('thinking done');
			await interaction.editReply('final answer');
		});
		const handle = emulator.user('alice').startSlash('ask', { question: 'why?' });
		const reply = await handle.reply();
		expect(reply.content).toBe('thinking done');
		await handle.waitFor((state) => state.original?.content === 'final answer');
		expect(handle.original?.edits.map((edit) => edit.content)).toEqual(['thinking done', 'final answer']);
		expect(handle.events.map((event) => event.kind)).toEqual(['callback', 'edit', 'edit']);
	});

	it('adds follow-ups after a reply, and replaces the thinking placeholder after a defer', async () => {
		bot.handle(async (interaction) => {
			if (!interaction.isChatInputCommand()) return;
			if (interaction.commandName === 'two') {
				await interaction.reply('first');
				await interaction.followUp({ content: 'second', flags: MessageFlags.Ephemeral });
			} else {
				await interaction.deferReply();
				await interaction.followUp('only');
			}
		});
		const two = emulator.user('alice').startSlash('two');
		await two.waitFor((state) => state.followUps.length === 1);
		expect(two.original?.content).toBe('first');
		expect(two.followUps[0]?.content).toBe('second');
		expect(two.followUps[0]?.ephemeral).toBe(true);

		const deferred = emulator.user('alice').startSlash('one');
		const reply = await deferred.reply();
		expect(reply.content).toBe('only');
		expect(deferred.original?.content).toBe('only');
		expect(deferred.original?.loading).toBe(false);
		expect(deferred.followUps).toHaveLength(0);
	});

	it('clicks a button and sees the message updated in place', async () => {
		bot.handle(async (interaction) => {
			if (interaction.isChatInputCommand()) {
				const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
					new ButtonBuilder().setCustomId('quiz:answer:abc:2').setLabel('B').setStyle(ButtonStyle.Primary),
				);
				await interaction.reply({ content: 'Pick one', components: [row] });
			} else if (interaction.isButton()) {
				await interaction.update({
					content: `${interaction.user.username} chose ${interaction.customId}`,
					components: [],
				});
			}
		});
		const alice = emulator.user('alice');
		const question = await alice.slash('quiz');
		const answer = await alice.click(question.message!, 'quiz:answer:abc:2');
		expect(answer.type).toBe('update');
		expect(answer.content).toBe('alice chose quiz:answer:abc:2');
		expect(answer.message?.id).toBe(question.message?.id);
		expect(question.message?.components).toEqual([]);
		await expect(alice.click(question.message!, 'missing')).rejects.toThrow(/no component "missing"/);
	});

	it('selects from a string select menu', async () => {
		bot.handle(async (interaction) => {
			if (interaction.isChatInputCommand()) {
				const menu = new StringSelectMenuBuilder()
					.setCustomId('explain:stage')
					.addOptions({ label: 'Cold start', value: 'cold-start' }, { label: 'RL', value: 'rl' });
				await interaction.reply({
					content: 'Stage?',
					components: [new ActionRowBuilder<StringSelectMenuBuilder>().addComponents(menu)],
				});
			} else if (interaction.isStringSelectMenu()) {
				await interaction.reply({ content: `stage ${interaction.values.join(',')}`, flags: MessageFlags.Ephemeral });
			}
		});
		const alice = emulator.user('alice');
		const menu = await alice.slash('explain');
		const picked = await alice.select(menu, 'explain:stage', ['cold-start']);
		expect(picked.type).toBe('message');
		expect(picked.content).toBe('stage cold-start');
		expect(picked.ephemeral).toBe(true);
	});

	it('shows a modal and receives its submission', async () => {
		bot.handle(async (interaction) => {
			if (interaction.isChatInputCommand()) {
				const input = new TextInputBuilder().setCustomId('question').setStyle(TextInputStyle.Paragraph);
				await interaction.showModal(
					new ModalBuilder()
						.setCustomId('ask:followup:xyz')
						.setTitle('Follow-up')
						.addLabelComponents(new LabelBuilder().setLabel('Question').setTextInputComponent(input)),
				);
			} else if (interaction.isModalSubmit()) {
				await interaction.reply(`asked: ${interaction.fields.getTextInputValue('question')}`);
			}
		});
		const alice = emulator.user('alice');
		const modal = await alice.slash('ask');
		expect(modal.type).toBe('modal');
		expect(modal.modal?.title).toBe('Follow-up');
		const submitted = await alice.submitModal('ask:followup:xyz', { question: 'why?' });
		expect(submitted.content).toBe('asked: why?');
		await expect(alice.submitModal('ask:followup:xyz', { nope: 'x' })).rejects.toThrow(/requires field "question"/);
	});

	it('answers autocomplete with the bot choices', async () => {
		bot.handle(async (interaction) => {
			if (!interaction.isAutocomplete()) return;
			const typed = interaction.options.getFocused(true);
			const topics = ['cold start', 'colder', 'rl'].filter((topic) => topic.startsWith(typed.value));
			await interaction.respond(topics.map((topic) => ({ name: `${typed.name}: ${topic}`, value: topic })));
		});
		const choices = await emulator.user('alice').autocomplete('explain', { topic: 'cold' }, 'topic');
		expect(choices).toEqual([
			{ name: 'topic: cold start', value: 'cold start' },
			{ name: 'topic: colder', value: 'colder' },
		]);
	});

	it('types options from registered guild commands, with subcommands and resolved users and channels', async () => {
		const guildId = emulator.guilds[0]!.id;
		const quiz = new SlashCommandBuilder()
			.setName('quiz')
			.setDescription('Quiz')
			.addSubcommand((sub) =>
				sub
					.setName('start')
					.setDescription('Start')
					.addIntegerOption((option) => option.setName('rounds').setDescription('Rounds'))
					.addStringOption((option) => option.setName('label').setDescription('Label'))
					.addBooleanOption((option) => option.setName('hard').setDescription('Hard'))
					.addUserOption((option) => option.setName('rival').setDescription('Rival'))
					.addChannelOption((option) => option.setName('where').setDescription('Where')),
			);
		const registered = await bot.client.application.commands.set([quiz.toJSON()], guildId);
		expect(registered.first()?.name).toBe('quiz');
		const stored = emulator.commands(guildId)[0];
		expect(stored).toMatchObject({ name: 'quiz', type: 1, guild_id: guildId, application_id: emulator.applicationId });
		expect(stored?.id).toBe(registered.first()?.id);

		bot.handle(async (interaction) => {
			if (!interaction.isChatInputCommand()) return;
			const { options } = interaction;
			const where = options.getChannel('where');
			await interaction.reply(
				[
					interaction.commandId,
					options.getSubcommand(),
					(options.getInteger('rounds') ?? 0) + 1,
					options.getString('label'),
					options.getBoolean('hard'),
					options.getUser('rival')?.username,
					options.getMember('rival') ? 'member' : 'no member',
					where?.type === ChannelType.GuildText ? where.name : 'no channel',
				].join(' '),
			);
		});
		const bob = emulator.user('bob');
		const reply = await emulator
			.user('alice')
			.slash('quiz start', { rounds: 3, label: '42', hard: true, rival: bob, where: 'general' });
		expect(reply.content).toBe(`${stored?.id} start 4 42 true bob member general`);
	});

	it('infers option types from values for unregistered commands', async () => {
		bot.handle(async (interaction) => {
			if (!interaction.isChatInputCommand()) return;
			const { options } = interaction;
			await interaction.reply(
				`${options.getNumber('ratio')} ${options.getInteger('count')} ${options.getString('text')}`,
			);
		});
		const reply = await emulator.user('carol').slash('stats', { ratio: 0.5, count: 7, text: 'hi' });
		expect(reply.content).toBe('0.5 7 hi');
	});
});
