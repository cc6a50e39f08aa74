import { ConfigError } from './config.js';
import { StoreError } from '../cache/store.js';
import { RegistryError } from '../core/registry.js';
import { FatalGatewayCloseError } from './fatalGatewayClose.js';
import { KnowledgeError } from '../knowledge/load.js';
import { StartupError } from './startupStep.js';

/** Start-up failures a person can fix get one plain line, no stack trace. */
export function describeStartupError(error: unknown): string | undefined {
	if (
		error instanceof ConfigError ||
		error instanceof StoreError ||
		error instanceof StartupError ||
		error instanceof FatalGatewayCloseError
	)
		return error.message;
	if (error instanceof KnowledgeError) return `KNOWLEDGE_PATH: ${error.message}`;
	if (error instanceof RegistryError) return `Commands: ${error.message}`;
	if (error instanceof Error && 'code' in error && error.code === 'TokenInvalid') {
		return 'DISCORD_TOKEN: Discord rejected the token. Copy it again from the Developer Portal (Bot → Reset Token).';
	}
	return undefined;
}
