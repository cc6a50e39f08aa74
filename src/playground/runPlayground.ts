import { createInterface } from 'node:readline';
import type { Config } from '../app/config.js';
import { createLogger } from '../logging/createLogger.js';
import { keepAliveOnStrayErrors } from '../app/shutdown.js';
import { startOfflineStack } from './offlineStack.js';
import { lineQueue } from './lineQueue.js';
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
	const queue = lineQueue(lines);
	const ask = async (label: string) => {
		output.write(label);
		return (await queue.next()) ?? '';
	};
	const session = createPlaygroundSession(stack.emulator, stack.bot.registry, { print }, ask);
	let exitCode = 0;
	try {
		if (options.once !== undefined) {
			exitCode = (await session.run(options.once)) ? 0 : 1;
		} else {
			if (interactive) {
				print(
					'reasonbot playground: an offline Discord with the real bot. Type a slash command (/about), "help", or "exit".',
				);
			}
			for (;;) {
				if (interactive) output.write('> ');
				const line = await queue.next();
				if (line === undefined || /^(exit|quit)$/i.test(line.trim())) break;
				if (line.trim() === '' && !interactive) continue;
				if (!interactive) print(`> ${line.trim()}`);
				await session.run(line);
			}
		}
	} finally {
		lines.close();
		await stack.stop();
	}
	return exitCode;
}
