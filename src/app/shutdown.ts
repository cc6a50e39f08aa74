import type { Logger } from 'pino';

/**
 * SIGINT/SIGTERM (Ctrl-C, systemd, a container runtime) run `stop` once and exit 0; a second signal while stopping
 * exits at once. Returns the same shutdown for the bot's own reasons, with their exit code (a fatal gateway close).
 */
export function exitGracefullyOnSignals(stop: () => Promise<void>, logger: Logger): (exitCode: number) => void {
	let stopping = false;
	const shutDown = (exitCode: number, signal?: NodeJS.Signals) => {
		if (stopping) {
			if (signal === undefined) return;
			logger.warn({ signal }, 'second signal: exiting now');
			process.exit(1);
		}
		stopping = true;
		logger.info(signal ? { signal } : { exitCode }, 'shutting down');
		stop().then(
			() => {
				logger.info('stopped cleanly');
				logger.flush();
				process.exit(exitCode);
			},
			(error: unknown) => {
				logger.error({ err: error }, 'error while shutting down');
				logger.flush();
				process.exit(1);
			},
		);
	};
	const onSignal = (signal: NodeJS.Signals) => {
		shutDown(0, signal);
	};
	process.on('SIGINT', onSignal);
	process.on('SIGTERM', onSignal);
	return (exitCode) => {
		shutDown(exitCode);
	};
}

/** A failing handler or a forgotten promise must never take the whole bot down. */
export function keepAliveOnStrayErrors(logger: Logger): void {
	process.on('unhandledRejection', (reason) => {
		logger.error({ err: reason }, 'unhandled promise rejection');
	});
	process.on('uncaughtException', (error) => {
		logger.error({ err: error }, 'uncaught exception');
	});
}
