import { readFile } from 'node:fs/promises';
import { contentHash } from './contentHash.js';
import { createKnowledgeBase } from './knowledgeBase.js';
import { KnowledgeFileSchema } from './schema.js';
import type { KnowledgeBase, KnowledgeFile } from './types.js';

/** The knowledge file is missing, malformed, inconsistent or stale; the message is one line and says how to fix it. */
export class KnowledgeError extends Error {
	public override readonly name = 'KnowledgeError';
}

/** Reads, validates and hash-checks knowledge.json, then builds the in-memory knowledge base. */
export async function loadKnowledge(filePath: string): Promise<KnowledgeBase> {
	let json: string;
	try {
		json = await readFile(filePath, 'utf8');
	} catch (error) {
		throw new KnowledgeError(`Knowledge file ${filePath} cannot be read (${describe(error)}); ${FIX}`, {
			cause: error,
		});
	}
	return createKnowledgeBase(parseKnowledgeFile(json, filePath));
}

const FIX = 'run npm run knowledge:build';

export function parseKnowledgeFile(json: string, filePath: string): KnowledgeFile {
	const fail = (problem: string, cause?: unknown): never => {
		throw new KnowledgeError(`Knowledge file ${filePath} ${problem}; ${FIX}`, cause === undefined ? {} : { cause });
	};
	let raw: unknown;
	try {
		raw = JSON.parse(json);
	} catch (error) {
		return fail(`is not valid JSON (${describe(error)})`, error);
	}
	const parsed = KnowledgeFileSchema.safeParse(raw);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		const where = issue?.path.map(String).join('.') || '(root)';
		return fail(`does not match the expected shape at ${where}: ${oneLine(issue?.message ?? 'invalid')}`);
	}
	const file = parsed.data;
	// Hash the raw object: the schema is strict, so it holds exactly what was parsed.
	const actual = contentHash(raw);
	if (actual !== file.version) {
		fail(`is stale: it was edited after the build (version ${file.version}, content hash ${actual})`);
	}
	const ids = new Set<string>();
	for (const topic of file.topics) {
		if (ids.has(topic.id)) fail(`has the topic id "${topic.id}" twice`);
		ids.add(topic.id);
	}
	for (const topic of file.topics) {
		const missing = topic.related.find((id) => !ids.has(id));
		if (missing !== undefined) fail(`lists unknown related topic "${missing}" in "${topic.id}"`);
	}
	for (const item of file.quiz ?? []) {
		if (!ids.has(item.topic)) fail(`has quiz item "${item.id}" on unknown topic "${item.topic}"`);
		if (item.answer >= item.options.length) fail(`has quiz item "${item.id}" whose answer is not an option`);
	}
	return file;
}

function describe(error: unknown): string {
	return oneLine(error instanceof Error ? error.message : String(error));
}

function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}
