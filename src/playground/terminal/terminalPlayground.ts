import path from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import type { OfflineStack } from '../offlineStack.js';
import type { MentionNames } from '../markup/index.js';
import { completeLine } from './completeLine.js';
import { lineQueue, type LineQueue } from './lineQueue.js';
import { saveAttachments } from './saveAttachments.js';
import { createPlaygroundSession, type PlaygroundSession } from './session.js';
import { paint, wantsAnsi, type TerminalStyle } from './terminalStyle.js';

export interface TerminalOptions {
	readonly stack: OfflineStack;
	readonly input: NodeJS.ReadableStream & { isTTY?: boolean };
	readonly output: NodeJS.WritableStream & { isTTY?: boolean };
	readonly env: Readonly<Record<string, string | undefined>>;
	/** Attachments the bot sends are saved here. */
	readonly dataFolder: string;
	/** Run one command line, print the reply, exit. */
	readonly once?: string | undefined;
	/** The first line of piped input, already read (to tell "no commands at all" before starting). */
	readonly firstLine?: string | undefined;
	readonly queue?: LineQueue;
	readonly lines?: Interface;
}

export const BANNER =
	'reasonbot playground: an offline Discord with the real bot, in #general. Type a slash command (/about; Tab completes), "help", or "exit".\n' +
	'Scores and schedules live in memory: every start is a fresh server.';

/** The terminal front end: a prompt that takes slash commands, shows replies and the bot's own posts. Returns the exit code. */
export async function runTerminal(options: TerminalOptions): Promise<number> {
	const { stack, output } = options;
	const interactive = options.once === undefined && options.input.isTTY === true;
	let prompting = false;
	let lines: Interface | undefined = options.lines;
	const print = (text: string) => {
		if (prompting && lines) {
			// A post arriving while the person types: clear the prompt line, print, show the prompt and their input again.
			output.write(`\r\x1b[K${text}\n\n`);
			lines.prompt(true);
			return;
		}
		output.write(`${text}\n\n`);
	};
	const style: TerminalStyle = {
		ansi: wantsAnsi(output, options.env),
		names: mentionNames(stack, () => session.user.id),
		now: () => new Date(),
	};
	const session = createPlaygroundSession({
		emulator: stack.emulator,
		registry: stack.bot.registry,
		output: { print },
		askField: (label) => ask(label),
		style,
		onAttachments: (message) => {
			saveAttachments(message, path.join(options.dataFolder, 'attachments')).then(
				(files) => {
					for (const file of files) print(`📎 saved ${path.relative(process.cwd(), file) || file}`);
				},
				(error: unknown) => {
					print(`📎 could not save an attachment: ${error instanceof Error ? error.message : String(error)}`);
				},
			);
		},
	});
	lines ??= createInterface({
		input: options.input,
		output,
		terminal: interactive,
		...(interactive ? { completer: completer(session, stack, () => lines, print) } : {}),
	});
	lines.setPrompt('> ');
	const reader = lines;
	reader.on('SIGINT', () => {
		reader.close();
	});
	const queue = options.queue ?? lineQueue(lines);
	const ask = async (label: string) => {
		output.write(label);
		return (await queue.next()) ?? '';
	};
	try {
		if (options.once !== undefined) return (await session.run(options.once)) ? 0 : 1;
		if (interactive) print(paint(style, 'dim', BANNER));
		let pending = options.firstLine;
		for (;;) {
			let line = pending;
			pending = undefined;
			if (line === undefined) {
				if (interactive) {
					prompting = true;
					lines.prompt();
				}
				line = await queue.next();
				prompting = false;
			}
			if (line === undefined || /^(exit|quit)$/i.test(line.trim())) break;
			if (line.trim() === '' && !interactive) continue;
			if (!interactive) print(`> ${line.trim()}`);
			await session.run(line);
		}
		return 0;
	} finally {
		session.close();
		lines.close();
	}
}

function completer(
	session: PlaygroundSession,
	stack: OfflineStack,
	lines: () => Interface | undefined,
	print: (text: string) => void,
) {
	const sources = {
		definitions: session.definitions,
		autocomplete: session.user.autocomplete.bind(session.user),
		channelNames: () => stack.emulator.guilds[0]?.channels.map((channel) => channel.name) ?? [],
	};
	return (line: string, callback: (error: Error | null, result: [string[], string]) => void) => {
		completeLine(line, sources).then(
			({ partial, candidates }) => {
				const only = candidates[0];
				if (candidates.length === 1 && only !== undefined && !only.startsWith(partial)) {
					// An autocomplete choice need not start with what was typed ("cold" → "Cold-start data"): rewrite the line.
					callback(null, [[], line]);
					setImmediate(() => {
						lines()?.write(null, { ctrl: true, name: 'u' });
						lines()?.write(`${line.slice(0, line.length - partial.length)}${only}`);
					});
					return;
				}
				if (candidates.length > 1 && commonPrefix(candidates).length <= partial.length) {
					// Nothing to add yet: list the choices at the first Tab, as Discord lists them while you type.
					callback(null, [[], partial]);
					setImmediate(() => {
						print(candidates.join('   '));
					});
					return;
				}
				callback(null, [[...candidates], partial]);
			},
			() => {
				callback(null, [[], line]);
			},
		);
	};
}

function commonPrefix(texts: readonly string[]): string {
	let prefix = texts[0] ?? '';
	for (const text of texts) while (!text.startsWith(prefix)) prefix = prefix.slice(0, -1);
	return prefix;
}

function mentionNames(stack: OfflineStack, youId: () => string): MentionNames {
	const channels = () => stack.emulator.guilds.flatMap((guild) => guild.channels);
	return {
		user: (id) => (id === youId() ? 'you' : id === stack.emulator.botUserId ? 'reasonbot' : undefined),
		channel: (id) => channels().find((channel) => channel.id === id)?.name,
		role: () => undefined,
	};
}
