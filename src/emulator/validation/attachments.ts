import type { AttachmentStore } from '../attachments.js';
import type { JsonObject } from '../json.js';
import type { UploadedFile } from '../multipart.js';
import type { RecordedAttachment } from '../types.js';
import { Issues } from './issues.js';
import type { Path } from './issues.js';

/** Discord's limits for a message's files (the free upload size). */
export const ATTACHMENT_LIMITS = {
	perMessage: 10,
	fileBytes: 10 * 1024 * 1024,
	/** The whole request, payload and files (larger bodies get 413 before they are read as a form). */
	requestBytes: 25 * 1024 * 1024,
	description: 1024,
	/** Not a published number: a sane cap for the emulator, as long filenames are cut by Discord. */
	filename: 255,
} as const;

export interface AttachmentInput {
	/** The payload's `attachments` (absent: keep what the message has and add any uploaded files). */
	readonly field: unknown;
	readonly files: readonly UploadedFile[];
	/** The message's attachments before this payload (none for a new message). */
	readonly existing: readonly RecordedAttachment[];
	readonly channelId: string;
	readonly store: AttachmentStore;
}

/**
 * The message's attachments after a payload, or undefined when it leaves them as they are. `attachments[].id` is the
 * n of an uploaded `files[n]` (a new file) or the id of a file the message already has (kept); others are dropped.
 * Validates everything before storing anything, so a refused payload leaves no file behind.
 */
export function resolveAttachments(input: AttachmentInput, basePath: Path = []): RecordedAttachment[] | undefined {
	const { field, files, existing } = input;
	if ((field === undefined || field === null) && files.length === 0) return field === null ? [] : undefined;
	const path = [...basePath, 'attachments'];
	const issues = new Issues();
	const items = issues.list(field, 0, ATTACHMENT_LIMITS.perMessage, path);
	const uploads = new Map(files.map((file) => [file.field, file]));
	const used = new Set<string>();
	const plan: (RecordedAttachment | { file: UploadedFile; item: JsonObject | undefined })[] = [];
	items.forEach((item, index) => {
		const id = typeof item.id === 'number' || typeof item.id === 'string' ? String(item.id) : undefined;
		const upload = id === undefined ? undefined : uploads.get(`files[${id}]`);
		const kept = existing.find((attachment) => attachment.id === id);
		if (upload && !used.has(upload.field)) {
			used.add(upload.field);
			plan.push({ file: upload, item });
		} else if (kept) plan.push(kept);
		else issues.add([...path, index, 'id'], 'ATTACHMENT_NOT_FOUND', `Unknown attachment id ${String(item.id)}.`);
	});
	// Files the list does not name are added after it, as Discord does for a bare upload.
	if (field === undefined || field === null) plan.push(...existing);
	for (const file of files) if (!used.has(file.field)) plan.push({ file, item: undefined });
	if (plan.length > ATTACHMENT_LIMITS.perMessage) {
		issues.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${ATTACHMENT_LIMITS.perMessage} or fewer in length.`);
	}
	plan.forEach((entry, index) => {
		if ('id' in entry) return;
		checkUpload(issues, entry.file, entry.item, [...path, index]);
	});
	issues.throwIfAny();
	return plan.map((entry) => {
		if ('id' in entry) return entry;
		const description = entry.item?.description;
		return input.store.add({
			channelId: input.channelId,
			filename: filenameOf(entry.file, entry.item),
			contentType: entry.file.contentType || guessContentType(filenameOf(entry.file, entry.item)),
			description: typeof description === 'string' ? description : undefined,
			bytes: entry.file.bytes,
		});
	});
}

function checkUpload(issues: Issues, file: UploadedFile, item: JsonObject | undefined, path: Path): void {
	const filename = filenameOf(file, item);
	if (filename.length === 0) issues.add([...path, 'filename'], 'BASE_TYPE_REQUIRED', 'This field is required');
	else if (filename.length > ATTACHMENT_LIMITS.filename) {
		issues.add(
			[...path, 'filename'],
			'BASE_TYPE_MAX_LENGTH',
			`Must be ${ATTACHMENT_LIMITS.filename} or fewer in length.`,
		);
	} else if (/[/\\]/.test(filename) || hasControlCharacter(filename)) {
		issues.add([...path, 'filename'], 'FILENAME_INVALID', 'Filenames cannot contain slashes or control characters.');
	}
	if (file.bytes.length > ATTACHMENT_LIMITS.fileBytes) {
		issues.add(path, 'FILE_TOO_LARGE', `File ${filename} is larger than ${ATTACHMENT_LIMITS.fileBytes} bytes.`);
	}
	issues.text(item?.description, ATTACHMENT_LIMITS.description, [...path, 'description']);
}

function hasControlCharacter(text: string): boolean {
	for (let index = 0; index < text.length; index += 1) if (text.charCodeAt(index) < 0x20) return true;
	return false;
}

function filenameOf(file: UploadedFile, item: JsonObject | undefined): string {
	return typeof item?.filename === 'string' ? item.filename : file.filename;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
	png: 'image/png',
	jpg: 'image/jpeg',
	jpeg: 'image/jpeg',
	gif: 'image/gif',
	webp: 'image/webp',
	svg: 'image/svg+xml',
	txt: 'text/plain; charset=utf-8',
	json: 'application/json',
};

function guessContentType(filename: string): string {
	const extension = filename.split('.').at(-1)?.toLowerCase() ?? '';
	return CONTENT_TYPES[extension] ?? 'application/octet-stream';
}
