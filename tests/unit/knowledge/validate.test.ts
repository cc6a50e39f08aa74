import { beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledge } from '../../../src/knowledge/build/build.js';
import type { BuildInput, TextFile } from '../../../src/knowledge/build/build.js';
import { buildError, edited, lineOf, readMiniInput } from './fixtures.js';

let input: BuildInput;
let overlay: TextFile;
let notes: TextFile;

beforeAll(async () => {
	input = await readMiniInput();
	overlay = input.overlay;
	const [first] = input.notes;
	if (!first) throw new Error('fixture has no notes');
	notes = first;
});

/** Builds with the overlay edited and returns the error message. */
function overlayError(search: string, replacement: string): { message: string; text: string } {
	const changed = edited(overlay, search, replacement);
	return { message: buildError(() => buildKnowledge({ ...input, overlay: changed })).message, text: changed.text };
}

function notesError(search: string, replacement: string): { message: string; text: string } {
	const changed = edited(notes, search, replacement);
	return { message: buildError(() => buildKnowledge({ ...input, notes: [changed] })).message, text: changed.text };
}

describe('knowledge validation names the file and line', () => {
	it('rejects a duplicate topic id at the second occurrence', () => {
		const { message, text } = overlayError('- id: shine', '- id: polish');
		const second = text.split('\n').findLastIndex((line) => line.includes('- id: polish')) + 1;
		expect(message).toContain(`${overlay.path}:${second}: duplicate topic id "polish"`);
	});

	it('rejects a related topic that does not exist', () => {
		const { message, text } = overlayError('related: [shine]', 'related:\n      - shine\n      - glitter');
		expect(message).toContain(`${overlay.path}:${lineOf(text, '- glitter')}: related topic "glitter" does not exist`);
	});

	it('rejects a fact check naming an unknown topic', () => {
		const { message, text } = overlayError('topics: [warm-up, widget-x]', 'topics: [warm-up, widget-y]');
		expect(message).toContain(
			`${overlay.path}:${lineOf(text, 'widget-y')}: fact check "warm-up-length" names unknown topic "widget-y"`,
		);
	});

	it('rejects an alias that resolves to nothing', () => {
		const { message, text } = overlayError('aliases: [gloss]', "aliases: ['--']");
		expect(message).toContain(
			`${overlay.path}:${lineOf(text, "aliases: ['--']")}: alias "--" of "shine" does not resolve`,
		);
	});

	it('rejects an alias that collides with another topic after folding case and punctuation', () => {
		const { message, text } = overlayError('aliases: [gloss]', 'aliases: [Warm-Up]');
		expect(message).toContain(
			`${overlay.path}:${lineOf(text, 'aliases: [Warm-Up]')}: alias "Warm-Up" of "shine" collides with "warm-up" (line ${lineOf(text, '- id: warm-up')})`,
		);
	});

	it('rejects a fact without a source', () => {
		const { message, text } = overlayError(
			'      - text: Shine is measured in gloss units.\n        source: PAPER §4',
			'      - text: Shine is measured in gloss units.',
		);
		expect(message).toContain(`${overlay.path}:${lineOf(text, 'Shine is measured')}: topics.3.facts.0.source:`);
	});

	it('rejects a fact whose source key is unknown', () => {
		const { message, text } = overlayError('source: PAPER §4\n    related', 'source: BLOG §4\n    related');
		expect(message).toContain(`${overlay.path}:${lineOf(text, 'BLOG §4')}: unknown source "BLOG" in "BLOG §4"`);
	});

	it('rejects empty text in the overlay', () => {
		const { message, text } = overlayError('summary: The flagship widget.', "summary: '  '");
		expect(message).toContain(`${overlay.path}:${lineOf(text, "summary: '  '")}: topics.2.summary: must not be empty`);
	});

	it('rejects a notes section with no text, at its heading', () => {
		const { message, text } = notesError('Shine measures reflected light.\n', '');
		expect(message).toContain(`${notes.path}:${lineOf(text, '## Shine')}: section "Shine" has no text`);
	});

	it('rejects a stage order that disagrees with its "Step N" heading', () => {
		const { message, text } = overlayError('order: 1', 'order: 3');
		expect(message).toContain(
			`${overlay.path}:${lineOf(text, 'order: 3')}: order 3 of "warm-up" disagrees with its heading "Step 1"`,
		);
	});

	it('rejects stage orders with a gap', () => {
		const { message, text } = notesError('## Step 2: Polish', '## Step 3: Polish');
		const changedOverlay = edited(overlay, "title: 'Step 2: Polish'", "title: 'Step 3: Polish'");
		const error = buildError(() =>
			buildKnowledge({
				...input,
				overlay: changedOverlay,
				notes: [edited(notes, '## Step 2: Polish', '## Step 3: Polish')],
			}),
		);
		expect(message).toContain('no section "Step 2: Polish"');
		expect(text).toContain('## Step 3: Polish');
		expect(error.message).toContain(
			`${overlay.path}:${lineOf(changedOverlay.text, '- id: polish')}: stage orders must be contiguous from 1: expected 2, found 3 ("polish")`,
		);
	});

	it('rejects a topic whose section is missing, and a section no topic uses', () => {
		const { message, text } = notesError('## Shine', '## Sheen');
		expect(message).toContain(`${overlay.path}:${lineOf(overlay.text, 'title: Shine')}: no section "Shine"`);
		expect(message).toContain(`${notes.path}:${lineOf(text, '## Sheen')}: section "Sheen" is not used by any topic`);
	});

	it('requires every model aspect, null meaning "not stated in the sources"', () => {
		const { message, text } = overlayError('      availability: null\n', '');
		expect(message).toContain(
			`${overlay.path}:${lineOf(text, 'attributes:')}: topics.2.attributes.availability: missing: write null`,
		);
	});

	it('reports YAML syntax errors with their line', () => {
		const { message, text } = overlayError('    summary: How much light a widget reflects.', '    summary: [unclosed');
		expect(message).toMatch(new RegExp(`^${overlay.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+: `));
		expect(text).toContain('[unclosed');
	});

	it('reports every problem at once, one per line', () => {
		const changed = edited(edited(overlay, 'related: [shine]', 'related: [nope]'), 'aliases: [gloss]', 'aliases: [wx]');
		const error = buildError(() => buildKnowledge({ ...input, overlay: changed }));
		expect(error.issues).toHaveLength(2);
		expect(error.message.split('\n')).toHaveLength(2);
	});
});

describe('curated questions and plain lines', () => {
	it('rejects a topic with fewer than three curated questions, at its questions', () => {
		const { message, text } = overlayError('      - is warming up a widget instant\n', '');
		expect(message).toContain(
			`${overlay.path}:${lineOf(text, 'questions:')}: topic "warm-up" has 2 curated questions (write 3-8)`,
		);
	});

	it('rejects more than eight curated questions', () => {
		const extra = Array.from({ length: 6 }, (_, index) => `      - does warm-up step ${String(index)} matter\n`).join(
			'',
		);
		const { message } = overlayError(
			'      - is warming up a widget instant\n',
			`      - is warming up a widget instant\n${extra}`,
		);
		expect(message).toContain('topic "warm-up" has 9 curated questions (write 3-8)');
	});

	it('rejects a phrasing that another topic already has, whatever its case and punctuation', () => {
		const { message, text } = overlayError('      - what is shine\n', '      - What is the warm-up step?\n');
		expect(message).toContain(
			`${overlay.path}:${lineOf(text, 'What is the warm-up step?')}: curated question "What is the warm-up step?" is also on "warm-up"`,
		);
	});

	it('rejects a curated question too short to be a phrasing', () => {
		const { message } = overlayError('      - what is shine\n', '      - shine\n');
		expect(message).toContain('curated question "shine" must be 8-200 characters');
	});

	it('rejects a topic without a plain-words line', () => {
		const { message } = overlayError('    plain: How much light bounces off a widget.\n', '');
		expect(message).toContain('topic "shine" needs a `plain` line');
	});

	it('builds the plain line and the questions into the topic', () => {
		const built = buildKnowledge(input).file.topics.find((topic) => topic.id === 'shine');
		expect(built?.plain).toBe('How much light bounces off a widget.');
		expect(built?.questions).toEqual(['what is shine', 'how is shine measured', 'what are gloss units']);
	});
});

describe('what our sources leave open (unstated)', () => {
	it('builds an entry that reads after "Our sources do not say"', () => {
		const changed = edited(
			overlay,
			'      - is warming up a widget instant\n',
			'      - is warming up a widget instant\n    unstated:\n      - why widgets warm up at all\n',
		);
		const { file } = buildKnowledge({ ...input, overlay: changed });
		expect(file.topics.flatMap((topic) => topic.unstated)).toEqual(['why widgets warm up at all']);
	});

	it('rejects an entry that does not start with a question word, at its line', () => {
		const { message, text } = overlayError(
			'      - is warming up a widget instant\n',
			'      - is warming up a widget instant\n    unstated:\n      - widgets warm up for no known reason\n',
		);
		expect(message).toContain(`${overlay.path}:${lineOf(text, '- widgets warm up for no known reason')}:`);
		expect(message).toContain('Our sources do not say');
	});
});
