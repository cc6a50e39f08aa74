import { Keyv } from 'keyv';
import { pino } from 'pino';
import { namespaceRegistry } from './namespaces.js';
import type { Store } from './store.js';

/** Process-local store: nothing survives a restart. For tests and quick trials. */
export function openMemoryStore(): Store {
	const namespaces = namespaceRegistry((options) => new Keyv({ ...options }), pino({ level: 'silent' }));
	return {
		backend: 'memory',
		location: 'memory',
		namespace: (name, options) => namespaces.get(name, options),
		close: async () => {
			await Promise.all(namespaces.all().map((keyv) => keyv.disconnect()));
		},
	};
}
