import { Writable } from 'node:stream';
import { pino, type Logger } from 'pino';
import { createLogger } from '../../src/logging/createLogger.js';

export interface CapturedLogs {
	readonly logger: Logger;
	readonly lines: () => readonly Record<string, unknown>[];
	readonly text: () => string;
}

/** A logger whose JSON lines are kept in memory for assertions. */
export function captureLogs(options: { secrets?: readonly string[]; level?: 'debug' | 'info' } = {}): CapturedLogs {
	const chunks: string[] = [];
	const destination = new Writable({
		write(chunk: Buffer, _encoding, callback) {
			chunks.push(chunk.toString());
			callback();
		},
	});
	const logger = createLogger({
		level: options.level ?? 'debug',
		pretty: false,
		secrets: options.secrets ?? [],
		destination,
	});
	const text = () => chunks.join('');
	return {
		logger,
		text,
		lines: () =>
			text()
				.split('\n')
				.filter((line) => line.trim() !== '')
				.map((line) => JSON.parse(line) as Record<string, unknown>),
	};
}

export const silentLogger = (): Logger => pino({ level: 'silent' });
