/** Advance widths read from a TrueType font, so layout (Vega's label room, the diagram's wrapping) matches the glyphs. */
export interface FontMetrics {
	/** Width of `text` at `fontSize` px. */
	width(text: string, fontSize: number): number;
}

/**
 * Reads `cmap` (format 4, the Basic Multilingual Plane) and `hmtx` of a TTF. Characters the font lacks count as
 * half an em. Kerning is left out: it changes a label's width by a pixel or two.
 */
export function readFontMetrics(font: Buffer): FontMetrics {
	const tables = tableOffsets(font);
	const head = tables.get('head');
	const hhea = tables.get('hhea');
	const hmtx = tables.get('hmtx');
	const cmap = tables.get('cmap');
	if (head === undefined || hhea === undefined || hmtx === undefined || cmap === undefined) {
		throw new Error('Not a TrueType font with head, hhea, hmtx and cmap tables');
	}
	const unitsPerEm = font.readUInt16BE(head + 18);
	const metricsCount = font.readUInt16BE(hhea + 34);
	const advance = (glyph: number) => font.readUInt16BE(hmtx + 4 * Math.min(glyph, metricsCount - 1));
	const glyphOf = cmapFormat4(font, cmap);
	const cache = new Map<number, number>();
	const emWidth = (code: number): number => {
		let width = cache.get(code);
		if (width === undefined) {
			const glyph = glyphOf(code);
			width = glyph === 0 ? 0.5 : advance(glyph) / unitsPerEm;
			cache.set(code, width);
		}
		return width;
	};
	return {
		width(text, fontSize) {
			let total = 0;
			for (const char of text) total += emWidth(char.codePointAt(0) ?? 0);
			return total * fontSize;
		},
	};
}

function tableOffsets(font: Buffer): Map<string, number> {
	const count = font.readUInt16BE(4);
	const tables = new Map<string, number>();
	for (let index = 0; index < count; index += 1) {
		const record = 12 + 16 * index;
		tables.set(font.toString('latin1', record, record + 4), font.readUInt32BE(record + 8));
	}
	return tables;
}

/** The glyph id of a code point through the Windows Unicode BMP subtable (format 4); 0 when absent. */
function cmapFormat4(font: Buffer, cmap: number): (code: number) => number {
	const subtables = font.readUInt16BE(cmap + 2);
	let table: number | undefined;
	for (let index = 0; index < subtables; index += 1) {
		const record = cmap + 4 + 8 * index;
		const offset = cmap + font.readUInt32BE(record + 4);
		if (font.readUInt16BE(offset) === 4) {
			table = offset;
			break;
		}
	}
	if (table === undefined) return () => 0;
	const segments = font.readUInt16BE(table + 6) / 2;
	const ends = table + 14;
	const starts = ends + 2 * segments + 2;
	const deltas = starts + 2 * segments;
	const rangeOffsets = deltas + 2 * segments;
	return (code) => {
		if (code > 0xffff) return 0;
		for (let segment = 0; segment < segments; segment += 1) {
			if (code > font.readUInt16BE(ends + 2 * segment)) continue;
			const start = font.readUInt16BE(starts + 2 * segment);
			if (code < start) return 0;
			const delta = font.readInt16BE(deltas + 2 * segment);
			const rangeAt = rangeOffsets + 2 * segment;
			const range = font.readUInt16BE(rangeAt);
			if (range === 0) return (code + delta) & 0xffff;
			const glyph = font.readUInt16BE(rangeAt + range + 2 * (code - start));
			return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
		}
		return 0;
	};
}
