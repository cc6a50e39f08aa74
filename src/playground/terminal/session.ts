import { PermissionFlagsBits } from 'discord.js';
import type { CommandRegistry } from '../../core/registry.js';
import type {
	DiscordEmulator,
	EmulatorUser,
	InteractionHandle,
	ModalData,
	RecordedMessage,
} from '../../emulator/index.js';
import { listCommands, parseCommandLine, type CommandDefinition } from '../parseCommandLine.js';
import { describeFailure } from './describeFailure.js';
import { letter, renderMessageText, type Control } from './renderText.js';
import { paint, type TerminalStyle } from './terminalStyle.js';

/** Asks the person for one modal field (the terminal prompts; piped input reads the next line). */
export type AskField = (label: string) => Promise<string>;

export interface SessionOutput {
	/** Called with each message to show: the first reply, then edits, follow-ups and the bot's own posts. */
	readonly print: (text: string) => void;
}

export interface SessionOptions {
	readonly emulator: DiscordEmulator;
	readonly registry: CommandRegistry;
	readonly output: SessionOutput;
	readonly askField: AskField;
	readonly style: TerminalStyle;
	/** The channel commands are typed in. Default: the first of general, study, or the guild's first. */
	readonly channelName?: string;
	/** Called with every shown message that has attachments (the terminal saves them and prints their paths). */
	readonly onAttachments?: (message: RecordedMessage) => void;
}

export interface PlaygroundSession {
	readonly user: EmulatorUser;
	readonly definitions: readonly CommandDefinition[];
	/** Runs one typed line; resolves true when it was understood (false: help or an error was printed). */
	run(line: string): Promise<boolean>;
	/** Stops showing the bot's own posts and edits. */
	close(): void;
}

const REPLY_TIMEOUT_MS = 30_000;
/** After a deferred reply, edits closer together than this belong to one answer (a streaming /ask edits every ~1.5 s). */
const DEFERRED_QUIET_MS = 2_500;
const IMMEDIATE_QUIET_MS = 300;

export function createPlaygroundSession(options: SessionOptions): PlaygroundSession {
	const { emulator, output, style } = options;
	const definitions: CommandDefinition[] = [...options.registry.commands.values()].map((command) =>
		command.data.toJSON(),
	);
	const user = emulator.user('you', { permissions: PermissionFlagsBits.Administrator });
	const guild = emulator.guilds[0];
	const channel =
		[options.channelName, 'general', 'study']
			.map((name) => (name === undefined ? undefined : emulator.channel(name)))
			.find((candidate) => candidate !== undefined) ?? guild?.channels[0];
	const target = channel === undefined ? {} : { channelId: channel.id };
	/** What was last printed for each message, so an unchanged message is not printed twice. */
	const shown = new Map<string, string>();
	let controls: readonly (Control & { readonly message: RecordedMessage })[] = [];
	/** The interaction being followed: its messages are printed by `follow`, not by the feed. */
	let active: { readonly interactionId: string; readonly messageIds: ReadonlySet<string> } | undefined;
	/** Interactions this session started: another user's ephemeral replies (the web page's) are not ours to see. */
	const ownInteractions = new Set<string>();

	const show = (message: RecordedMessage, header?: (previous: string | undefined) => string): void => {
		const rendered = renderMessageText(message, style);
		const previous = shown.get(message.id);
		if (previous === rendered.text) return;
		shown.set(message.id, rendered.text);
		output.print(header ? `${paint(style, 'dim', header(previous))}\n${rendered.text}` : rendered.text);
		if (rendered.controls.length > 0) controls = rendered.controls.map((control) => ({ ...control, message }));
		if (message.attachments.length > 0 && previous === undefined) options.onAttachments?.(message);
	};

	const channelName = (id: string) => emulator.guilds.flatMap((g) => g.channels).find((c) => c.id === id)?.name;

	/** What the bot posts or edits by itself (quiz reveals, study posts, late edits), as it happens. */
	const unsubscribe = emulator.onMessageChange((message) => {
		if (message.loading) return;
		if (message.ephemeral && !(message.interactionId !== undefined && ownInteractions.has(message.interactionId)))
			return;
		if (active && (message.interactionId === active.interactionId || active.messageIds.has(message.id))) return;
		const where = `#${channelName(message.channelId) ?? 'unknown-channel'}`;
		if (message.deleted) {
			const previous = shown.get(message.id);
			if (previous === undefined) return;
			shown.delete(message.id);
			output.print(paint(style, 'dim', `── ${where} · reasonbot deleted its message “${firstLine(previous)}” ──`));
			return;
		}
		show(message, (previous) =>
			previous === undefined
				? `── ${where} · reasonbot ──`
				: `── ${where} · reasonbot edited its message “${firstLine(previous)}” ──`,
		);
	});

	async function follow(handle: InteractionHandle, relatedMessageIds: readonly string[] = []): Promise<void> {
		ownInteractions.add(handle.id);
		active = { interactionId: handle.id, messageIds: new Set(relatedMessageIds) };
		try {
			const reply = await handle.reply(REPLY_TIMEOUT_MS);
			if (reply.type === 'modal' && reply.modal) {
				active = undefined;
				await fillModal(reply.modal, reply.message);
				return;
			}
			let seen = -1;
			for (;;) {
				if (handle.events.length !== seen) {
					seen = handle.events.length;
					for (const message of [handle.original, ...handle.followUps]) {
						if (message && !message.loading && !message.deleted) show(message);
					}
				}
				const quiet = await waitForChange(handle, seen, wasDeferred(handle) ? DEFERRED_QUIET_MS : IMMEDIATE_QUIET_MS);
				if (quiet && !handle.original?.loading) return;
			}
		} finally {
			active = undefined;
		}
	}

	async function fillModal(modal: ModalData, message: RecordedMessage | undefined): Promise<void> {
		output.print(`── ${modal.title} ──`);
		const fields: Record<string, string> = {};
		for (const input of modalInputs(modal)) fields[input.customId] = await options.askField(`${input.label}: `);
		const handle = user.startSubmitModal(modal.customId, fields, { ...target, ...(message ? { message } : {}) });
		await follow(handle, message ? [message.id] : []);
	}

	async function press(line: string): Promise<boolean> {
		const [numberText = '', ...choiceWords] = line.trim().split(/\s+/);
		const control = controls.find((candidate) => candidate.number === Number(numberText));
		if (!control) {
			output.print(
				controls.length ? `No control ${numberText}. Choose 1 to ${controls.length}.` : 'Nothing to press yet.',
			);
			return false;
		}
		const where = { channelId: control.message.channelId };
		if (control.kind === 'button') {
			await follow(user.startClick(control.message, control.customId, where), [control.message.id]);
			return true;
		}
		const wanted = choiceWords.join(' ').toLowerCase();
		const option = control.options.find(
			(candidate, index) =>
				letter(index) === wanted ||
				candidate.value.toLowerCase() === wanted ||
				candidate.label.toLowerCase() === wanted,
		);
		if (!option) {
			output.print(
				`Pick an option: ${control.options.map((candidate, index) => `${control.number} ${letter(index)} (${candidate.label})`).join(', ')}`,
			);
			return false;
		}
		await follow(user.startSelect(control.message, control.customId, [option.value], where), [control.message.id]);
		return true;
	}

	async function runLine(trimmed: string): Promise<boolean> {
		if (trimmed === '' || trimmed === 'help') {
			output.print(`${listCommands(definitions)}\nType a number to press a button of the last reply.`);
			return trimmed === 'help';
		}
		if (/^\d+(\s|$)/.test(trimmed)) return press(trimmed);
		const parsed = parseCommandLine(trimmed, definitions);
		if (!parsed.ok) {
			output.print(parsed.help);
			return false;
		}
		await follow(user.startSlash(parsed.value.command, parsed.value.options, target));
		return true;
	}

	return {
		user,
		definitions,
		async run(line) {
			try {
				return await runLine(line.trim());
			} catch (error) {
				// Whatever a person types, the playground stays up: they see what Discord's client would show.
				output.print(describeFailure(error, emulator));
				return false;
			}
		},
		close: unsubscribe,
	};
}

/** ANSI styles are not part of the quoted text. */
const ANSI_STYLE = new RegExp(`${String.fromCharCode(27)}\\[\\d+m`, 'g');

function firstLine(text: string): string {
	const line = (
		text
			.replace(ANSI_STYLE, '')
			.split('\n')
			.find((candidate) => candidate.trim() !== '') ?? ''
	).trim();
	const words = line.replace(/^[│—\s]+/, '');
	return words.length > 50 ? `${words.slice(0, 49)}…` : words;
}

function wasDeferred(handle: InteractionHandle): boolean {
	const first = handle.events[0];
	return first?.kind === 'callback' && (first.callbackType === 5 || first.callbackType === 6);
}

/** Resolves true when nothing new happened for `quietMs`, false as soon as something did. */
async function waitForChange(handle: InteractionHandle, seen: number, quietMs: number): Promise<boolean> {
	try {
		await handle.waitFor((current) => current.events.length !== seen, quietMs);
		return false;
	} catch {
		return true;
	}
}

/** Text inputs sit in action rows (classic modals) or inside label components (type 18). */
function modalInputs(modal: ModalData): { customId: string; label: string }[] {
	const inputs: { customId: string; label: string }[] = [];
	for (const row of modal.components) {
		const label = typeof row['label'] === 'string' ? row['label'] : undefined;
		const children: readonly unknown[] = Array.isArray(row['components']) ? row['components'] : [row['component']];
		for (const child of children) {
			if (typeof child !== 'object' || child === null || Array.isArray(child)) continue;
			const customId = 'custom_id' in child ? child.custom_id : undefined;
			const childLabel = 'label' in child ? child.label : undefined;
			if (typeof customId !== 'string') continue;
			inputs.push({ customId, label: label ?? (typeof childLabel === 'string' ? childLabel : customId) });
		}
	}
	return inputs;
}
