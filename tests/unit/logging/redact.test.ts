import { describe, expect, it } from 'vitest';
import { captureLogs } from '../../helpers/logs.js';
import { redactSecrets } from '../../../src/logging/redact.js';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.fake-discord-token-value';
const API_KEY = 'sk-fake-openai-key-0123456789';

describe('logger redaction', () => {
	it('redacts secret-looking keys at any depth', () => {
		const logs = captureLogs();
		logs.logger.info(
			{ request: { headers: { Authorization: 'Bot abc', nested: [{ apiKey: 'k1', deep: { token: 't' } }] } } },
			'call',
		);
		const text = logs.text();
		expect(text).not.toMatch(/"Bot abc"|"k1"|"t"/);
		expect(logs.lines()[0]).toMatchObject({
			request: {
				headers: { Authorization: '[redacted]', nested: [{ apiKey: '[redacted]', deep: { token: '[redacted]' } }] },
			},
		});
	});

	it('removes known secret values wherever they appear: messages, error messages, stacks', () => {
		const logs = captureLogs({ secrets: [TOKEN, API_KEY] });
		const error = new Error(`login failed with ${TOKEN}`);
		logs.logger.error({ err: error, note: `key=${API_KEY}` }, `retrying with ${API_KEY}`);
		const text = logs.text();
		expect(text).not.toContain(TOKEN);
		expect(text).not.toContain(API_KEY);
		expect(text).toContain('login failed with [redacted]');
		expect(logs.lines()[0]?.['msg']).toBe('retrying with [redacted]');
	});

	it('keeps ordinary fields intact, token counts included', () => {
		const logs = captureLogs();
		logs.logger.info(
			{ command: '/about', ms: 12, outcome: 'ok', promptTokens: 120, reasoningTokens: 7 },
			'interaction handled',
		);
		expect(logs.lines()[0]).toMatchObject({
			command: '/about',
			ms: 12,
			outcome: 'ok',
			promptTokens: 120,
			reasoningTokens: 7,
			msg: 'interaction handled',
		});
	});
});

describe('redactSecrets', () => {
	it('returns a line with nothing to redact as it is (no copy), and copies one that has something', () => {
		const clean = { interaction: 'ask', ms: 1.2, user: { id: '1', name: 'ada' }, tags: ['a', 'b'] };
		expect(redactSecrets(clean, [TOKEN])).toBe(clean);
		const leaky = { interaction: 'ask', nested: { note: `pasted ${TOKEN}` } };
		const redacted = redactSecrets(leaky, [TOKEN]);
		expect(redacted).not.toBe(leaky);
		expect(redacted).toEqual({ interaction: 'ask', nested: { note: 'pasted [redacted]' } });
		expect(leaky.nested.note).toContain(TOKEN);
		const withHeader = { headers: 'Authorization: Bearer abcdefghijklmnopqrstuvwxyz' };
		expect(redactSecrets(withHeader, [])).toEqual({ headers: 'Authorization: Bearer [redacted]' });
		const withError = { err: new Error('boom') };
		expect(redactSecrets(withError, [])).toMatchObject({ err: { type: 'Error', message: 'boom' } });
	});
});
