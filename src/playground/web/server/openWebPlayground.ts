import type { Logger } from 'pino';
import { findProjectRoot } from '../../../app/projectRoot.js';
import type { OfflineStack } from '../../offlineStack.js';
import { startWebPlayground, type WebPlayground } from './webPlayground.js';

/**
 * Starts the page next to the terminal playground and says where it is; a busy port or a missing build is
 * one line, and the terminal playground carries on without the page.
 */
export async function openWebPlayground(
	stack: OfflineStack,
	port: number,
	logger: Logger,
	print: (line: string) => void,
): Promise<WebPlayground | undefined> {
	try {
		const web = await startWebPlayground({ stack, projectRoot: findProjectRoot(), port, logger });
		print(`Web playground: ${web.url}`);
		return web;
	} catch (error) {
		const reason =
			error instanceof Error && 'code' in error && error.code === 'EADDRINUSE'
				? `port ${port} is in use (set PLAYGROUND_PORT to another port, or 0 for any free one)`
				: error instanceof Error
					? error.message
					: String(error);
		print(`Web playground not started: ${reason}`);
		return undefined;
	}
}
