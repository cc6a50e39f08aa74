import { z } from 'zod';
import { MAX_STUDY_INTERVAL_MS, parseDuration } from '../quiz/duration.js';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const CACHE_URL_PATTERN = /^(memory:\/\/|sqlite:\/\/.+|rediss?:\/\/.+)$/;
const DATABASE_URL_PATTERN = /^(sqlite:\/\/.+|postgres(ql)?:\/\/.+)$/;
const SNOWFLAKE_PATTERN = /^\d{17,20}$/;

/** `.env` files turn `KEY=` into an empty string: treat it as "not set" so defaults apply. */
const optional = <T extends z.ZodType>(schema: T) =>
	z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
/** The default is written as it would be in .env, so it goes through the same parsing as a set value. */
const withDefault = <T extends z.ZodType>(schema: T, fallback: string) =>
	z.preprocess((value) => (value === '' || value === undefined ? fallback : value), schema);

/** A value of only spaces is a slip (a pasted key with its newline lost, say), not a value: refuse it clearly. */
const text = () =>
	z.string().refine((value) => value.trim() !== '', 'is only spaces: leave it empty to unset it, or give a value');

const httpUrl = (example: string) =>
	z
		.url({ protocol: /^https?$/, error: `expected an http(s) URL such as ${example}` })
		.transform((url) => url.replace(/\/+$/, ''));
const snowflake = z.string().regex(SNOWFLAKE_PATTERN, 'expected a Discord id (17 to 20 digits)');
const positiveInt = (what: string) =>
	z.coerce
		.number({ error: `expected ${what}` })
		.int(`expected ${what}`)
		.positive(`expected ${what}`);
const nonNegativeInt = (what: string) =>
	z.coerce
		.number({ error: `expected ${what}` })
		.int(`expected ${what}`)
		.nonnegative(`expected ${what}`);
const DURATION_UNITS_MS: Readonly<Record<string, number>> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** `90s`, `30m`, `12h`, `7d` → milliseconds. */
const duration = z
	.string()
	.regex(/^\d+[smhd]$/, 'expected a duration such as 30m, 12h or 7d')
	.transform((value) => Number(value.slice(0, -1)) * (DURATION_UNITS_MS[value.slice(-1)] ?? 0));
const port = z.coerce
	.number({ error: 'expected a port number (0 to 65535; 0 picks a free one)' })
	.int('expected a port number (0 to 65535; 0 picks a free one)')
	.min(0, 'expected a port number (0 to 65535; 0 picks a free one)')
	.max(65_535, 'expected a port number (0 to 65535; 0 picks a free one)');
/** `0,1,2` → [0, 1, 2]: the shards this host runs when several hosts split them. */
const shardIds = z
	.string()
	.regex(/^\s*\d+(\s*,\s*\d+)*\s*$/, 'expected shard ids separated by commas, such as 0,1')
	.transform((value) => [...new Set(value.split(',').map((id) => Number(id.trim())))]);
/** `15m`, `1h`, `30s`, `1h30m` → milliseconds, at most 24h. */
const studyInterval = z
	.string()
	.transform((value) => parseDuration(value))
	.refine(
		(ms) => ms !== undefined && ms <= MAX_STUDY_INTERVAL_MS,
		'expected a duration such as 15m, 1h or 30s (at most 24h)',
	)
	.transform((ms) => ms ?? 0);
const booleanFlag = z
	.enum(['true', 'false', '1', '0'], { error: 'expected true or false' })
	.transform((value) => value === 'true' || value === '1');

const ConfigSchema = z.object({
	DISCORD_TOKEN: optional(text()),
	DISCORD_CLIENT_ID: optional(snowflake),
	DISCORD_GUILD_ID: optional(snowflake),
	DISCORD_API_URL: optional(httpUrl('https://discord.com/api')),
	OPENAI_BASE_URL: optional(httpUrl('https://api.deepseek.com')),
	OPENAI_API_KEY: optional(text()),
	REASONING_MODEL: optional(text()),
	CACHE_URL: withDefault(
		z.string().regex(CACHE_URL_PATTERN, 'expected memory://, sqlite://<path> or redis://host:port'),
		'sqlite://./data/reasonbot.sqlite',
	),
	// Learner data (quiz rounds and answers, scores, Leitner boxes, study schedules); PostgreSQL for several processes.
	DATABASE_URL: withDefault(
		z.string().regex(DATABASE_URL_PATTERN, 'expected sqlite://<path> or postgres://user@host:5432/database'),
		'sqlite://./data/reasonbot.sqlite',
	),
	KNOWLEDGE_PATH: withDefault(text(), 'knowledge/knowledge.json'),
	LOG_LEVEL: withDefault(z.enum(LOG_LEVELS, { error: `expected one of ${LOG_LEVELS.join(', ')}` }), 'info'),
	LOG_PRETTY: optional(booleanFlag),
	SHUTDOWN_TIMEOUT_MS: withDefault(positiveInt('a whole number of milliseconds'), '10000'),
	// Each start-up step (knowledge, commands, store, health, login) fails with its name after this long.
	STARTUP_STEP_TIMEOUT_MS: withDefault(positiveInt('a whole number of milliseconds'), '30000'),
	// Quiz: how long a question stays open, and the shortest interval /study start accepts (seconds allowed for tests).
	QUIZ_ROUND_SECONDS: withDefault(
		positiveInt('a whole number of seconds').max(86_400, 'expected at most 86400 seconds (a day)'),
		'60',
	),
	STUDY_MIN_INTERVAL: withDefault(studyInterval, '15m'),
	// Playground (no DISCORD_TOKEN): the web page's port on 127.0.0.1; 0 picks a free one.
	PLAYGROUND_PORT: withDefault(port, '3210'),
	// Health endpoint (/healthz, /metrics): off unless HEALTH_PORT is set; loopback unless HEALTH_HOST says otherwise.
	HEALTH_PORT: optional(port),
	HEALTH_HOST: withDefault(text(), '127.0.0.1'),
	// npm run start:sharded: shard count (default: Discord's recommendation) and the ids this host runs (default: all).
	SHARD_COUNT: optional(positiveInt('a whole number of shards')),
	SHARD_IDS: optional(shardIds),
	SHARD_SPAWN_DELAY_MS: withDefault(
		z.coerce
			.number({ error: 'expected a whole number of milliseconds' })
			.int()
			.min(0, 'expected 0 or more milliseconds'),
		'5500',
	),
	// /ask: the deadline stays well inside Discord's 15-minute interaction token.
	MODEL_DEADLINE_MS: withDefault(
		positiveInt('a whole number of milliseconds').max(
			600_000,
			"expected at most 600000 ms (Discord's reply token lasts 15 minutes)",
		),
		'120000',
	),
	MODEL_MAX_RETRIES: withDefault(nonNegativeInt('a whole number of retries').max(5, 'expected at most 5 retries'), '2'),
	MODEL_MAX_RETRY_WAIT_MS: withDefault(nonNegativeInt('a whole number of milliseconds'), '20000'),
	MODEL_MAX_COMPLETION_TOKENS: withDefault(positiveInt('a whole number of tokens'), '8192'),
	MODEL_STREAMING: withDefault(booleanFlag, 'true'),
	REASONING_EFFORT: optional(z.enum(['low', 'medium', 'high'], { error: 'expected low, medium or high' })),
	ASK_CACHE_TTL: withDefault(duration, '7d'),
	ASK_COOLDOWN_SECONDS: withDefault(nonNegativeInt('a whole number of seconds'), '20'),
	ASK_DAILY_QUOTA: withDefault(nonNegativeInt('a whole number of questions'), '30'),
	GUILD_DAILY_TOKEN_BUDGET: withDefault(nonNegativeInt('a whole number of tokens'), '500000'),
	REGENERATE_COOLDOWN_SECONDS: withDefault(nonNegativeInt('a whole number of seconds'), '60'),
});

export type Config = Readonly<z.infer<typeof ConfigSchema>>;
export type LogLevel = Config['LOG_LEVEL'];

export class ConfigError extends Error {
	public override readonly name = 'ConfigError';
}

/**
 * `.env` files turn `KEY=` into an empty string, and discord.js reads some variables (SHARD_COUNT, SHARDS) from
 * process.env itself: an empty one must be unset there too, not only in our config. Call once, after dotenv.
 */
export function unsetEmptyValues(env: Record<string, string | undefined>): void {
	for (const [name, value] of Object.entries(env)) if (value === '') Reflect.deleteProperty(env, name);
}

/** Pure: takes the environment as an argument so tests never touch process.env. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): Config {
	const result = ConfigSchema.safeParse(env);
	if (!result.success) {
		const problems = result.error.issues.map((issue) => {
			const variable = issue.path.join('.');
			const value = env[variable];
			const got = typeof value === 'string' && !isSecretName(variable) ? ` (got "${withoutPassword(value)}")` : '';
			return `${variable}: ${issue.message}${got}`;
		});
		throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
	}
	return Object.freeze(result.data);
}

/** A reasoning model is usable when we know where to send questions and which model to ask. */
export function isModelConfigured(config: Config): boolean {
	return config.OPENAI_BASE_URL !== undefined && config.REASONING_MODEL !== undefined;
}

/** `postgres://bot:secret@db/x` → `postgres://bot:***@db/x`: a URL's password never reaches the error line. */
function withoutPassword(value: string): string {
	return value.replace(/(:\/\/[^:/@]*):[^@/]*@/, '$1:***@');
}

function isSecretName(variable: string): boolean {
	return /TOKEN|KEY|SECRET|PASSWORD/i.test(variable);
}
