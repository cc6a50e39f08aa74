import { isNode, LineCounter, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import { KnowledgeBuildError } from './issues.js';
import { OverlaySchema } from './overlaySchema.js';
import type { Overlay } from './overlaySchema.js';

export type YamlPath = readonly (string | number)[];

export interface ParsedOverlay {
	readonly file: string;
	readonly overlay: Overlay;
	/** 1-based line of the node at `path`, or of its closest existing ancestor. */
	readonly lineOf: (path: YamlPath) => number;
}

export function parseOverlay(file: string, text: string): ParsedOverlay {
	const lineCounter = new LineCounter();
	const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	if (document.errors.length > 0) {
		throw new KnowledgeBuildError(
			document.errors.map((error) => ({
				file,
				line: lineCounter.linePos(error.pos[0]).line,
				message: error.message.split('\n')[0] ?? error.code,
			})),
		);
	}
	const lineOf = (path: YamlPath): number => locate(document, lineCounter, path);
	const result = OverlaySchema.safeParse(document.toJS());
	if (!result.success) {
		throw new KnowledgeBuildError(
			result.error.issues.map((issue) => {
				const path = issue.path.filter((part) => typeof part !== 'symbol');
				return { file, line: lineOf(path), message: `${path.join('.') || '(root)'}: ${issue.message}` };
			}),
		);
	}
	return { file, overlay: result.data, lineOf };
}

function locate(document: Document, lineCounter: LineCounter, path: YamlPath): number {
	for (let length = path.length; length >= 0; length -= 1) {
		const node: unknown = document.getIn(path.slice(0, length), true);
		if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
	}
	return 1;
}
