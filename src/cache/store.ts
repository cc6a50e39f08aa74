import type { Keyv } from 'keyv';

export type StoreBackend = 'memory' | 'sqlite' | 'redis';

export interface NamespaceOptions {
	/** Default time to live of entries in this namespace; none when omitted. */
	readonly ttlMs?: number;
}

/** The keyv-backed store every feature keeps its state in, one namespace per feature. */
export interface Store {
	readonly backend: StoreBackend;
	/** Where the data lives, safe to show and log (no credentials). */
	readonly location: string;
	/** The same name always returns the same Keyv instance. */
	namespace<Value>(name: string, options?: NamespaceOptions): Keyv<Value>;
	close(): Promise<void>;
}

export class StoreError extends Error {
	public override readonly name = 'StoreError';
}
