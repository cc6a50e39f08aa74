/**
 * The learner database's tables as Kysely sees them. Times are epoch milliseconds (bigint in PostgreSQL, integer in
 * SQLite); flags are 0 or 1 so both databases store and return them alike.
 */

export interface RoundsTable {
	guild_id: string;
	id: string;
	channel_id: string;
	message_id: string | null;
	item_id: string;
	asked_by: string | null;
	opened_at: number;
	ends_at: number;
	status: 'open' | 'revealed';
}

/** One row per user and round: the primary key is what refuses a second answer. */
export interface AnswersTable {
	guild_id: string;
	round_id: string;
	user_id: string;
	name: string;
	option: number;
	correct: number;
	at: number;
}

export interface ScoresTable {
	guild_id: string;
	user_id: string;
	name: string;
	points: number;
	answered: number;
	correct: number;
	/** correct / answered, kept in the row so the leaderboard index can order ties by it. */
	accuracy: number;
	streak: number;
	best_streak: number;
}

export interface TopicTalliesTable {
	guild_id: string;
	user_id: string;
	topic: string;
	answered: number;
	correct: number;
}

/**
 * How many learners of a guild hold each points total (on PostgreSQL split into stripes by user, so concurrent
 * answers rarely touch the same row; see stripes.ts). A rank is 1 + the learners above, summed over these rows: its
 * cost follows the number of distinct totals in the guild, not the number of learners.
 */
export interface ScoreBucketsTable {
	guild_id: string;
	points: number;
	stripe: number;
	learners: number;
}

export interface LeitnerCardsTable {
	guild_id: string;
	/** A user id, or the study channel's shared learner. */
	learner: string;
	item_id: string;
	box: number;
	last_correct: number;
	last_at: number;
}

/** Items asked in a learner's current pass through the bank. */
export interface LeitnerPassTable {
	guild_id: string;
	learner: string;
	item_id: string;
	asked_at: number;
}

export interface SchedulesTable {
	guild_id: string;
	channel_id: string;
	every_ms: number;
	anchor_at: number;
	last_window: number;
	last_posted_at: number | null;
	paused_reason: string | null;
	paused_at: number | null;
	started_by: string;
}

/** One-time data moves that have run (the keyv quiz import). */
export interface DataImportsTable {
	name: string;
	finished_at: number;
}

/** The health probe's own row: /healthz writes it to prove the database takes writes. */
export interface HealthProbeTable {
	id: number;
	written_at: number;
}

export interface SchemaMigrationsTable {
	version: number;
	name: string;
	applied_at: number;
}

export interface LearnerSchema {
	rounds: RoundsTable;
	answers: AnswersTable;
	scores: ScoresTable;
	topic_tallies: TopicTalliesTable;
	score_buckets: ScoreBucketsTable;
	leitner_cards: LeitnerCardsTable;
	leitner_pass: LeitnerPassTable;
	schedules: SchedulesTable;
	data_imports: DataImportsTable;
	health_probe: HealthProbeTable;
	schema_migrations: SchemaMigrationsTable;
}
