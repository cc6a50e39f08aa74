import { DiscordErrors } from '../errors.js';
import type { JsonObject } from '../json.js';
import { isRecord } from '../json.js';

export type Path = readonly (string | number)[];

interface Issue {
	readonly path: Path;
	readonly code: string;
	readonly message: string;
}

/** Collects form errors and turns them into Discord's 50035 `errors` tree. */
export class Issues {
	readonly #issues: Issue[] = [];

	add(path: Path, code: string, message: string): void {
		this.#issues.push({ path, code, message });
	}

	/** A string no longer than `max` (absent and null pass unless `required`). */
	text(value: unknown, max: number, path: Path, required = false): void {
		if (value === undefined || value === null) {
			if (required) this.add(path, 'BASE_TYPE_REQUIRED', 'This field is required');
			return;
		}
		if (typeof value !== 'string') this.add(path, 'BASE_TYPE_STRING', 'Must be a string.');
		else if (value.length > max) this.add(path, 'BASE_TYPE_MAX_LENGTH', `Must be ${max} or fewer in length.`);
		else if (required && value.length === 0) this.add(path, 'BASE_TYPE_REQUIRED', 'This field is required');
	}

	/** An array with between `min` and `max` items; returns its object items. */
	list(value: unknown, min: number, max: number, path: Path): JsonObject[] {
		if (value === undefined || value === null) {
			if (min > 0) this.add(path, 'BASE_TYPE_REQUIRED', 'This field is required');
			return [];
		}
		if (!Array.isArray(value)) {
			this.add(path, 'BASE_TYPE_ARRAY', 'Must be an array.');
			return [];
		}
		if (value.length > max || value.length < min) {
			const message = min > 0 ? `Must be between ${min} and ${max} in length.` : `Must be ${max} or fewer in length.`;
			this.add(path, min > 0 ? 'BASE_TYPE_BAD_LENGTH' : 'BASE_TYPE_MAX_LENGTH', message);
		}
		const items: JsonObject[] = [];
		value.forEach((item, index) => {
			if (isRecord(item)) items.push(item);
			else this.add([...path, index], 'MODEL_TYPE_CONVERT', 'Only dictionaries may be used in a ModelType');
		});
		return items;
	}

	throwIfAny(): void {
		if (this.#issues.length > 0) throw DiscordErrors.invalidFormBody(buildTree(this.#issues));
	}
}

function buildTree(issues: readonly Issue[]): JsonObject {
	const root: JsonObject = {};
	const errorLists = new Map<JsonObject, unknown[]>();
	for (const issue of issues) {
		let node = root;
		for (const segment of issue.path) {
			const key = String(segment);
			const child = node[key];
			const next: JsonObject = isRecord(child) ? child : {};
			node[key] = next;
			node = next;
		}
		let list = errorLists.get(node);
		if (!list) {
			list = [];
			errorLists.set(node, list);
			node._errors = list;
		}
		list.push({ code: issue.code, message: issue.message });
	}
	return root;
}
