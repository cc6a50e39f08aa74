import { Status, type Client } from 'discord.js';
import type { Store } from '../cache/store.js';

const STORE_PROBE_TIMEOUT_MS = 1_000;

/** Ready when the client logged in and every shard this process runs has a live session. */
export function isGatewayReady(client: Client): boolean {
	return client.isReady() && client.ws.shards.every((shard) => shard.status === Status.Ready);
}

/** One read from a namespace of its own, bounded in time: a Redis that went away fails fast rather than hangs. */
export function isStoreReachable(store: Store): Promise<boolean> {
	return succeedsInTime(store.namespace<number>('health').get('probe'));
}

/** One write to the learner database (see probe.ts), bounded in time like the store's read. */
export function isDatabaseWritable(writeProbe: (now: number) => Promise<void>, now: number): Promise<boolean> {
	return succeedsInTime(writeProbe(now));
}

async function succeedsInTime(operation: Promise<unknown>): Promise<boolean> {
	let timer: NodeJS.Timeout | undefined;
	const timedOut = new Promise<false>((resolve) => {
		timer = setTimeout(() => {
			resolve(false);
		}, STORE_PROBE_TIMEOUT_MS);
	});
	const probe = operation.then(
		() => true,
		() => false,
	);
	try {
		return await Promise.race([probe, timedOut]);
	} finally {
		clearTimeout(timer);
	}
}
