import { DiscordErrors } from './errors.js';

/** One `files[n]` part of a multipart request, as received. */
export interface UploadedFile {
	/** The form field, e.g. `files[0]`. */
	readonly field: string;
	readonly filename: string;
	/** The part's Content-Type; empty when the client sent none. */
	readonly contentType: string;
	readonly bytes: Buffer;
}

export interface MultipartBody {
	/** `payload_json`, parsed; `{}` when the form has none. */
	readonly json: unknown;
	readonly files: readonly UploadedFile[];
}

/**
 * Reads a `multipart/form-data` body as discord.js sends it (`payload_json` plus `files[n]`). Node's own fetch
 * `Request` parses the form, so the emulator needs no parser of its own; a malformed form is a 400 as on Discord.
 */
export async function parseMultipart(contentType: string, rawBody: Buffer): Promise<MultipartBody> {
	let form: FormData;
	try {
		const request = new Request('http://emulator.invalid/', {
			method: 'POST',
			headers: { 'content-type': contentType },
			body: rawBody,
		});
		// Deprecated for servers because it buffers the body; this one is already in memory and capped (requestBytes).
		// eslint-disable-next-line @typescript-eslint/no-deprecated
		form = await request.formData();
	} catch {
		throw DiscordErrors.invalidFormBody({ _errors: [{ code: 'FORM_BODY_INVALID', message: 'Malformed form body.' }] });
	}
	let json: unknown = {};
	const files: UploadedFile[] = [];
	for (const [field, value] of form.entries()) {
		if (field === 'payload_json') {
			if (typeof value !== 'string') throw DiscordErrors.invalidJson();
			json = parseJson(value);
		} else if (typeof value !== 'string') {
			files.push({
				field,
				filename: value.name,
				contentType: value.type,
				bytes: Buffer.from(await value.arrayBuffer()),
			});
		}
	}
	return { json, files };
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		throw DiscordErrors.invalidJson();
	}
}
