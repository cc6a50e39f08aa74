import { createRequire } from 'node:module';
import { pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from '../config.js';
import { redactSecrets, redactString } from './redact.js';

export interface LoggerOptions {
	readonly level: LogLevel;
	/** Human-readable lines; defaults to "stdout is a terminal". */
	readonly pretty?: boolean | undefined;
	/** Secret values (tokens, keys) to scrub from every line, wherever they appear. */
	readonly secrets?: readonly string[];
	/** Where lines go (tests capture them); defaults to stdout. */
	readonly destination?: DestinationStream;
}

export function createLogger(options: LoggerOptions): Logger {
	const secrets = (options.secrets ?? []).filter((secret) => secret.length > 0);
	const pretty = options.pretty ?? process.stdout.isTTY;
	const destination = options.destination ?? (pretty ? prettyStream() : undefined) ?? pino.destination({ sync: false });
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
	return typeof redacted === 'object' && redacted !== null && !Array.isArray(redacted) ? { ...redacted } : {};
}

/** pino-pretty is a dev dependency: a production install without it falls back to JSON lines. */
function prettyStream(): DestinationStream | undefined {
	try {
		const require = createRequire(import.meta.url);
		const module: unknown = require('pino-pretty');
		if (typeof module !== 'function') return undefined;
		const stream: unknown = module({ sync: true, translateTime: 'HH:MM:ss', ignore: 'pid,hostname' });
		return isDestination(stream) ? stream : undefined;
	} catch {
		return undefined;
	}
}

function isDestination(value: unknown): value is DestinationStream {
	return typeof value === 'object' && value !== null && 'write' in value && typeof value.write === 'function';
}
