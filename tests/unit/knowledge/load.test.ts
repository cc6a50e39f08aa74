import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../../src/knowledge/build/build.js';
import { KnowledgeError, loadKnowledge } from '../../../src/knowledge/load.js';
import { readMiniInput } from './fixtures.js';

let dir: string;
let json: string;

beforeAll(async () => {
	dir = await mkdtemp(path.join(tmpdir(), 'reasonbot-load-'));
	json = buildKnowledge(await readMiniInput()).json;
});

afterAll(async () => {
	await rm(dir, { recursive: true, force: true });
});

async function loadText(name: string, text: string) {
	const file = path.join(dir, name);
	await writeFile(file, text);
	return loadKnowledge(file);
}

/** The KnowledgeError message a load must fail with. */
async function loadError(name: string, text: string): Promise<string> {
	const error: unknown = await loadText(name, text).then(
		() => undefined,
		(thrown: unknown) => thrown,
	);
	expect(error).toBeInstanceOf(KnowledgeError);
	const message = error instanceof Error ? error.message : '';
	expect(message.split('\n')).toHaveLength(1);
	expect(message).toContain(path.join(dir, name));
	expect(message).toMatch(/run npm run knowledge:build$/);
	return message;
}

describe('loadKnowledge', () => {
	it('loads a fresh build with its version and topics in stable order', async () => {
		const knowledge = await loadText('fresh.json', json);
		expect(knowledge.version).toMatch(/^[0-9a-f]{12}$/);
		expect(knowledge.topics.map((topic) => topic.id)).toEqual(['warm-up', 'polish', 'widget-x', 'shine']);
		expect(knowledge.stages().map((topic) => topic.id)).toEqual(['warm-up', 'polish']);
	});

	it('rejects a file edited after the build as stale', async () => {
		const tampered = json.replace('The flagship widget.', 'The best widget ever.');
		expect(tampered).not.toBe(json);
		expect(await loadError('stale.json', tampered)).toMatch(
			/is stale: it was edited after the build \(version [0-9a-f]{12}, content hash [0-9a-f]{12}\)/,
		);
	});

	it('rejects a file that is not JSON', async () => {
		expect(await loadError('broken.json', json.slice(0, 200))).toContain('is not valid JSON');
	});

	it('rejects a file with the wrong shape, naming the path', async () => {
		const data: unknown = JSON.parse(json);
		const wrong = JSON.stringify(data).replace('"kind":"concept"', '"kind":"gizmo"');
		expect(await loadError('shape.json', wrong)).toContain('does not match the expected shape at topics.3.kind');
	});

	it('rejects a field the bot does not know and a missing one, naming the path', async () => {
		const data = JSON.parse(json) as { topics: Record<string, unknown>[] };
		const first = data.topics[0] ?? {};
		first['extra'] = 1;
		expect(await loadError('extra.json', JSON.stringify(data))).toContain(
			'does not match the expected shape at topics.0.extra: is not a known field',
		);
		delete first['extra'];
		delete first['summary'];
		expect(await loadError('missing-field.json', JSON.stringify(data))).toContain(
			'does not match the expected shape at topics.0.summary: expected a non-empty string',
		);
	});

	it('rejects a missing file', async () => {
		const missing = path.join(dir, 'missing.json');
		await expect(loadKnowledge(missing)).rejects.toThrow(
			new RegExp(
				`^Knowledge file ${missing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} cannot be read .*; run npm run knowledge:build$`,
			),
		);
	});

	it('loads the committed knowledge file: validated, hash-checked and indexed', async () => {
		const committed = path.join(dir, 'committed.json');
		await writeFile(committed, await readFile(new URL('../../../knowledge/knowledge.json', import.meta.url), 'utf8'));
		const knowledge = await loadKnowledge(committed);
		expect(knowledge.topics.length).toBeGreaterThan(40);
		expect(knowledge.stages()).toHaveLength(6);
		expect(knowledge.get('r1')?.id).toBe('deepseek-r1');
		expect(knowledge.search('grpo')[0]?.topic.id).toBe('grpo');
	});
});
