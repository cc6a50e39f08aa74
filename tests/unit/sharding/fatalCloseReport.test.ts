import { describe, expect, it } from 'vitest';
import { fatalCloseOf, reportFatalCloseToManager } from '../../../src/sharding/fatalCloseReport.js';

const close = { code: 4004, shardId: 1, cause: 'DISCORD_TOKEN: Discord rejected the token (gateway close 4004).' };

describe('a shard telling its manager of a fatal gateway close', () => {
	it('sends a message the manager reads back as the same close', async () => {
		const sent: unknown[] = [];
		await reportFatalCloseToManager(close, (message, callback) => {
			sent.push(message);
			callback(null);
			return true;
		});
		expect(sent).toHaveLength(1);
		expect(fatalCloseOf(sent[0])).toEqual(close);
	});

	it('resolves at once without a manager, and when the channel is closed', async () => {
		await expect(reportFatalCloseToManager(close, undefined)).resolves.toBeUndefined();
		await expect(
			reportFatalCloseToManager(close, () => {
				throw new Error('channel closed');
			}),
		).resolves.toBeUndefined();
	});

	it('ignores every other message a child sends', () => {
		expect(fatalCloseOf({ _ready: true })).toBeUndefined();
		expect(
			fatalCloseOf({ kind: 'reasonbot:fatal-gateway-close', code: '4004', shardId: 1, cause: 'x' }),
		).toBeUndefined();
		expect(fatalCloseOf('reasonbot:fatal-gateway-close')).toBeUndefined();
		expect(fatalCloseOf(null)).toBeUndefined();
	});
});
