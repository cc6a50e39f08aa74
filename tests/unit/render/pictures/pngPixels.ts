import { inflateSync } from 'node:zlib';

/** A decoded 8-bit RGB or RGBA PNG (what resvg writes): enough to look at pixels without golden images. */
export interface DecodedPng {
	readonly width: number;
	readonly height: number;
	/** RGBA, row by row. */
	readonly rgba: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Decodes a non-interlaced, 8-bit truecolour (with or without alpha) PNG; throws on anything else. */
export function decodePng(png: Buffer): DecodedPng {
	if (!png.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
	let offset = 8;
	let width = 0;
	let height = 0;
	let channels = 0;
	const data: Buffer[] = [];
	while (offset < png.length) {
		const length = png.readUInt32BE(offset);
		const type = png.toString('latin1', offset + 4, offset + 8);
		const body = png.subarray(offset + 8, offset + 8 + length);
		if (type === 'IHDR') {
			width = body.readUInt32BE(0);
			height = body.readUInt32BE(4);
			const [depth, colour, , , interlace] = [body[8], body[9], body[10], body[11], body[12]];
			if (depth !== 8 || (colour !== 2 && colour !== 6) || interlace !== 0) {
				throw new Error(`unsupported PNG (depth ${depth}, colour type ${colour})`);
			}
			channels = colour === 6 ? 4 : 3;
		} else if (type === 'IDAT') data.push(body);
		else if (type === 'IEND') break;
		offset += 12 + length;
	}
	const raw = inflateSync(Buffer.concat(data));
	const stride = width * channels;
	const pixels = new Uint8Array(height * stride);
	for (let y = 0; y < height; y += 1) {
		const filter = raw[y * (stride + 1)];
		for (let x = 0; x < stride; x += 1) {
			const value = raw[y * (stride + 1) + 1 + x] ?? 0;
			const left = x >= channels ? (pixels[y * stride + x - channels] ?? 0) : 0;
			const up = y > 0 ? (pixels[(y - 1) * stride + x] ?? 0) : 0;
			const upLeft = x >= channels && y > 0 ? (pixels[(y - 1) * stride + x - channels] ?? 0) : 0;
			pixels[y * stride + x] = (value + predict(filter ?? 0, left, up, upLeft)) & 0xff;
		}
	}
	const rgba = new Uint8Array(width * height * 4);
	for (let index = 0; index < width * height; index += 1) {
		rgba[index * 4] = pixels[index * channels] ?? 0;
		rgba[index * 4 + 1] = pixels[index * channels + 1] ?? 0;
		rgba[index * 4 + 2] = pixels[index * channels + 2] ?? 0;
		rgba[index * 4 + 3] = channels === 4 ? (pixels[index * channels + 3] ?? 0) : 255;
	}
	return { width, height, rgba };
}

function predict(filter: number, left: number, up: number, upLeft: number): number {
	switch (filter) {
		case 0:
			return 0;
		case 1:
			return left;
		case 2:
			return up;
		case 3:
			return Math.floor((left + up) / 2);
		case 4: {
			const estimate = left + up - upLeft;
			const [a, b, c] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upLeft)];
			return a <= b && a <= c ? left : b <= c ? up : upLeft;
		}
		default:
			throw new Error(`bad PNG filter ${filter}`);
	}
}

/** How many pixels are within `tolerance` of a colour ("#0072B2"): a bar or border of that colour is there. */
export function countColour(image: DecodedPng, hex: string, tolerance = 12): number {
	const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16));
	let count = 0;
	for (let index = 0; index < image.rgba.length; index += 4) {
		const near =
			Math.abs((image.rgba[index] ?? 0) - (r ?? 0)) <= tolerance &&
			Math.abs((image.rgba[index + 1] ?? 0) - (g ?? 0)) <= tolerance &&
			Math.abs((image.rgba[index + 2] ?? 0) - (b ?? 0)) <= tolerance;
		if (near) count += 1;
	}
	return count;
}

/** Distinct colours, quantised to 4 bits a channel (text anti-aliasing and bars give many; a blank image one). */
export function distinctColours(image: DecodedPng): number {
	const seen = new Set<number>();
	for (let index = 0; index < image.rgba.length; index += 4) {
		seen.add(
			(((image.rgba[index] ?? 0) >> 4) << 8) |
				(((image.rgba[index + 1] ?? 0) >> 4) << 4) |
				((image.rgba[index + 2] ?? 0) >> 4),
		);
	}
	return seen.size;
}
