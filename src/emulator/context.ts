import type { AttachmentStore } from './attachments.js';
import type { Clock } from './clock.js';
import type { CommandStore } from './commands.js';
import type { Faults } from './faults.js';
import type { Gateway } from './gateway.js';
import type { InteractionRegistry } from './interactions.js';
import type { MessageStore } from './messages.js';
import type { SnowflakeGenerator } from './snowflake.js';
import type { ReceivedPayload } from './types.js';
import type { World } from './world.js';

/** Everything one emulator instance owns; passed to routes and actors instead of module state. */
export interface EmulatorContext {
	readonly token: string;
	readonly applicationId: string;
	readonly replyTimeoutMs: number;
	readonly clock: Clock;
	readonly snowflakes: SnowflakeGenerator;
	readonly world: World;
	readonly messages: MessageStore;
	/** Uploaded files, served over HTTP at their attachment's `url`. */
	readonly attachments: AttachmentStore;
	readonly commands: CommandStore;
	readonly interactions: InteractionRegistry;
	readonly faults: Faults;
	readonly gateway: Gateway;
	readonly payloads: ReceivedPayload[];
	readonly stats: { requests: number };
}
