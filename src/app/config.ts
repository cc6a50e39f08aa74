import { MAX_STUDY_INTERVAL_MS, parseDuration } from '../quiz/duration.js';

// Parsed by hand, not with zod: the bot loads no zod at run time (bench/SOAK.md: zod held 3 MB of its live heap).

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const CACHE_URL_PATTERN = /^(memory:\/\/|sqlite:\/\/.+|rediss?:\/\/.+)$/;
const DATABASE_URL_PATTERN = /^(sqlite:\/\/.+|postgres(ql)?:\/\/.+)$/;
const SNOWFLAKE_PATTERN = /^\d{17,20}$/;

/** Turns a variable's value (never empty) into its config value, or throws a Problem saying what was expected. */
type Parse<T> = (value: string) => T;

interface Variable<T> {
	readonly parse: Parse<T>;
	/** Parsed when the variable is unset or empty; without one (and `optional`), the variable stays undefined. */
	readonly fallback?: string;
	readonly optional?: true;
}

class Problem extends Error {}

const problem = (message: string): never => {
	throw new Problem(message);
};

/** `.env` files turn `KEY=` into an empty string: treat it as "not set", so the variable stays undefined. */
const optional = <T>(parse: Parse<T>) => ({ parse, optional: true as const }) satisfies Variable<T>;
/** The default is written as it would be in .env, so it goes through the same parsing as a set value. */
const withDefault = <T>(parse: Parse<T>, fallback: string) => ({ parse, fallback }) satisfies Variable<T>;

/** A value of only spaces is a slip (a pasted key with its newline lost, say), not a value: refuse it clearly. */
const text: Parse<string> = (value) =>
	value.trim() === '' ? problem('is only spaces: leave it empty to unset it, or give a value') : value;

const matching =
	(pattern: RegExp, message: string): Parse<string> =>
	(value) =>
		pattern.test(value) ? value : problem(message);

const oneOf =
	<const Values extends readonly string[]>(values: Values, message: string): Parse<Values[number]> =>
	(value) =>
		values.includes(value) ? value : problem(message);

/** As the URL parser reads it, with `http(s)://` written out; trailing slashes are dropped. */
const httpUrl =
	(example: string): Parse<string> =>
	(value) => {
		const trimmed = value.trim();
		if (!/^https?:\/\//i.test(trimmed) || !['http:', 'https:'].includes(protocolOf(trimmed)))
			problem(`expected an http(s) URL such as ${example}`);
		return trimmed.replace(/[\t\n\r]/g, '').replace(/\/+$/, '');
	};

function protocolOf(url: string): string {
	try {
		return new URL(url).protocol;
	} catch {
		return '';
	}
}

/** A whole number (as `Number` reads it) from `min` up, at most `max` when given (with its own message). */
const wholeNumber =
	(message: string, min: number, max?: { readonly value: number; readonly message: string }): Parse<number> =>
	(value) => {
		const number = Number(value);
		if (!Number.isSafeInteger(number) || number < min) problem(message);
		if (max !== undefined && number > max.value) problem(max.message);
		return number;
	};
const positiveInt = (what: string, max?: { readonly value: number; readonly message: string }) =>
	wholeNumber(`expected ${what}`, 1, max);
const nonNegativeInt = (what: string, max?: { readonly value: number; readonly message: string }) =>
	wholeNumber(`expected ${what}`, 0, max);

const snowflake = matching(SNOWFLAKE_PATTERN, 'expected a Discord id (17 to 20 digits)');
const DURATION_UNITS_MS: Readonly<Record<string, number>> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** `90s`, `30m`, `12h`, `7d` → milliseconds. */
const duration: Parse<number> = (value) => {
	matching(/^\d+[smhd]$/, 'expected a duration such as 30m, 12h or 7d')(value);
	return Number(value.slice(0, -1)) * (DURATION_UNITS_MS[value.slice(-1)] ?? 0);
};
const PORT = 'expected a port number (0 to 65535; 0 picks a free one)';
const port = wholeNumber(PORT, 0, { value: 65_535, message: PORT });
/** `0,1,2` → [0, 1, 2]: the shards this host runs when several hosts split them. */
const shardIds: Parse<number[]> = (value) => {
	matching(/^\s*\d+(\s*,\s*\d+)*\s*$/, 'expected shard ids separated by commas, such as 0,1')(value);
	return [...new Set(value.split(',').map((id) => Number(id.trim())))];
};
/** `15m`, `1h`, `30s`, `1h30m` → milliseconds, at most 24h. */
const studyInterval: Parse<number> = (value) => {
	const ms = parseDuration(value);
	return ms !== undefined && ms <= MAX_STUDY_INTERVAL_MS
		? ms
		: problem('expected a duration such as 15m, 1h or 30s (at most 24h)');
};
const booleanFlag: Parse<boolean> = (value) =>
	oneOf(['true', 'false', '1', '0'], 'expected true or false')(value) === 'true' || value === '1';

const VARIABLES = {
	DISCORD_TOKEN: optional(text),
	DISCORD_CLIENT_ID: optional(snowflake),
	DISCORD_GUILD_ID: optional(snowflake),
	DISCORD_API_URL: optional(httpUrl('https://discord.com/api')),
	OPENAI_BASE_URL: optional(httpUrl('https://api.deepseek.com')),
	OPENAI_API_KEY: optional(text),
	REASONING_MODEL: optional(text),
	CACHE_URL: withDefault(
		matching(CACHE_URL_PATTERN, 'expected memory://, sqlite://<path> or redis://host:port'),
		'sqlite://./data/reasonbot.sqlite',
	),
	// Learner data (quiz rounds and answers, scores, Leitner boxes, study schedules); PostgreSQL for several processes.
	DATABASE_URL: withDefault(
		matching(DATABASE_URL_PATTERN, 'expected sqlite://<path> or postgres://user@host:5432/database'),
		'sqlite://./data/reasonbot.sqlite',
	),
	KNOWLEDGE_PATH: withDefault(text, 'knowledge/knowledge.json'),
	LOG_LEVEL: withDefault(oneOf(LOG_LEVELS, `expected one of ${LOG_LEVELS.join(', ')}`), 'info'),
	LOG_PRETTY: optional(booleanFlag),
	SHUTDOWN_TIMEOUT_MS: withDefault(positiveInt('a whole number of milliseconds'), '10000'),
	// Each start-up step (knowledge, commands, store, health, login) fails with its name after this long.
	STARTUP_STEP_TIMEOUT_MS: withDefault(positiveInt('a whole number of milliseconds'), '30000'),
	// Quiz: how long a question stays open, and the shortest interval /study start accepts (seconds allowed for tests).
	QUIZ_ROUND_SECONDS: withDefault(
		positiveInt('a whole number of seconds', { value: 86_400, message: 'expected at most 86400 seconds (a day)' }),
		'60',
	),
	STUDY_MIN_INTERVAL: withDefault(studyInterval, '15m'),
	// Playground (no DISCORD_TOKEN): the web page's port on 127.0.0.1; 0 picks a free one.
	PLAYGROUND_PORT: withDefault(port, '3210'),
	// Health endpoint (/healthz, /metrics): off unless HEALTH_PORT is set; loopback unless HEALTH_HOST says otherwise.
	HEALTH_PORT: optional(port),
	HEALTH_HOST: withDefault(text, '127.0.0.1'),
	// npm run start:sharded: shard count (default: Discord's recommendation) and the ids this host runs (default: all).
	SHARD_COUNT: optional(positiveInt('a whole number of shards')),
	SHARD_IDS: optional(shardIds),
	SHARD_SPAWN_DELAY_MS: withDefault(nonNegativeInt('a whole number of milliseconds (0 or more)'), '5500'),
	// /ask: the deadline stays well inside Discord's 15-minute interaction token.
	MODEL_DEADLINE_MS: withDefault(
		positiveInt('a whole number of milliseconds', {
			value: 600_000,
			message: "expected at most 600000 ms (Discord's reply token lasts 15 minutes)",
		}),
		'120000',
	),
	MODEL_MAX_RETRIES: withDefault(
		nonNegativeInt('a whole number of retries', { value: 5, message: 'expected at most 5 retries' }),
		'2',
	),
	MODEL_MAX_RETRY_WAIT_MS: withDefault(nonNegativeInt('a whole number of milliseconds'), '20000'),
	MODEL_MAX_COMPLETION_TOKENS: withDefault(positiveInt('a whole number of tokens'), '8192'),
	MODEL_STREAMING: withDefault(booleanFlag, 'true'),
	REASONING_EFFORT: optional(oneOf(['low', 'medium', 'high'], 'expected low, medium or high')),
	ASK_CACHE_TTL: withDefault(duration, '7d'),
	ASK_COOLDOWN_SECONDS: withDefault(nonNegativeInt('a whole number of seconds'), '20'),
	ASK_DAILY_QUOTA: withDefault(nonNegativeInt('a whole number of questions'), '30'),
	GUILD_DAILY_TOKEN_BUDGET: withDefault(nonNegativeInt('a whole number of tokens'), '500000'),
	REGENERATE_COOLDOWN_SECONDS: withDefault(nonNegativeInt('a whole number of seconds'), '60'),
};

type Variables = typeof VARIABLES;
type ValueOf<Name extends keyof Variables> = ReturnType<Variables[Name]['parse']>;
type OptionalName = {
	[Name in keyof Variables]: Variables[Name] extends { optional: true } ? Name : never;
}[keyof Variables];

export type Config = {
	readonly [Name in Exclude<keyof Variables, OptionalName>]: ValueOf<Name>;
} & { readonly [Name in OptionalName]?: ValueOf<Name> | undefined };
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
	const config: Record<string, unknown> = {};
	const problems: string[] = [];
	const variables: [string, Variable<unknown>][] = Object.entries(VARIABLES);
	for (const [variable, spec] of variables) {
		const value = env[variable];
		const given = value !== undefined && value !== '';
		if (!given && spec.fallback === undefined) continue;
		try {
			config[variable] = spec.parse(given ? value : (spec.fallback ?? ''));
		} catch (error) {
			if (!(error instanceof Problem)) throw error;
			const got = given && !isSecretName(variable) ? ` (got "${withoutPassword(value)}")` : '';
			problems.push(`${variable}: ${error.message}${got}`);
		}
	}
	if (problems.length > 0) throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
	return Object.freeze(config) as Config;
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
