import { describe, expect, it } from 'vitest';
import { packWithin } from '../../../src/render/limits.js';

describe('packWithin', () => {
	it('packs whole blocks in order into as few texts as fit, each within the limit', () => {
		const blocks = ['• one fact', '• a second fact', '• third', '• the fourth fact here'];
		const packed = packWithin(blocks, '\n', 30);
		expect(packed).toEqual(['• one fact\n• a second fact', '• third\n• the fourth fact here']);
		for (const text of packed) expect(text.length).toBeLessThanOrEqual(30);
	});

	it('cuts a block longer than the limit on its own and keeps the rest', () => {
		const packed = packWithin(['word '.repeat(20).trim(), 'short'], '\n', 20);
		expect(packed).toHaveLength(2);
		expect(packed[0]?.endsWith('…')).toBe(true);
		expect(packed[0]?.length).toBeLessThanOrEqual(20);
		expect(packed[1]).toBe('short');
	});

	it('gives nothing for no blocks', () => {
		expect(packWithin([], '\n', 100)).toEqual([]);
	});
});
