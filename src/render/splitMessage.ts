/** Discord's limit for message content. */
export const MESSAGE_LIMIT = 2000;

const FENCE = /^\s*(`{3,}|~{3,})/;

/**
 * Splits Markdown into pieces of at most `limit` characters at paragraph, then sentence, then word boundaries,
 * never inside a code block. A code block longer than a whole message is cut between lines, each piece closed
 * and re-opened with the same fence and language.
 */
export function splitMessage(text: string, limit = MESSAGE_LIMIT): string[] {
	const pieces: string[] = [];
	let current = '';
	for (const block of blocksOf(text)) {
		for (const part of block.length > limit ? splitBlock(block, limit) : [block]) {
			const joined = current === '' ? part : `${current}\n\n${part}`;
			if (joined.length <= limit) current = joined;
			else {
				if (current !== '') pieces.push(current);
				current = part;
			}
		}
	}
	if (current.trim() !== '') pieces.push(current);
	return pieces;
}

/** Paragraphs, with each fenced code block (blank lines included) kept as one block. */
function blocksOf(text: string): string[] {
	const blocks: string[] = [];
	let lines: string[] = [];
	let fence: string | undefined;
	const flush = (): void => {
		const block = lines.join('\n').replace(/^\n+|\s+$/g, '');
		if (block !== '') blocks.push(block);
		lines = [];
	};
	for (const line of text.replace(/\r\n/g, '\n').split('\n')) {
		const marker = FENCE.exec(line)?.[1];
		if (fence === undefined && marker) {
			flush();
			fence = marker;
			lines.push(line);
		} else if (fence !== undefined) {
			lines.push(line);
			if (marker !== undefined && marker[0] === fence[0] && marker.length >= fence.length && line.trim() === marker) {
				fence = undefined;
				flush();
			}
		} else if (line.trim() === '') flush();
		else lines.push(line);
	}
	if (fence !== undefined) lines.push(fence); // an unclosed block (cut answer) is closed so it renders
	flush();
	return blocks;
}

function splitBlock(block: string, limit: number): string[] {
	const opening = FENCE.exec(block) ? block.split('\n', 1)[0] : undefined;
	return opening === undefined ? splitProse(block, limit) : splitCode(block, opening, limit);
}

function splitCode(block: string, opening: string, limit: number): string[] {
	const fence = FENCE.exec(opening)?.[1] ?? '```';
	const body = block.split('\n').slice(1, -1);
	const room = limit - opening.length - fence.length - 2;
	const pieces: string[] = [];
	let lines: string[] = [];
	let size = 0;
	const flush = (): void => {
		if (lines.length > 0) pieces.push([opening, ...lines, fence].join('\n'));
		lines = [];
		size = 0;
	};
	for (const line of body.flatMap((entry) => hardWrap(entry, room))) {
		if (size + line.length + 1 > room) flush();
		lines.push(line);
		size += line.length + 1;
	}
	flush();
	return pieces;
}

function splitProse(block: string, limit: number): string[] {
	const sentences = block.split(/(?<=[.!?])\s+/);
	const pieces: string[] = [];
	let current = '';
	for (const sentence of sentences.flatMap((entry) => (entry.length > limit ? splitWords(entry, limit) : [entry]))) {
		const joined = current === '' ? sentence : `${current} ${sentence}`;
		if (joined.length <= limit) current = joined;
		else {
			pieces.push(current);
			current = sentence;
		}
	}
	if (current !== '') pieces.push(current);
	return pieces;
}

function splitWords(text: string, limit: number): string[] {
	const pieces: string[] = [];
	let current = '';
	for (const word of text.split(' ').flatMap((entry) => hardWrap(entry, limit))) {
		const joined = current === '' ? word : `${current} ${word}`;
		if (joined.length <= limit) current = joined;
		else {
			pieces.push(current);
			current = word;
		}
	}
	if (current !== '') pieces.push(current);
	return pieces;
}

function hardWrap(text: string, width: number): string[] {
	if (text.length <= width) return [text];
	const pieces: string[] = [];
	for (let start = 0; start < text.length; start += width) pieces.push(text.slice(start, start + width));
	return pieces;
}
