import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registryWithFixtures, startHarness, type Harness } from '../helpers/harness.js';

const REF_PATTERN = /^Something went wrong \(ref [0-9A-F]{6}\)\.$/;

// The knowledge commands answer with replies serialised once (src/core/preparedReply.ts), bypassing
// interaction.reply: the interaction must still behave as replied to.
describe('a prepared first reply', () => {
	let harness: Harness;
	beforeAll(async () => {
		harness = await startHarness({ registry: await registryWithFixtures() });
	});
	afterAll(async () => {
		await harness.stop();
	});

	it('arrives as the first response, public, with mentions disabled', async () => {
		const handle = await harness.emulator
			.user('alice')
			.startSlash('prepared')
			.waitFor((each) => each.original !== undefined);
		expect(handle.original).toMatchObject({ content: 'prepared hello', ephemeral: false });
		expect(handle.original?.allowedMentions).toEqual({ parse: [] });
		expect(handle.events.filter((event) => event.kind === 'callback')).toHaveLength(1);
	});

	it('leaves the interaction replied: a later error comes as an ephemeral follow-up, the reply stays', async () => {
		const handle = await harness.emulator
			.user('bob')
			.startSlash('prepared', { then: 'fail' })
			.waitFor((each) => each.followUps.length > 0);
		expect(handle.original?.content).toBe('prepared hello');
		expect(handle.followUps[0]).toMatchObject({ ephemeral: true, content: expect.stringMatching(REF_PATTERN) });
	});

	it('refuses a second first response without sending it (Discord would answer 40060)', async () => {
		const handle = await harness.emulator
			.user('carol')
			.startSlash('prepared', { then: 'again' })
			.waitFor((each) => each.followUps.length > 0);
		expect(handle.events.filter((event) => event.kind === 'rejected')).toEqual([]);
		expect(handle.events.filter((event) => event.kind === 'callback')).toHaveLength(1);
		expect(handle.followUps[0]?.content).toMatch(REF_PATTERN);
	});
});
