import { learnerData } from './001_learnerData.js';
import { answersByLearner } from './002_answersByLearner.js';
import type { Migration } from './migration.js';

/** Every migration, oldest first. */
export const MIGRATIONS: readonly Migration[] = [learnerData, answersByLearner];
