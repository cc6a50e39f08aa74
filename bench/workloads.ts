import type { DiscordEmulator, EmulatorUser } from '../src/emulator/index.js';

export interface Workload {
	readonly name: string;
	/** One interaction (or one user action made of several), awaited to its final reply. */
	readonly run: (index: number) => Promise<void>;
	readonly prepare?: () => Promise<void>;
	/** Extra figures to report after the workload ran (e.g. model calls counted). */
	readonly figures?: () => Promise<Record<string, number>>;
}

/** What our bot is measured on; each runs at concurrency 1 and 64. */
export function ourWorkloads(_emulator: DiscordEmulator, userFor: (index: number) => EmulatorUser): Workload[] {
	return [
		{
			name: '/explain (known topic)',
			run: async (index) => {
				await userFor(index).slash('explain', { topic: 'cold start' });
			},
		},
		{
			name: '/explain autocomplete',
			run: async (index) => {
				await userFor(index).autocomplete('explain', { topic: 'rej' }, 'topic');
			},
		},
		{
			name: '/compare',
			run: async (index) => {
				await userFor(index).slash('compare', { first: 'r1', second: 'v3' });
			},
		},
	];
}
