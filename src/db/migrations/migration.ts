import type { Compilable, Kysely } from 'kysely';
import type { Dialect } from '../database.js';
import type { LearnerSchema } from '../schema.js';

/** One schema version. Never edit a released migration: add the next one. */
export interface Migration {
	readonly version: number;
	readonly name: string;
	/** Its DDL, built for the database's dialect; run in one transaction with the version's record. */
	statements(schema: Kysely<LearnerSchema>['schema'], dialect: Dialect): readonly Compilable[];
}
