import { describe, expect, it } from 'vitest';
import { splitMessage } from '../../../src/render/splitMessage.js';

const fences = (text: string): number => (text.match(/^```/gm) ?? []).length;

describe('splitMessage', () => {
	it('keeps a short text whole', () => {
		expect(splitMessage('Hello.\n\nWorld.')).toEqual(['Hello.\n\nWorld.']);
	});

	it('splits at paragraph boundaries within the limit', () => {
		const paragraph = 'word '.repeat(30).trim();
		const pieces = splitMessage([paragraph, paragraph, paragraph].join('\n\n'), 320);
		expect(pieces).toEqual([`${paragraph}\n\n${paragraph}`, paragraph]);
	});

	it('never cuts inside a code block that fits in a message', () => {
		const code = '```ts\nconst a = 1;\n\nconst b = 2;\n```';
		const pieces = splitMessage(`${'x'.repeat(80)}\n\n${code}\n\nafter`, 100);
		expect(pieces.some((piece) => piece.includes(code))).toBe(true);
		for (const piece of pieces) expect(fences(piece) % 2).toBe(0);
	});

	it('closes and re-opens the fence with its language when one block exceeds the limit', () => {
		const lines = Array.from({ length: 40 }, (_, i) => `line_${i} = ${i}`);
		const pieces = splitMessage(`\`\`\`python\n${lines.join('\n')}\n\`\`\``, 200);
		expect(pieces.length).toBeGreaterThan(1);
		for (const piece of pieces) {
			expect(piece.length).toBeLessThanOrEqual(200);
			expect(piece.startsWith('```python\n')).toBe(true);
			expect(piece.endsWith('\n```')).toBe(true);
		}
		expect(pieces.join('\n')).toContain('line_39 = 39');
	});

	it('splits a long paragraph at sentence boundaries', () => {
		const sentence = 'This sentence has some words in it.';
		const pieces = splitMessage(Array.from({ length: 10 }, () => sentence).join(' '), 100);
		for (const piece of pieces) {
			expect(piece.length).toBeLessThanOrEqual(100);
			expect(piece.endsWith('.')).toBe(true);
		}
	});

	it('closes a code block the answer left open', () => {
		expect(splitMessage('```js\nlet cut =')).toEqual(['```js\nlet cut =\n```']);
	});
});
