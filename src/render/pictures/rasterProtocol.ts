import type { PictureSource } from './picture.js';

/** Parent to worker: one picture to draw. Ids pair replies with requests (the worker answers in any order). */
export interface RasterRequest {
	readonly id: number;
	readonly source: PictureSource;
}

/** Worker to parent. The PNG arrives as a Uint8Array (structured clone copies it: ~90 KB, well under a millisecond). */
export type RasterResponse =
	| {
			readonly id: number;
			readonly ok: true;
			readonly png: Uint8Array;
			readonly width: number;
			readonly height: number;
	  }
	| { readonly id: number; readonly ok: false; readonly message: string };
