import type { DiscordEmulator, EmulatorUser, InteractionHandle } from '../../../emulator/index.js';
import { parseCommandLine, type CommandDefinition } from '../../parseCommandLine.js';
import type { InteractionRequest, InteractionResponse } from '../protocol.js';
import type { LiveFeed } from './liveFeed.js';
import { toModalForm } from './modalForm.js';
import type { PlaygroundPeople } from './people.js';

export interface InteractionBridge {
	handle(request: InteractionRequest): Promise<InteractionResponse>;
}

export interface BridgeOptions {
	readonly emulator: DiscordEmulator;
	readonly people: PlaygroundPeople;
	readonly definitions: readonly CommandDefinition[];
	readonly feed: LiveFeed;
	/** How long the bot has to answer before the page says it did not (Discord allows 3 s, or 15 min once deferred). */
	readonly replyTimeoutMs?: number;
}

/**
 * Turns what the page does (a command line, a press, a choice, a modal, a keystroke in an option) into
 * interactions from that person through the emulator's actor API. The bot's messages reach the page via the
 * live feed; this answers only what the page must act on: a modal to open, autocomplete choices, or an error.
 */
export function createInteractionBridge(options: BridgeOptions): InteractionBridge {
	const { emulator, people, definitions, feed } = options;
	const replyTimeoutMs = options.replyTimeoutMs ?? 30_000;

	async function follow(handle: InteractionHandle, user: EmulatorUser, label: string): Promise<InteractionResponse> {
		feed.announce({ id: handle.id, userName: user.name, label });
		try {
			const reply = await handle.reply(replyTimeoutMs);
			if (reply.type === 'modal' && reply.modal) {
				return { kind: 'modal', modal: toModalForm(reply.modal, reply.message?.id) };
			}
			return { kind: 'sent' };
		} catch {
			return { kind: 'error', message: 'The application did not respond.' };
		}
	}

	async function run(request: InteractionRequest, user: EmulatorUser): Promise<InteractionResponse> {
		const target = { channelId: request.channelId };
		switch (request.kind) {
			case 'commandLine': {
				const parsed = parseCommandLine(request.line, definitions);
				if (!parsed.ok) return { kind: 'error', message: parsed.help };
				const { command, options: values } = parsed.value;
				// The line as typed, so the page can say "ada used /ask question: …" (shown as text, like everything).
				return follow(user.startSlash(command, values, target), user, request.line.trim().slice(0, 200));
			}
			case 'autocomplete': {
				const choices = await user.autocomplete(request.command, request.options, request.focused, target);
				return { kind: 'choices', choices: choices.map((choice) => ({ name: choice.name, value: choice.value })) };
			}
			case 'button':
				return follow(user.startClick(request.messageId, request.customId, target), user, 'pressed a button');
			case 'select':
				return follow(
					user.startSelect(request.messageId, request.customId, request.values, target),
					user,
					'chose an option',
				);
			case 'modal':
				return follow(
					user.startSubmitModal(request.customId, request.fields, {
						...target,
						...(request.messageId === undefined ? {} : { message: request.messageId }),
					}),
					user,
					'submitted a form',
				);
		}
	}

	return {
		async handle(request) {
			const user = people.byName(request.userName);
			if (!user) return { kind: 'error', message: `Nobody called ${request.userName} is here.` };
			if (!emulator.channel(request.channelId)) return { kind: 'error', message: 'That channel does not exist.' };
			try {
				return await run(request, user);
			} catch (error) {
				// The emulator refuses what Discord's client would not send (a disabled button, an unknown channel).
				return { kind: 'error', message: explain(error) };
			}
		},
	};
}

function explain(error: unknown): string {
	const text = error instanceof Error ? error.message : String(error);
	const channel = /^No channel (.+) in guild/.exec(text);
	if (channel) return `There is no channel "${channel[1] ?? ''}" here: pick one from the list as you type.`;
	if (/is disabled/i.test(text)) return 'This component is disabled.';
	return `Discord would not send that: ${text}`;
}
