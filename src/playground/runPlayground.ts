import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Config } from '../app/config.js';
import { findProjectRoot } from '../app/projectRoot.js';
import { keepAliveOnStrayErrors } from '../app/shutdown.js';
import type { EmulatorOptions } from '../emulator/index.js';
import { createLogger } from '../logging/createLogger.js';
import { startOfflineStack } from './offlineStack.js';
import { lineQueue } from './terminal/lineQueue.js';
import { runTerminal } from './terminal/terminalPlayground.js';
import { openWebPlayground } from './web/server/openWebPlayground.js';

export interface PlaygroundOptions {
	readonly config: Config;
	/** To tell whether LOG_LEVEL was set on purpose: by default the playground only shows warnings. */
	readonly env: Readonly<Record<string, string | undefined>>;
	/** Run one command line, print the reply, exit. */
	readonly once?: string | undefined;
	readonly input?: NodeJS.ReadableStream & { isTTY?: boolean };
	readonly output?: NodeJS.WritableStream & { isTTY?: boolean };
	readonly errorOutput?: NodeJS.WritableStream;
	/** Where the playground keeps its files (attachments the bot sends). Default: data/playground/. */
	readonly dataFolder?: string;
}

/** The world both front ends show: one server with the channels a study group has. */
export const PLAYGROUND_WORLD: EmulatorOptions = {
	guilds: [{ name: 'Study Group', channels: [{ name: 'general' }, { name: 'quiz' }, { name: 'study-hall' }] }],
};

export const NO_TOKEN_LINE =
	'reasonbot: DISCORD_TOKEN is not set, and no commands came in (stdin is not a terminal). Set DISCORD_TOKEN in .env ' +
	'to run the bot on Discord, or run `npm start` in a terminal (or pipe commands, or use --once) for the offline playground.';

/** The offline playground: the real bot against the bundled Discord emulator, driven from a terminal. Returns the exit code. */
export async function runPlayground(options: PlaygroundOptions): Promise<number> {
	const input = options.input ?? process.stdin;
	const output = options.output ?? process.stdout;
	const piped = options.once === undefined && input.isTTY !== true;
	// Piped input is read from here on (the terminal's own reader, with Tab completion, is made by runTerminal).
	const lines = piped ? createInterface({ input, terminal: false }) : undefined;
	const queue = lines ? lineQueue(lines) : undefined;
	let firstLine: string | undefined;
	if (queue) {
		// A process manager with no terminal and no token: say so and fail, rather than look like a healthy bot.
		do firstLine = await queue.next();
		while (firstLine !== undefined && firstLine.trim() === '');
		if (firstLine === undefined) {
			lines?.close();
			(options.errorOutput ?? process.stderr).write(`${NO_TOKEN_LINE}\n`);
			return 1;
		}
	}
	const logger = createLogger({
		// Only a LOG_LEVEL set on purpose counts (.env.example leaves it empty): log lines between replies drown them.
		level: options.env['LOG_LEVEL'] ? options.config.LOG_LEVEL : 'warn',
		pretty: options.config.LOG_PRETTY,
		secrets: [options.config.OPENAI_API_KEY ?? ''],
		toStderr: true,
	});
	keepAliveOnStrayErrors(logger);
	// Every start is a fresh emulated server (new ids), so saved scores would belong to nobody: keep state in memory,
	// away from the real bot's database (/about says "memory").
	const config: Config = { ...options.config, CACHE_URL: 'memory://', DATABASE_URL: 'sqlite://:memory:' };
	const stack = await startOfflineStack({ config, logger, emulator: PLAYGROUND_WORLD });
	// A person at a terminal also gets the page, over the same world (not for --once or piped commands).
	const web =
		options.once === undefined && input.isTTY === true
			? await openWebPlayground(stack, config.PLAYGROUND_PORT, logger, (line) => output.write(`${line}\n\n`))
			: undefined;
	try {
		return await runTerminal({
			stack,
			input,
			output,
			env: options.env,
			dataFolder: options.dataFolder ?? path.join(findProjectRoot(), 'data', 'playground'),
			once: options.once,
			firstLine,
			...(queue && lines ? { queue, lines } : {}),
		});
	} finally {
		await web?.stop();
		await stack.stop();
	}
}
