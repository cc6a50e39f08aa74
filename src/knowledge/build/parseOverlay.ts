import { isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
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

/** Line of the key (for map entries) or item (for sequence entries) at `path`, else of its nearest ancestor. */
export function locate(document: Document, lineCounter: LineCounter, path: YamlPath): number {
	for (let length = path.length; length > 0; length -= 1) {
		const parent: unknown = length === 1 ? document.contents : document.getIn(path.slice(0, length - 1), true);
		const start = startOf(parent, path[length - 1]);
		if (start !== undefined) return lineCounter.linePos(start).line;
	}
	return 1;
}

function startOf(parent: unknown, step: string | number | undefined): number | undefined {
	if (isMap(parent)) {
		const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === step);
		return isNode(pair?.key) ? pair.key.range?.[0] : undefined;
	}
	if (isSeq(parent) && typeof step === 'number') {
		const item = parent.items[step];
		return isNode(item) ? item.range?.[0] : undefined;
	}
	return undefined;
}
