import type { MeasureText } from './barChartSpec.js';
import { loadPictureFonts, type PictureFonts, type RenderedPng } from './fonts.js';
import type { PictureSource } from './picture.js';
import { createRenderWorker } from './renderWorker.js';

export { loadPictureFonts, MAX_PICTURE_BYTES, type PictureFonts, type RenderedPng } from './fonts.js';

/**
 * Turns picture sources into PNGs in a worker thread (renderWorker.ts), started on the first picture: Vega and resvg
 * cost ~300 ms and ~40 MB there, and a render's 100-300 ms of CPU never stalls the bot's other replies.
 */
export interface PictureRenderer {
	render(source: PictureSource): Promise<RenderedPng>;
	/** Text widths in Inter, for specs that lay text out themselves (wrapping, label room). Cheap: font tables only. */
	readonly measure: MeasureText;
	/** Stops the worker thread (bot shutdown). */
	close(): Promise<void>;
}

/** What the picture builders use of a renderer (tests hand them a stand-in without a thread). */
export type PictureDrawer = Pick<PictureRenderer, 'render' | 'measure'>;

export function createPictureRenderer(options: { readonly timeoutMs?: number } = {}): PictureRenderer {
	const worker = createRenderWorker(options);
	let fonts: PictureFonts | undefined;
	const loadFonts = () => (fonts ??= loadPictureFonts());
	return {
		render: (source) => worker.render(source),
		measure: (text, fontSize) => loadFonts().regular.width(text, fontSize),
		close: () => worker.close(),
	};
}
