import type { Database } from './database.js';
import { prepare } from './preparedQuery.js';

/**
 * Writes the probe row: /healthz asks for a write, not a read, because a read-only or deleted file, a full disk or a
 * standby PostgreSQL still answers reads while every answer press would fail.
 */
export function createWriteProbe(database: Database): (now: number) => Promise<void> {
	const write = prepare<{ at: number }>()((slot) =>
		database.builder
			.insertInto('health_probe')
			.values({ id: 1, written_at: slot('at') })
			.onConflict((conflict) =>
				conflict.column('id').doUpdateSet((eb) => ({ written_at: eb.ref('excluded.written_at') })),
			),
	);
	return async (now) => {
		await database.run(write, { at: now });
	};
}
