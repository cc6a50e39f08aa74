import type { KnowledgeBase, Topic } from '../../knowledge/types.js';
import type { MeasureText } from './barChartSpec.js';
import { FONT_FAMILY, FONT_SIZE, LOGICAL_WIDTH } from './layout.js';
import { INK, MUTED_INK, OKABE_ITO, PAPER } from './palette.js';

/** The models the pipeline starts from and produces (knowledge topic ids). */
const MODELS = {
	base: 'deepseek-v3-base',
	zero: 'deepseek-r1-zero',
	r1: 'deepseek-r1',
	distilled: 'distilled-models',
} as const;

/** The pipeline's parts, read from the knowledge: which stages make R1-Zero, which make R1, which distil it. */
export interface PipelineParts {
	readonly base: string;
	readonly zeroStages: readonly Topic[];
	readonly zeroModel: string;
	readonly r1Stages: readonly Topic[];
	readonly r1Model: string;
	readonly distillStages: readonly Topic[];
	readonly distilledModel: string;
}

/** A stage belongs to R1-Zero's branch or to distillation when it relates to that model; the rest make R1. */
export function pipelineParts(knowledge: KnowledgeBase): PipelineParts {
	const title = (id: string, fallback: string) => knowledge.topics.find((topic) => topic.id === id)?.title ?? fallback;
	const stages = knowledge.stages();
	const zeroStages = stages.filter((stage) => stage.related.includes(MODELS.zero));
	const distillStages = stages.filter(
		(stage) => !zeroStages.includes(stage) && stage.related.includes(MODELS.distilled),
	);
	return {
		base: title(MODELS.base, 'DeepSeek-V3-Base'),
		zeroStages,
		zeroModel: title(MODELS.zero, 'DeepSeek-R1-Zero'),
		r1Stages: stages.filter((stage) => !zeroStages.includes(stage) && !distillStages.includes(stage)),
		r1Model: title(MODELS.r1, 'DeepSeek-R1'),
		distillStages,
		distilledModel: title(MODELS.distilled, 'Distilled models'),
	};
}

const MARGIN = 12;
const GAP = 22;
const COLUMN_GAP = 16;
const LEFT_WIDTH = 168;
const LINE = 15;
const BOX_PADDING = 8;
const HIGHLIGHT = { fill: '#FCE6D4', stroke: OKABE_ITO[5] } as const;
const MODEL_FILL = '#EEF1F4';
/** Where the arrow from the base enters a branch, from the box's left edge. */
const BRANCH_ENTRY = 20;
/** How far below the base the arrows turn towards the branches. */
const ELBOW = 10;

interface Box {
	readonly x: number;
	readonly y: number;
	readonly width: number;
	readonly height: number;
	readonly lines: readonly string[];
	readonly kind: 'model' | 'stage';
	readonly stroke: string;
	readonly highlighted: boolean;
}

/**
 * The pipeline as an SVG: DeepSeek-V3-Base on top, R1-Zero's branch on the left, R1's stages in order on the right,
 * then distillation. The highlighted stage (opened from its card) gets a thick vermillion border, a tinted fill and
 * "You are here", so it stands out without colour too.
 */
export function pipelineDiagramSvg(
	parts: PipelineParts,
	highlightId: string | undefined,
	measure: MeasureText,
): string {
	const rightX = MARGIN + LEFT_WIDTH + COLUMN_GAP;
	const rightWidth = LOGICAL_WIDTH - MARGIN - rightX;
	const boxes: Box[] = [];
	const arrows: [number, number, number, number][] = [];
	const make = (x: number, y: number, width: number, text: string, kind: Box['kind'], stroke: string, id?: string) => {
		const highlighted = id !== undefined && id === highlightId;
		const lines = wrapLines(text, width - 2 * BOX_PADDING, measure);
		const extra = highlighted ? 1 : 0;
		const box: Box = {
			x,
			y,
			width,
			height: (lines.length + extra) * LINE + 2 * BOX_PADDING,
			lines: highlighted ? [...lines, 'You are here'] : lines,
			kind,
			stroke: highlighted ? HIGHLIGHT.stroke : stroke,
			highlighted,
		};
		boxes.push(box);
		return box;
	};
	const below = (from: Box, to: Box) => {
		arrows.push([from.x + from.width / 2, from.y + from.height, to.x + to.width / 2, to.y]);
	};
	const chain = (start: Box, stages: readonly Topic[], x: number, width: number, stroke: string): Box => {
		let previous = start;
		for (const stage of stages) {
			const box = make(x, previous.y + previous.height + GAP, width, stage.title, 'stage', stroke, stage.id);
			below(previous, box);
			previous = box;
		}
		return previous;
	};

	const titleY = MARGIN + FONT_SIZE.title;
	const base = make(LOGICAL_WIDTH / 2 - 100, titleY + 34, 200, parts.base, 'model', MUTED_INK);
	const columnTop = base.y + base.height + GAP + LINE;
	// Beside the arrow that comes down into each branch (see branchEntry).
	const headers = [
		{ x: MARGIN + BRANCH_ENTRY + 8, text: 'R1-Zero: RL only' },
		{ x: rightX + BRANCH_ENTRY + 8, text: `R1: ${parts.r1Stages.length} stages in order` },
	];
	// The two branches start level, under their headers, both from the base model.
	const anchor = { ...base, y: columnTop - GAP - base.height };
	const zeroEnd = chain(anchor, parts.zeroStages, MARGIN, LEFT_WIDTH, OKABE_ITO[4]);
	const zeroModel = make(MARGIN, zeroEnd.y + zeroEnd.height + GAP, LEFT_WIDTH, parts.zeroModel, 'model', MUTED_INK);
	below(zeroEnd, zeroModel);
	const r1End = chain(anchor, parts.r1Stages, rightX, rightWidth, OKABE_ITO[0]);
	const r1Model = make(rightX, r1End.y + r1End.height + GAP, rightWidth, parts.r1Model, 'model', MUTED_INK);
	below(r1End, r1Model);
	const distillEnd = chain(r1Model, parts.distillStages, rightX, rightWidth, OKABE_ITO[2]);
	const distilled = make(
		rightX,
		distillEnd.y + distillEnd.height + GAP,
		rightWidth,
		parts.distilledModel,
		'model',
		MUTED_INK,
	);
	below(distillEnd, distilled);
	// The arrows out of the base go down near the left edge of each branch's first box, past its header.
	for (const arrow of arrows) {
		if (arrow[1] !== anchor.y + anchor.height) continue;
		const first = boxes.find((box) => box.y === arrow[3] && Math.abs(box.x + box.width / 2 - arrow[2]) < 1);
		arrow[1] = base.y + base.height;
		if (first) arrow[2] = first.x + BRANCH_ENTRY;
	}

	const height = Math.max(...boxes.map((box) => box.y + box.height)) + MARGIN;
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${LOGICAL_WIDTH}" height="${height}" viewBox="0 0 ${LOGICAL_WIDTH} ${height}" font-family="${FONT_FAMILY}">`,
		`<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${MUTED_INK}"/></marker></defs>`,
		`<rect width="100%" height="100%" fill="${PAPER}"/>`,
		text(MARGIN, titleY, 'The training pipeline', FONT_SIZE.title, true, INK),
		...headers.map((header) => text(header.x, columnTop - 6, header.text, FONT_SIZE.small, true, MUTED_INK)),
		...arrows.map(([x1, y1, x2, y2]) => arrowPath(x1, y1, x2, y2)),
		...boxes.map(boxSvg),
		'</svg>',
	].join('\n');
}

/** The diagram in words, for the attachment's description. */
export function describePipeline(parts: PipelineParts, highlight: Topic | undefined): string {
	const steps = (stages: readonly Topic[]) => stages.map((stage) => stage.title).join(' → ');
	const zero = parts.zeroStages.length > 0 ? `${steps(parts.zeroStages)} → ` : '';
	const r1 = parts.r1Stages.length > 0 ? `${steps(parts.r1Stages)} → ` : '';
	const distil = parts.distillStages.length > 0 ? ` → ${steps(parts.distillStages)}` : '';
	const here = highlight ? ` Highlighted: ${highlight.title}.` : '';
	return `Diagram of the training pipeline from ${parts.base}. R1-Zero's branch: ${zero}${parts.zeroModel}. R1's branch: ${r1}${parts.r1Model}${distil} → ${parts.distilledModel}.${here}`;
}

function wrapLines(text: string, width: number, measure: MeasureText): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line === '' ? word : `${line} ${word}`;
		if (line !== '' && measure(next, FONT_SIZE.label) > width) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line !== '') lines.push(line);
	return lines.length > 0 ? lines : [''];
}

function boxSvg(box: Box): string {
	const fill = box.highlighted ? HIGHLIGHT.fill : box.kind === 'model' ? MODEL_FILL : PAPER;
	const radius = box.kind === 'model' ? 12 : 4;
	const strokeWidth = box.highlighted ? 3 : 1.5;
	const centre = box.x + box.width / 2;
	const lines = box.lines.map((line, index) =>
		text(
			centre,
			box.y + BOX_PADDING + LINE * (index + 1) - 3,
			line,
			FONT_SIZE.label,
			box.kind === 'model' || (box.highlighted && index === box.lines.length - 1),
			INK,
			'middle',
		),
	);
	return [
		`<rect x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" rx="${radius}" fill="${fill}" stroke="${box.stroke}" stroke-width="${strokeWidth}"/>`,
		...lines,
	].join('\n');
}

function arrowPath(x1: number, y1: number, x2: number, y2: number): string {
	// Straight down in a column; down, across and down (an elbow) from the base to a branch.
	const middle = y1 + ELBOW;
	const d =
		x1 === x2 ? `M${x1},${y1} L${x2},${y2 - 1}` : `M${x1},${y1} L${x1},${middle} L${x2},${middle} L${x2},${y2 - 1}`;
	return `<path d="${d}" fill="none" stroke="${MUTED_INK}" stroke-width="1.5" marker-end="url(#arrow)"/>`;
}

function text(
	x: number,
	y: number,
	content: string,
	size: number,
	bold: boolean,
	fill: string,
	anchor: 'start' | 'middle' = 'start',
): string {
	return `<text x="${x}" y="${y}" font-size="${size}" font-weight="${bold ? 700 : 400}" fill="${fill}" text-anchor="${anchor}">${escapeXml(content)}</text>`;
}

function escapeXml(value: string): string {
	return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
