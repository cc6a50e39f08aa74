/**
 * Sizes for pictures seen at Discord's preview width (about 400-550 px): drawn at this logical width and rendered at
 * twice the pixels, so a 12 px label is still 6 px or more on the smallest preview and sharp when opened.
 */
export const LOGICAL_WIDTH = 520;
export const PIXEL_RATIO = 2;
export const FONT_FAMILY = 'Inter';
export const FONT_SIZE = { title: 16, label: 12, small: 11 } as const;

/** Inter's average advance is about 0.55 em: enough to wrap text that Vega and SVG do not wrap themselves. */
export function wrapText(text: string, fontSize: number, maxWidth: number): string[] {
	const perLine = Math.max(8, Math.floor(maxWidth / (fontSize * 0.55)));
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line === '' ? word : `${line} ${word}`;
		if (next.length > perLine && line !== '') {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line !== '') lines.push(line);
	return lines;
}
