import type { SnowflakeGenerator } from './snowflake.js';
import type { RecordedAttachment } from './types.js';

/** What the emulator keeps of an uploaded file: its record and its bytes (served at the record's `url`). */
interface StoredFile {
	readonly attachment: RecordedAttachment;
	readonly bytes: Buffer;
}

export interface NewAttachment {
	readonly channelId: string;
	readonly filename: string;
	readonly contentType: string;
	readonly description: string | undefined;
	readonly bytes: Buffer;
}

const URL_PATH = '/attachments/';

/** Every file uploaded to this emulator, by attachment id; the HTTP server serves them as Discord's CDN does. */
export class AttachmentStore {
	readonly #files = new Map<string, StoredFile>();

	constructor(
		private readonly snowflakes: SnowflakeGenerator,
		private readonly baseUrl: () => string,
	) {}

	add(file: NewAttachment): RecordedAttachment {
		const id = this.snowflakes.next();
		const attachment: RecordedAttachment = {
			id,
			filename: file.filename,
			contentType: file.contentType,
			size: file.bytes.length,
			...(file.description === undefined ? {} : { description: file.description }),
			url: `${this.baseUrl()}${URL_PATH}${file.channelId}/${id}/${encodeURIComponent(file.filename)}`,
		};
		this.#files.set(id, { attachment, bytes: file.bytes });
		return attachment;
	}

	/** The file a `/attachments/<channel>/<id>/<filename>` path names, if it exists. */
	fileAt(path: string): StoredFile | undefined {
		if (!path.startsWith(URL_PATH)) return undefined;
		const [channelId, id, filename, ...rest] = path.slice(URL_PATH.length).split('/');
		const file = id === undefined ? undefined : this.#files.get(id);
		if (!file || rest.length > 0 || filename === undefined) return undefined;
		const expected = new URL(file.attachment.url).pathname;
		return expected === `${URL_PATH}${channelId ?? ''}/${id ?? ''}/${filename}` ? file : undefined;
	}

	clear(): void {
		this.#files.clear();
	}
}

export function isAttachmentPath(path: string): boolean {
	return path.startsWith(URL_PATH);
}

/** An attachment as Discord's API returns it on a message. */
export function attachmentPayload(attachment: RecordedAttachment): Record<string, unknown> {
	return {
		id: attachment.id,
		filename: attachment.filename,
		size: attachment.size,
		url: attachment.url,
		proxy_url: attachment.url,
		content_type: attachment.contentType,
		...(attachment.description === undefined ? {} : { description: attachment.description }),
	};
}
