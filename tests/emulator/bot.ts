import { Client, DiscordAPIError, Events, GatewayIntentBits } from 'discord.js';
import type { ClientOptions, Interaction } from 'discord.js';
import type { DiscordEmulator } from '../../src/emulator/index.js';

export type InteractionHandler = (interaction: Interaction) => Promise<unknown>;

/** A real discord.js client logged in to the emulator, with a swappable inline interaction handler. */
export interface TestBot {
	readonly client: Client<true>;
	/** Errors thrown by handlers (for example a DiscordAPIError the test expects). */
	readonly errors: unknown[];
	handle(handler: InteractionHandler): void;
	/** Resolves with the next DiscordAPIError with this code that a handler throws from now on. */
	nextApiError(code: number, timeoutMs?: number): Promise<DiscordAPIError>;
	destroy(): Promise<void>;
}

export async function connectBot(emulator: DiscordEmulator, options: Partial<ClientOptions> = {}): Promise<TestBot> {
	const client = new Client({
		intents: [GatewayIntentBits.Guilds],
		rest: { api: emulator.apiUrl },
		allowedMentions: { parse: [] },
		...options,
	});
	const errors: unknown[] = [];
	const errorWaiters: ((error: unknown) => void)[] = [];
	let handler: InteractionHandler = async () => {};
	client.on(Events.InteractionCreate, (interaction) => {
		handler(interaction).catch((error: unknown) => {
			errors.push(error);
			for (const waiter of errorWaiters.splice(0)) waiter(error);
		});
	});
	const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
	// clientReady can fire before login() resolves against a local server: listen first.
	await client.login(emulator.token);
	const readyClient = await ready;
	return {
		client: readyClient,
		errors,
		handle: (next) => {
			handler = next;
		},
		nextApiError: (code, timeoutMs = 5_000) =>
			new Promise((resolve, reject) => {
				const timer = setTimeout(() => {
					reject(
						new Error(`No DiscordAPIError ${code} from the handler; errors so far: ${errors.map(String).join('; ')}`),
					);
				}, timeoutMs);
				const waiter = (error: unknown): void => {
					if (!(error instanceof DiscordAPIError) || error.code !== code) {
						errorWaiters.push(waiter);
						return;
					}
					clearTimeout(timer);
					resolve(error);
				};
				errorWaiters.push(waiter);
			}),
		destroy: () => client.destroy(),
	};
}
