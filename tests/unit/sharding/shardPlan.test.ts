import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/app/config.js';
import { planShards } from '../../../src/sharding/shardPlan.js';

describe('planShards', () => {
	it("runs every shard of Discord's recommendation when nothing is configured", () => {
		expect(planShards({}, 3)).toEqual({ totalShards: 3, shardIds: [0, 1, 2] });
	});

	it('takes SHARD_COUNT over the recommendation, and SHARD_IDS as this host’s share', () => {
		const config = loadConfig({ SHARD_COUNT: '4', SHARD_IDS: '3, 1,1' });
		expect(planShards(config, 1)).toEqual({ totalShards: 4, shardIds: [1, 3] });
	});

	it('refuses ids out of range and SHARD_IDS without SHARD_COUNT', () => {
		expect(() => planShards(loadConfig({ SHARD_COUNT: '2', SHARD_IDS: '0,2' }), undefined)).toThrow(
			new ConfigError('SHARD_IDS: 2 out of range for SHARD_COUNT 2 (ids go from 0 to 1)'),
		);
		expect(() => planShards(loadConfig({ SHARD_IDS: '0' }), 2)).toThrow(/set SHARD_COUNT too/);
		expect(() => loadConfig({ SHARD_IDS: '0;1' })).toThrow(
			'Invalid configuration: SHARD_IDS: expected shard ids separated by commas, such as 0,1 (got "0;1")',
		);
	});
});
