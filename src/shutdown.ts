import type { Logger } from 'pino';

/**
 * SIGINT/SIGTERM (Ctrl-C, systemd, a container runtime) run `stop` once and exit 0;
 * a second signal while stopping exits at once.
 */
export function exitGracefullyOnSignals(stop: () => Promise<void>, logger: Logger): void {
	let stopping = false;
	const onSignal = (signal: NodeJS.Signals) => {
		if (stopping) {
			logger.warn({ signal }, 'second signal: exiting now');
			process.exit(1);
		}
		stopping = true;
		logger.info({ signal }, 'shutting down');
		stop().then(
			() => {
				logger.info('stopped cleanly');
				logger.flush();
				process.exit(0);
			},
			(error: unknown) => {
				logger.error({ err: error }, 'error while shutting down');
				logger.flush();
				process.exit(1);
			},
		);
	};
	process.on('SIGINT', onSignal);
	process.on('SIGTERM', onSignal);
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
