import { learnerData } from './001_learnerData.js';
import type { Migration } from './migration.js';

/** Every migration, oldest first. */
export const MIGRATIONS: readonly Migration[] = [learnerData];
