import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import type { TextFile } from './build.js';
import type { BuildIssue } from './issues.js';
import { locate } from './parseOverlay.js';
import type { YamlPath } from './parseOverlay.js';

export type ParsedYamlFile<T> =
	| { readonly ok: true; readonly data: T; readonly lineOf: (path: YamlPath) => number }
	| { readonly ok: false; readonly issues: readonly BuildIssue[] };

/** Reads a YAML file against a zod schema; every syntax or shape problem becomes a "file:line: message" issue. */
export function parseYamlFile<S extends z.ZodType>(file: TextFile, schema: S): ParsedYamlFile<z.output<S>> {
	const lineCounter = new LineCounter();
	const document = parseDocument(file.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	if (document.errors.length > 0) {
		return {
			ok: false,
			issues: document.errors.map((error) => ({
				file: file.path,
				line: lineCounter.linePos(error.pos[0]).line,
				message: error.message.split('\n')[0] ?? error.code,
			})),
		};
	}
	const lineOf = (path: YamlPath): number => locate(document, lineCounter, path);
	const result = schema.safeParse(document.toJS());
	if (!result.success) {
		return {
			ok: false,
			issues: result.error.issues.map((issue) => {
				const path = issue.path.filter((part) => typeof part !== 'symbol');
				return { file: file.path, line: lineOf(path), message: `${path.join('.') || '(root)'}: ${issue.message}` };
			}),
		};
	}
	return { ok: true, data: result.data, lineOf };
}
