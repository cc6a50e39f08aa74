import { afterEach, describe, expect, it } from 'vitest';
import { spawnTs, stopProcess, type NodeProcess } from '../../helpers/nodeProcess.js';

const running: NodeProcess[] = [];
afterEach(async () => {
	await Promise.all(running.splice(0).map((each) => stopProcess(each, 2_000)));
});

function logLines(env: Record<string, string>): NodeProcess {
	const child = spawnTs('tests/fixtures/logLines.ts', env);
	running.push(child);
	return child;
}

// Log lines are buffered (4 KB) for speed; these check that none is held back for good.
describe('the stdout log destination', () => {
	it("shows a quiet bot's line while it keeps running, not only at exit", async () => {
		const child = logLines({ LINES: '1' });
		await child.waitForOutput('fixture line', 10_000);
		expect(child.child.exitCode).toBeNull();
		expect(child.logLines()).toEqual([expect.objectContaining({ msg: 'fixture line', index: 0 })]);
	});

	it('writes every buffered line when the process exits right after logging', async () => {
		const child = logLines({ LINES: '500', EXIT: 'now' });
		expect(await child.exited).toBe(0);
		const indexes = child.logLines().map((line) => line['index']);
		expect(indexes).toEqual(Array.from({ length: 500 }, (_, index) => index));
	});
});
