import { createInterface } from 'node:readline/promises';
import type { Config } from '../config.js';
import { createLogger } from '../logging/createLogger.js';
import { keepAliveOnStrayErrors } from '../shutdown.js';
import { startOfflineStack } from './offlineStack.js';
import { createPlaygroundSession } from './session.js';

export interface PlaygroundOptions {
	readonly config: Config;
	/** To tell whether LOG_LEVEL was set on purpose: by default the playground only shows warnings. */
	readonly env: Readonly<Record<string, string | undefined>>;
	/** Run one command line, print the reply, exit. */
	readonly once?: string | undefined;
	readonly input?: NodeJS.ReadableStream & { isTTY?: boolean };
	readonly output?: NodeJS.WritableStream;
}

/** The offline playground: the real bot against the bundled Discord emulator, driven from a terminal. Returns the exit code. */
export async function runPlayground(options: PlaygroundOptions): Promise<number> {
	const input = options.input ?? process.stdin;
	const output = options.output ?? process.stdout;
	const logger = createLogger({
		level: options.env['LOG_LEVEL'] ? options.config.LOG_LEVEL : 'warn',
		pretty: options.config.LOG_PRETTY,
		secrets: [options.config.OPENAI_API_KEY ?? ''],
		toStderr: true,
	});
	keepAliveOnStrayErrors(logger);
	const stack = await startOfflineStack({ config: options.config, logger });
	const print = (text: string) => output.write(`${text}\n\n`);
	const interactive = options.once === undefined && input.isTTY === true;
	const lines = createInterface({ input, output, terminal: interactive });
	const session = createPlaygroundSession(stack.emulator, stack.bot.registry, { print }, (label) =>
		lines.question(label),
	);
	let exitCode = 0;
	try {
		if (options.once !== undefined) {
			exitCode = (await session.run(options.once)) ? 0 : 1;
		} else {
			if (interactive) {
				print(
					'reasonbot playground: an offline Discord with the real bot. Type a slash command (/about), "help", or "exit".',
				);
				lines.setPrompt('> ');
				lines.prompt();
			}
			for await (const line of lines) {
				if (/^(exit|quit)$/i.test(line.trim())) break;
				if (!interactive && line.trim() !== '') print(`> ${line.trim()}`);
				if (line.trim() !== '' || interactive) await session.run(line);
				if (interactive) lines.prompt();
			}
		}
	} finally {
		lines.close();
		await stack.stop();
	}
	return exitCode;
}
