import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../src/app/config.js';
import { DEFAULT_COMMANDS_DIR, loadCommands } from '../../src/core/loadCommands.js';
import type { CommandRegistry } from '../../src/core/registry.js';
import type { EmulatorOptions } from '../../src/emulator/index.js';
import { startOfflineStack, type OfflineStack } from '../../src/playground/offlineStack.js';
import { testDatabaseUrl } from './database.js';
import { captureLogs, type CapturedLogs } from './logs.js';

export interface Harness extends OfflineStack {
	readonly logs: CapturedLogs;
}

export interface HarnessOptions {
	/** Environment on top of the test defaults (memory store, see testDatabaseUrl for the database). */
	readonly env?: Readonly<Record<string, string>>;
	readonly registry?: CommandRegistry;
	readonly emulator?: EmulatorOptions;
	readonly secrets?: readonly string[];
	/** The bot's clock (schedules, round ends); the emulator keeps its own. */
	readonly now?: () => Date;
}

export const FIXTURE_COMMANDS_DIR = fileURLToPath(new URL('../fixtures/commands/', import.meta.url));

/** The emulator, the real bot (real client, router, commands) and captured logs. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
	const logs = captureLogs({ secrets: options.secrets ?? [] });
	const config = loadConfig({
		CACHE_URL: 'memory://',
		LOG_LEVEL: 'debug',
		...options.env,
		DATABASE_URL: testDatabaseUrl(options.env),
	});
	const stack = await startOfflineStack({
		config,
		logger: logs.logger,
		registry: options.registry ?? (await loadCommands()),
		...(options.emulator ? { emulator: options.emulator } : {}),
		...(options.now ? { now: options.now } : {}),
	});
	return { ...stack, logs };
}

/** The real commands plus the fixtures that fail, echo or take their time. */
export async function registryWithFixtures(): Promise<CommandRegistry> {
	return loadCommands(DEFAULT_COMMANDS_DIR, FIXTURE_COMMANDS_DIR);
}
