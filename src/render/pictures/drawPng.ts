import { loadPictureFonts, MAX_PICTURE_BYTES, type PictureFonts, type RenderedPng } from './fonts.js';
import { FONT_FAMILY, LOGICAL_WIDTH, PIXEL_RATIO } from './layout.js';
import type { PictureSource } from './picture.js';
import { PAPER } from './palette.js';

/** Pixel widths tried in turn until the PNG fits MAX_PICTURE_BYTES. */
const WIDTHS = [LOGICAL_WIDTH * PIXEL_RATIO, Math.round(LOGICAL_WIDTH * 1.5), LOGICAL_WIDTH];

/** Draws a picture source to a PNG in this thread: ~100-300 ms of CPU (the bot runs it in rasterWorker.ts). */
export type DrawPng = (source: PictureSource) => Promise<RenderedPng>;

/** Vega and resvg load on the first drawing: ~300 ms and ~40 MB, paid only where pictures are drawn. */
export function createPngDrawer(): DrawPng {
	let libraries: Promise<Libraries> | undefined;
	return async (source) => {
		const loaded = await (libraries ??= loadLibraries(loadPictureFonts()));
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
