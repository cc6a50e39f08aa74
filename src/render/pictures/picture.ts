/** A rendered picture, ready to attach: the PNG and what a reader without it needs to know. */
export interface Picture {
	readonly png: Buffer;
	/** e.g. `compare-deepseek-r1-deepseek-v3.png`: letters, digits and hyphens only, so `attachment://` finds it. */
	readonly filename: string;
	/** Alt text for the attachment: what the picture shows, in words. */
	readonly description: string;
	readonly width: number;
	readonly height: number;
}

/** What to draw, before rendering: a Vega-Lite spec or a finished SVG. Built from data by pure functions. */
export type PictureSource =
	{ readonly kind: 'vega-lite'; readonly spec: object } | { readonly kind: 'svg'; readonly svg: string };

export interface PicturePlan {
	readonly source: PictureSource;
	readonly filename: string;
	readonly description: string;
}

/** Discord's attachment names: keep to a safe alphabet, and short. */
export function pictureFilename(...parts: readonly string[]): string {
	const stem = parts
		.join('-')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 80);
	return `${stem || 'picture'}.png`;
}
