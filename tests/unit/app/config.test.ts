import { describe, expect, it } from 'vitest';
import { ConfigError, isModelConfigured, loadConfig, unsetEmptyValues } from '../../../src/app/config.js';

describe('loadConfig', () => {
	it('GIVEN an empty environment THEN applies the documented defaults', () => {
		const config = loadConfig({});
		expect(config.CACHE_URL).toBe('sqlite://./data/reasonbot.sqlite');
		expect(config.LOG_LEVEL).toBe('info');
		expect(config.DISCORD_TOKEN).toBeUndefined();
		expect(config.SHUTDOWN_TIMEOUT_MS).toBe(10_000);
	});

	it('treats an empty value from .env as not set', () => {
		expect(loadConfig({ DISCORD_TOKEN: '', CACHE_URL: '' }).CACHE_URL).toBe('sqlite://./data/reasonbot.sqlite');
	});

	it.each([
		[
			'CACHE_URL',
			'mongodb://x',
			/CACHE_URL: expected memory:\/\/, sqlite:\/\/<path> or redis:\/\/host:port \(got "mongodb:\/\/x"\)/,
		],
		['LOG_LEVEL', 'loud', /LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent/],
		['DISCORD_API_URL', 'not a url', /DISCORD_API_URL: expected an http\(s\) URL/],
		['DISCORD_GUILD_ID', '12ab', /DISCORD_GUILD_ID: expected a Discord id/],
		['SHUTDOWN_TIMEOUT_MS', '-5', /SHUTDOWN_TIMEOUT_MS: expected a whole number of milliseconds/],
		[
			'MODEL_DEADLINE_MS',
			'700000',
			/^Invalid configuration: MODEL_DEADLINE_MS: expected at most 600000 ms .*\(got "700000"\)$/,
		],
		['MODEL_MAX_RETRIES', '9', /MODEL_MAX_RETRIES: expected at most 5 retries/],
		['QUIZ_ROUND_SECONDS', '100000', /QUIZ_ROUND_SECONDS: expected at most 86400 seconds/],
		['REASONING_MODEL', '   ', /^Invalid configuration: REASONING_MODEL: is only spaces: leave it empty to unset it/],
		['OPENAI_API_KEY', ' \t ', /^Invalid configuration: OPENAI_API_KEY: is only spaces: leave it empty to unset it/],
	])('GIVEN a bad %s THEN fails with one line naming it', (variable, value, message) => {
		const attempt = () => loadConfig({ [variable]: value });
		expect(attempt).toThrow(ConfigError);
		expect(attempt).toThrow(message);
		try {
			attempt();
		} catch (error) {
			expect(String(error instanceof Error ? error.message : error)).not.toContain('\n');
		}
	});

	it('unsets every empty value of an environment (discord.js reads SHARD_COUNT from process.env itself)', () => {
		const env: Record<string, string | undefined> = { SHARD_COUNT: '', SHARDS: '', LOG_LEVEL: 'warn', KEEP: ' ' };
		unsetEmptyValues(env);
		expect(env).toEqual({ LOG_LEVEL: 'warn', KEEP: ' ' });
		expect('SHARD_COUNT' in env).toBe(false);
	});

	it('never echoes a secret value in its error', () => {
		expect(() => loadConfig({ DISCORD_TOKEN: 'sekrit-token', DISCORD_CLIENT_ID: 'abc' })).toThrow(/DISCORD_CLIENT_ID/);
		expect(() => loadConfig({ OPENAI_API_KEY: '', REASONING_MODEL: '', LOG_LEVEL: 'x' })).not.toThrow(/sekrit/);
	});

	it('strips a trailing slash from API URLs', () => {
		expect(loadConfig({ DISCORD_API_URL: 'http://127.0.0.1:5000/api/' }).DISCORD_API_URL).toBe(
			'http://127.0.0.1:5000/api',
		);
	});

	it('says a model is configured only with a base URL and a model name', () => {
		expect(isModelConfigured(loadConfig({ OPENAI_BASE_URL: 'https://api.deepseek.com' }))).toBe(false);
		expect(
			isModelConfigured(loadConfig({ OPENAI_BASE_URL: 'https://api.deepseek.com', REASONING_MODEL: 'deepseek-flash' })),
		).toBe(true);
	});
});
