import { describe, expect, it } from 'vitest';
import { renderMarkup } from '../../../../src/playground/terminal/renderMarkup.js';
import type { TerminalStyle } from '../../../../src/playground/terminal/terminalStyle.js';

const now = new Date(Date.UTC(2026, 11, 2, 4, 33, 0));
const names = {
	user: (id: string) => (id === '1' ? 'you' : undefined),
	channel: (id: string) => (id === '2' ? 'quiz' : undefined),
	role: () => undefined,
};
const plain: TerminalStyle = { ansi: false, names, now: () => now };
const ansi: TerminalStyle = { ...plain, ansi: true };
const soon = Math.floor(now.getTime() / 1000) + 5 * 60;

describe('renderMarkup', () => {
	it('prints plain, readable text when not on a terminal', () => {
		expect(renderMarkup(`**Next question** <t:${soon}:R> in <#2> for <@1>`, plain)).toBe(
			'Next question in 5 minutes in #quiz for @you',
		);
		expect(renderMarkup(`Ends <t:${soon}:f>\n-# _small print_`, plain)).toBe(
			'Ends 2 December 2026 04:38 UTC\nsmall print',
		);
		expect(renderMarkup('# Title\n> quoted\n- a\n- b\n`code` ||hidden||', plain)).toBe(
			'Title\n▎ quoted\n• a\n• b\n`code` [spoiler: hidden]',
		);
		expect(renderMarkup('[paper](https://arxiv.org/abs/2501.12948)', plain)).toBe(
			'paper (https://arxiv.org/abs/2501.12948)',
		);
	});

	it('styles bold, italic and small print with ANSI on a terminal', () => {
		expect(renderMarkup('**b** _i_', ansi)).toBe('\x1b[1mb\x1b[22m \x1b[3mi\x1b[23m');
		expect(renderMarkup('-# note', ansi)).toBe('\x1b[2mnote\x1b[22m');
		expect(renderMarkup('<#2>', ansi)).toBe('\x1b[34m#quiz\x1b[39m');
	});

	it('keeps HTML as the text it is', () => {
		expect(renderMarkup('<script>alert(1)</script>', plain)).toBe('<script>alert(1)</script>');
	});
});
