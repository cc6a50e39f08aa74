import type { SourceInfo, SourceRef } from '../types.js';

/** "P §2.3.1" → key "P", locator "§2.3.1". */
export function splitSourceRef(raw: string): { key: string; locator: string } {
	const trimmed = raw.trim();
	const space = trimmed.search(/\s/);
	return space === -1
		? { key: trimmed, locator: '' }
		: { key: trimmed.slice(0, space), locator: trimmed.slice(space).trim() };
}

export function toSourceRef(raw: string, sources: ReadonlyMap<string, SourceInfo>): SourceRef {
	const { key, locator } = splitSourceRef(raw);
	const name = sources.get(key)?.short ?? key;
	return { key, locator, label: locator === '' ? name : `${name} ${locator}` };
}
