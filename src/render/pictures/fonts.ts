import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readFontMetrics, type FontMetrics } from './fontMetrics.js';

export interface RenderedPng {
	readonly png: Buffer;
	readonly width: number;
	readonly height: number;
}

/** Each picture's bytes at most (the budget; Discord's own limit is far higher). */
export const MAX_PICTURE_BYTES = 200 * 1024;

/** Inter from an npm package, given to resvg as files: a server may have no fonts at all, and system fonts vary. */
export interface PictureFonts {
	readonly files: readonly string[];
	readonly regular: FontMetrics;
	readonly bold: FontMetrics;
}

export function loadPictureFonts(): PictureFonts {
	const require = createRequire(import.meta.url);
	const regular = require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf');
	const bold = require.resolve('@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf');
	return {
		files: [regular, bold],
		regular: readFontMetrics(readFileSync(regular)),
		bold: readFontMetrics(readFileSync(bold)),
	};
}
