import { PermissionFlagsBits } from 'discord.js';
import type { CommandRegistry } from '../core/registry.js';
import type { DiscordEmulator, InteractionHandle, ModalData, RecordedMessage } from '../emulator/index.js';
import { listCommands, parseCommandLine, type CommandDefinition } from './parseCommandLine.js';
import { letter, renderMessageText, type Control } from './renderText.js';

/** Asks the person for one modal field (the terminal prompts; piped input reads the next line). */
export type AskField = (label: string) => Promise<string>;

export interface SessionOutput {
	/** Called with each message to show: the first reply, then edits and follow-ups as they arrive. */
	readonly print: (text: string) => void;
}

export interface PlaygroundSession {
	/** Runs one typed line; resolves true when it was understood (false: help was printed). */
	run(line: string): Promise<boolean>;
}

const REPLY_TIMEOUT_MS = 30_000;
/** After a deferred reply, edits closer together than this belong to one answer (a streaming /ask edits every ~1.5 s). */
const DEFERRED_QUIET_MS = 2_500;
const IMMEDIATE_QUIET_MS = 300;

export function createPlaygroundSession(
	emulator: DiscordEmulator,
	registry: CommandRegistry,
	output: SessionOutput,
	askField: AskField,
): PlaygroundSession {
	const definitions: CommandDefinition[] = [...registry.commands.values()].map((command) => command.data.toJSON());
	const user = emulator.user('you', { permissions: PermissionFlagsBits.Administrator });
	const channelId = emulator.channel('study')?.id ?? emulator.guilds[0]?.channels[0]?.id;
	const target = channelId === undefined ? {} : { channelId };
	let controls: readonly (Control & { readonly message: RecordedMessage })[] = [];

	async function follow(handle: InteractionHandle): Promise<void> {
		const reply = await handle.reply(REPLY_TIMEOUT_MS);
		if (reply.type === 'modal' && reply.modal) {
			await fillModal(reply.modal, reply.message);
			return;
		}
		if (reply.type === 'autocomplete') {
			output.print(
				reply.choices?.map((choice, index) => `${index + 1}. ${choice.name}`).join('\n') || '(no suggestions)',
			);
			return;
		}
		const shown = new Map<string, string>();
		const show = (message: RecordedMessage) => {
			if (message.loading || message.deleted) return;
			const rendered = renderMessageText(message);
			if (shown.get(message.id) === rendered.text) return;
			shown.set(message.id, rendered.text);
			output.print(rendered.text);
			if (rendered.controls.length > 0) controls = rendered.controls.map((control) => ({ ...control, message }));
		};
		let seen = -1;
		for (;;) {
			if (handle.events.length !== seen) {
				seen = handle.events.length;
				for (const message of [handle.original, ...handle.followUps]) if (message) show(message);
			}
			const quiet = await waitForChange(handle, seen, wasDeferred(handle) ? DEFERRED_QUIET_MS : IMMEDIATE_QUIET_MS);
			if (quiet && !handle.original?.loading) return;
		}
	}

	async function fillModal(modal: ModalData, message: RecordedMessage | undefined): Promise<void> {
		output.print(`── ${modal.title} ──`);
		const fields: Record<string, string> = {};
		for (const input of modalInputs(modal)) fields[input.customId] = await askField(`${input.label}: `);
		await follow(user.startSubmitModal(modal.customId, fields, { ...target, ...(message ? { message } : {}) }));
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
		if (control.kind === 'button') {
			await follow(user.startClick(control.message, control.customId, target));
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
		await follow(user.startSelect(control.message, control.customId, [option.value], target));
		return true;
	}

	return {
		async run(line) {
			const trimmed = line.trim();
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
		},
	};
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
