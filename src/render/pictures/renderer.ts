import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { MeasureText } from './barChartSpec.js';
import { readFontMetrics, type FontMetrics } from './fontMetrics.js';
import { FONT_FAMILY, LOGICAL_WIDTH, PIXEL_RATIO } from './layout.js';
import type { PictureSource } from './picture.js';
import { PAPER } from './palette.js';

export interface RenderedPng {
	readonly png: Buffer;
	readonly width: number;
	readonly height: number;
}

/** Each picture's bytes at most (the budget; Discord's own limit is far higher). */
export const MAX_PICTURE_BYTES = 200 * 1024;
/** Pixel widths tried in turn until the PNG fits MAX_PICTURE_BYTES. */
const WIDTHS = [LOGICAL_WIDTH * PIXEL_RATIO, Math.round(LOGICAL_WIDTH * 1.5), LOGICAL_WIDTH];

/** Turns picture sources into PNGs. Loaded on first use: Vega and resvg cost ~300 ms and ~40 MB at start-up. */
export interface PictureRenderer {
	render(source: PictureSource): Promise<RenderedPng>;
	/** Text widths in Inter, for specs that lay text out themselves (wrapping, label room). */
	readonly measure: MeasureText;
}

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

export function createPictureRenderer(): PictureRenderer {
	let libraries: Promise<Libraries> | undefined;
	let fonts: PictureFonts | undefined;
	const loadFonts = () => (fonts ??= loadPictureFonts());
	return {
		async render(source) {
			const loaded = await (libraries ??= loadLibraries(loadFonts()));
			const svg = source.kind === 'svg' ? source.svg : await vegaToSvg(loaded, source.spec);
			for (const width of WIDTHS) {
				const image = new loaded.resvg.Resvg(svg, {
					font: { loadSystemFonts: false, fontFiles: [...loaded.fonts.files], defaultFontFamily: FONT_FAMILY },
					fitTo: { mode: 'width', value: width },
					background: PAPER,
				}).render();
				const png = image.asPng();
				if (png.length <= MAX_PICTURE_BYTES) return { png, width: image.width, height: image.height };
			}
			throw new Error(`Picture over ${MAX_PICTURE_BYTES} bytes even at ${LOGICAL_WIDTH} px wide`);
		},
		measure: (text, fontSize) => loadFonts().regular.width(text, fontSize),
	};
}

interface Libraries {
	readonly vega: typeof import('vega');
	readonly vegaLite: typeof import('vega-lite');
	readonly resvg: typeof import('@resvg/resvg-js');
	readonly fonts: PictureFonts;
}

async function loadLibraries(fonts: PictureFonts): Promise<Libraries> {
	const [vega, vegaLite, resvg] = await Promise.all([import('vega'), import('vega-lite'), import('@resvg/resvg-js')]);
	measureTextWith(vega, fonts);
	return { vega, vegaLite, resvg, fonts };
}

/**
 * Without a canvas Vega guesses text widths (0.8 em a character: far wider than Inter), which leaves labels room they
 * do not use. Its `textMetrics.width` hook (what vl-convert sets) takes the font's own advances instead.
 */
function measureTextWith(vega: Libraries['vega'], fonts: PictureFonts): void {
	const metrics: unknown = Reflect.get(vega, 'textMetrics');
	if (typeof metrics !== 'object' || metrics === null) return;
	Reflect.set(metrics, 'width', (item: { fontSize?: unknown; fontWeight?: unknown }, text: unknown) => {
		const size = typeof item.fontSize === 'number' ? item.fontSize : 11;
		const bold = item.fontWeight === 'bold' || (typeof item.fontWeight === 'number' && item.fontWeight >= 600);
		const line = typeof text === 'string' || typeof text === 'number' ? String(text) : '';
		return (bold ? fonts.bold : fonts.regular).width(line, size);
	});
}

async function vegaToSvg({ vega, vegaLite }: Libraries, spec: object): Promise<string> {
	// The spec is ours, built from the knowledge or the learner's own figures.
	const compiled = vegaLite.compile(spec as Parameters<typeof vegaLite.compile>[0]).spec;
	// The data is inline: a loader that refuses everything, so a spec can never make the server fetch or read a file.
	const refuse = () => Promise.reject(new Error('Pictures load no data'));
	const loader = { ...vega.loader(), load: refuse, sanitize: refuse, http: refuse, file: refuse };
	const view = new vega.View(vega.parse(compiled), { renderer: 'none', loader });
	try {
		return await view.toSVG();
	} finally {
		view.finalize();
	}
}
