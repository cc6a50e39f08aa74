import { createRequire } from 'node:module';
import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../app/config.js';
import { redactSecrets, redactString } from './redact.js';

export interface LoggerOptions {
	readonly level: LogLevel;
	/** Human-readable lines; defaults to "stdout is a terminal". */
	readonly pretty?: boolean | undefined;
	/** Secret values (tokens, keys) to scrub from every line, wherever they appear. */
	readonly secrets?: readonly string[];
	/** Where lines go (tests capture them); defaults to stdout, or stderr with `toStderr`. */
	readonly destination?: DestinationStream;
	/** Keep stdout for other output (the playground's replies). */
	readonly toStderr?: boolean;
}

export function createLogger(options: LoggerOptions): Logger {
	const secrets = (options.secrets ?? []).filter((secret) => secret.length > 0);
	const fd = options.toStderr ? 2 : 1;
	const pretty = options.pretty ?? (options.toStderr ? process.stderr : process.stdout).isTTY;
	const destination = options.destination ?? (pretty ? prettyStream(fd) : undefined) ?? bufferedDestination(fd);
	return pino(
		{
			level: options.level,
			base: { pid: process.pid },
			formatters: { log: (object) => redactFields(object, secrets) },
			hooks: {
				logMethod(args, method) {
					args.forEach((arg: unknown, index) => {
						if (typeof arg === 'string') args[index] = redactString(arg, secrets);
					});
					method.apply(this, args);
				},
			},
		},
		destination,
	);
}

function redactFields(object: Record<string, unknown>, secrets: readonly string[]): Record<string, unknown> {
	const redacted = redactSecrets(object, secrets);
	if (redacted === object) return object;
	return typeof redacted === 'object' && redacted !== null && !Array.isArray(redacted) ? { ...redacted } : {};
}

/**
 * Lines are buffered and written in chunks of 12 KB (sonic-boom writes at most 16 KB at once), at least every quarter
 * second: one write per line (one line per interaction) was a tenth of a busy bot's CPU. pino flushes what is left
 * when the process exits.
 */
function bufferedDestination(fd: number): DestinationStream {
	return pino.destination({ dest: fd, sync: false, minLength: 12 * 1024, periodicFlush: 250 });
}

/** pino-pretty is a dev dependency: a production install without it falls back to JSON lines. */
function prettyStream(fd: number): DestinationStream | undefined {
	try {
		const require = createRequire(import.meta.url);
		const module: unknown = require('pino-pretty');
		if (!isPrettyFactory(module)) return undefined;
		const stream = module({ sync: true, destination: fd, translateTime: 'HH:MM:ss', ignore: 'pid,hostname' });
		return isDestination(stream) ? stream : undefined;
	} catch {
		return undefined;
	}
}

function isPrettyFactory(value: unknown): value is (options: Record<string, unknown>) => unknown {
	return typeof value === 'function';
}

function isDestination(value: unknown): value is DestinationStream {
	return typeof value === 'object' && value !== null && 'write' in value && typeof value.write === 'function';
}
