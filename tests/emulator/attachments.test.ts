import { AttachmentBuilder, DiscordAPIError, MessageFlags } from 'discord.js';
import type { TextChannel } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscordEmulator } from '../../src/emulator/index.js';
import type { DiscordEmulator, RecordedMessage } from '../../src/emulator/index.js';
import { ATTACHMENT_LIMITS } from '../../src/emulator/validation/attachments.js';
import { connectBot } from './bot.js';
import type { TestBot } from './bot.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const fakePng = (marker: string) => Buffer.concat([PNG_SIGNATURE, Buffer.from(marker)]);
const picture = (name: string, marker: string, description?: string) =>
	new AttachmentBuilder(fakePng(marker), { name, ...(description === undefined ? {} : { description }) });

async function bytesAt(url: string): Promise<{ status: number; type: string | null; body: Buffer }> {
	const response = await fetch(url);
	return {
		status: response.status,
		type: response.headers.get('content-type'),
		body: Buffer.from(await response.arrayBuffer()),
	};
}

describe('emulator attachments (multipart uploads from discord.js)', () => {
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

	it('stores a reply file with its description and serves its bytes; the embed keeps attachment://', async () => {
		bot.handle(async (interaction) => {
			if (!interaction.isChatInputCommand()) return;
			await interaction.reply({
				embeds: [{ title: 'Chart', image: { url: 'attachment://chart.png' } }],
				files: [picture('chart.png', 'reply', 'Bar chart of two models')],
				flags: MessageFlags.Ephemeral,
			});
		});
		const reply = await emulator.user('alice').slash('chart');
		const [attachment] = reply.message?.attachments ?? [];
		expect(attachment).toMatchObject({
			filename: 'chart.png',
			contentType: 'image/png',
			size: fakePng('reply').length,
			description: 'Bar chart of two models',
		});
		expect(reply.embeds[0]?.image?.url).toBe('attachment://chart.png');
		expect(attachment?.url).toMatch(
			new RegExp(`^http://127\\.0\\.0\\.1:${emulator.port}/attachments/\\d+/\\d+/chart\\.png$`),
		);
		const served = await bytesAt(attachment!.url);
		expect(served.status).toBe(200);
		expect(served.type).toBe('image/png');
		expect(served.body.equals(fakePng('reply'))).toBe(true);
		expect(emulator.payloads.at(-1)?.body).toMatchObject({
			attachments: [{ id: '0', description: 'Bar chart of two models' }],
		});
	});

	it('attaches files on a deferred edit, a follow-up and a channel post, and returns them to discord.js', async () => {
		let returned: string[] = [];
		bot.handle(async (interaction) => {
			if (!interaction.isChatInputCommand()) return;
			await interaction.deferReply();
			const edited = await interaction.editReply({ content: 'drawn', files: [picture('a.png', 'edit')] });
			const followUp = await interaction.followUp({ files: [picture('b.png', 'follow')] });
			const channel = interaction.channel as TextChannel;
			const posted = await channel.send({ files: [picture('c.png', 'post'), picture('d.png', 'post2')] });
			returned = [edited, followUp, posted].flatMap((message) => [...message.attachments.values()].map((a) => a.name));
		});
		const handle = emulator.user('alice').startSlash('draw');
		await handle.waitFor((state) => state.followUps.length === 1);
		await expect.poll(() => returned.length).toBe(4);
		expect(returned).toEqual(['a.png', 'b.png', 'c.png', 'd.png']);
		expect(handle.original?.content).toBe('drawn');
		expect(handle.original?.attachments.map((a) => a.filename)).toEqual(['a.png']);
		expect(handle.followUps[0]?.attachments.map((a) => a.filename)).toEqual(['b.png']);
		const post = emulator.messages.at(-1) as RecordedMessage;
		expect(post.attachments.map((a) => a.filename)).toEqual(['c.png', 'd.png']);
		expect((await bytesAt(post.attachments[1]!.url)).body.equals(fakePng('post2'))).toBe(true);
	});

	it('keeps attachments through an edit that does not mention them, and replaces them when asked', async () => {
		bot.handle(async (interaction) => {
			if (!interaction.isChatInputCommand()) return;
			await interaction.reply({ content: 'v1', files: [picture('one.png', '1')] });
			await interaction.editReply({ content: 'v2' });
			await interaction.editReply({ content: 'v3', files: [picture('two.png', '2')], attachments: [] });
		});
		const handle = emulator.user('alice').startSlash('versions');
		await handle.waitFor((state) => state.original?.content === 'v3');
		const edits = handle.original?.edits ?? [];
		expect(edits.map((edit) => [edit.content, edit.attachments.map((a) => a.filename)])).toEqual([
			['v2', ['one.png']],
			['v3', ['two.png']],
		]);
	});

	it('refuses more than 10 files, a file over the size limit and a filename with a slash (50035), storing nothing', async () => {
		const attempts: Record<string, unknown> = {};
		bot.handle(async (interaction) => {
			if (!interaction.isChatInputCommand()) return;
			const tries = {
				tooMany: Array.from({ length: 11 }, (_, index) => picture(`p${index}.png`, String(index))),
				tooLarge: [new AttachmentBuilder(Buffer.alloc(ATTACHMENT_LIMITS.fileBytes + 1), { name: 'big.png' })],
				badName: [new AttachmentBuilder(fakePng('x'), { name: '../etc/passwd' })],
			};
			for (const [name, files] of Object.entries(tries)) {
				try {
					await (interaction.channel as TextChannel).send({ files });
					attempts[name] = 'sent';
				} catch (error) {
					attempts[name] =
						error instanceof DiscordAPIError
							? [error.status, error.code, JSON.stringify(error.rawError)]
							: String(error);
				}
			}
			await interaction.reply('done');
		});
		const before = emulator.messages.length;
		await emulator.user('alice').slash('refused', {}, { timeoutMs: 20_000 });
		expect(attempts.tooMany).toEqual([400, 50035, expect.stringContaining('BASE_TYPE_MAX_LENGTH')]);
		expect(attempts.tooLarge).toEqual([400, 50035, expect.stringContaining('FILE_TOO_LARGE')]);
		// discord.js keeps the name it was given; the emulator refuses the path separator.
		expect(attempts.badName).toEqual([400, 50035, expect.stringContaining('FILENAME_INVALID')]);
		expect(emulator.messages.length).toBe(before + 1);
	}, 30_000);

	it('answers a malformed form with 400 and an unknown attachment address with 404', async () => {
		const channelId = emulator.channel('study')!.id;
		const malformed = await fetch(`${emulator.apiUrl}/v10/channels/${channelId}/messages`, {
			method: 'POST',
			headers: { authorization: `Bot ${emulator.token}`, 'content-type': 'multipart/form-data; boundary=x' },
			body: 'not a form',
		});
		expect(malformed.status).toBe(400);
		const missing = await fetch(`http://127.0.0.1:${emulator.port}/attachments/${channelId}/123/none.png`);
		expect(missing.status).toBe(404);
	});
});
