import { describe, expect, it } from 'vitest';
import { diffCommands } from '../../../src/deploy/diffCommands.js';

const about = { name: 'about', description: 'About the bot', type: 1 };
const explain = {
	name: 'explain',
	description: 'Explain',
	options: [{ type: 3, name: 'topic', description: 'Topic', required: true }],
};

describe('diffCommands', () => {
	it('sorts commands into added, changed, removed and unchanged', () => {
		const existing = [
			{ ...about, id: '1', application_id: '9', version: '5', dm_permission: true, nsfw: false },
			{ ...explain, id: '2' },
			{ name: 'old', description: 'gone', id: '3' },
		];
		const wanted = [about, { ...explain, description: 'Explain a topic' }, { name: 'quiz', description: 'Quiz' }];
		expect(diffCommands(existing, wanted)).toEqual({
			added: ['quiz'],
			changed: ['explain'],
			removed: ['old'],
			unchanged: ['about'],
		});
	});

	it('ignores key order and defaults Discord fills in', () => {
		const fromDiscord = {
			options: [{ required: true, description: 'Topic', name: 'topic', type: 3, autocomplete: false }],
			description: 'Explain',
			name: 'explain',
			id: '2',
		};
		expect(diffCommands([fromDiscord], [explain]).unchanged).toEqual(['explain']);
	});
});
