import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { RecordedMessage } from '../../emulator/index.js';

/** Saves each attachment of a message (served by the emulator) under `folder`; resolves with the files written. */
export async function saveAttachments(message: RecordedMessage, folder: string): Promise<string[]> {
	await mkdir(folder, { recursive: true });
	const saved: string[] = [];
	for (const attachment of message.attachments) {
		const response = await fetch(attachment.url);
		if (!response.ok) throw new Error(`${attachment.filename}: the emulator answered ${response.status}`);
		// The bot names its files; the playground still keeps every name inside its folder.
		const file = path.join(folder, `${message.id}-${path.basename(attachment.filename).replace(/[^\w.-]/g, '_')}`);
		await writeFile(file, Buffer.from(await response.arrayBuffer()));
		saved.push(file);
	}
	return saved;
}
