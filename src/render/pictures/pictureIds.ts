import { buildCustomId } from '../../core/customId.js';
import { EXPLAIN_PREFIX } from '../explainIds.js';

/** `compare:chart:<first>:<second>`: the "📊 Chart" button under a /compare reply. */
export const COMPARE_PREFIX = 'compare';
const CHART = 'chart';
/** `explain:diagram:<stage>`: "🗺️ Diagram" under a stage card (shares /explain's prefix and handler). */
const DIAGRAM = 'diagram';

export function compareChartButtonId(firstId: string, secondId: string): string {
	return buildCustomId(COMPARE_PREFIX, CHART, firstId, secondId);
}

export function parseCompareChart(args: readonly string[]): { firstId: string; secondId: string } | undefined {
	const [action, firstId, secondId, ...rest] = args;
	return action === CHART && firstId && secondId && rest.length === 0 ? { firstId, secondId } : undefined;
}

export function stageDiagramButtonId(stageId: string): string {
	return buildCustomId(EXPLAIN_PREFIX, DIAGRAM, stageId);
}

/** The stage id of an `explain:diagram:<stage>` press; undefined for /explain's other ids. */
export function parseStageDiagram(args: readonly string[]): string | undefined {
	const [action, stageId, ...rest] = args;
	return action === DIAGRAM && stageId && rest.length === 0 ? stageId : undefined;
}
