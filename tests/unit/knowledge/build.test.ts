import { describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../../src/knowledge/build/build.js';
import { contentHash } from '../../../src/knowledge/contentHash.js';
import { edited, readMiniInput } from './fixtures.js';

describe('knowledge builder', () => {
	it('produces byte-identical output when run twice on the same input', async () => {
		const first = buildKnowledge(await readMiniInput());
		const second = buildKnowledge(await readMiniInput());
		expect(second.json).toBe(first.json);
		expect(first.json).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
	});

	it('stamps a 12-hex content hash as version, which changes when the content changes', async () => {
		const input = await readMiniInput();
		const before = buildKnowledge(input);
		expect(before.file.version).toMatch(/^[0-9a-f]{12}$/);
		expect(before.file.version).toBe(contentHash(JSON.parse(before.json)));

		const note = input.notes[0];
		if (!note) throw new Error('fixture has no notes');
		const after = buildKnowledge({ ...input, notes: [edited(note, 'They need five minutes.', 'They need six.')] });
		expect(after.file.version).not.toBe(before.file.version);
	});

	it('writes sorted keys, sorted aliases and a trailing newline', async () => {
		const { json, file } = buildKnowledge(await readMiniInput());
		expect(json.endsWith('}\n')).toBe(true);
		expect(Object.keys(JSON.parse(json) as object)).toEqual(['documents', 'format', 'sources', 'topics', 'version']);
		expect(file.topics.find((topic) => topic.id === 'widget-x')?.aliases).toEqual(['the x', 'wx']);
	});

	it('cuts the notes by heading: each topic gets its section as paragraphs and list blocks', async () => {
		const { file } = buildKnowledge(await readMiniInput());
		const polish = file.topics.find((topic) => topic.id === 'polish');
		expect(polish?.explanation).toEqual(['Then they are polished.', '- one cloth\n- three cloths']);
		expect(polish?.origin).toEqual({ file: 'sources/notes.md', heading: 'Step 2: Polish' });
		expect(file.documents).toEqual([
			{
				file: 'sources/notes.md',
				title: 'Widget notes',
				author: 'Test Author',
				date: '2025-01-02',
				source: 'https://example.org/widget-notes',
			},
		]);
	});

	it('takes a stage order from its "Step N" heading and lists stages first, in order', async () => {
		const { file } = buildKnowledge(await readMiniInput());
		expect(file.topics.map((topic) => [topic.id, topic.order])).toEqual([
			['warm-up', 1],
			['polish', 2],
			['widget-x', null],
			['shine', null],
		]);
	});

	it('resolves source references to labelled refs and keeps the later flag', async () => {
		const { file } = buildKnowledge(await readMiniInput());
		const polish = file.topics.find((topic) => topic.id === 'polish');
		expect(polish?.facts).toEqual([
			{
				text: 'Polishing uses 3 cloths.',
				source: { key: 'PAPER', locator: '§2', label: 'Widget paper §2' },
				later: true,
			},
		]);
		expect(polish?.source.label).toBe('Widget paper §2');
	});

	it('attaches each fact check to every topic it names, with claim and correction sources', async () => {
		const { file } = buildKnowledge(await readMiniInput());
		const checkedTopics = file.topics.filter((topic) => topic.factChecks.length > 0).map((topic) => topic.id);
		expect(checkedTopics).toEqual(['warm-up', 'widget-x']);
		expect(file.topics[0]?.factChecks[0]).toMatchObject({
			id: 'warm-up-length',
			verdict: 'wrong',
			claimSource: { label: 'Widget article § Warming up' },
			source: { label: 'Widget paper §1' },
		});
	});

	it('keeps explicit nulls in model attributes as "not stated" and lists multiple sources', async () => {
		const { file } = buildKnowledge(await readMiniInput());
		const attributes = file.topics.find((topic) => topic.id === 'widget-x')?.attributes;
		expect(attributes?.cost).toBeNull();
		expect(attributes?.baseAndSize?.sources.map((source) => source.label)).toEqual([
			'Widget paper §3',
			'Widget article',
		]);
		expect(file.topics.find((topic) => topic.id === 'shine')?.attributes).toBeNull();
	});
});
