import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildKnowledge, readBuildInput } from '../../src/knowledge/build/build.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { median, round } from './stats.js';

export interface KnowledgeFigures {
	readonly buildMedianMs: number;
	readonly firstLoadMs: number;
	readonly loadMedianMs: number;
}

/** Build (parse + validate + serialise, without file writes) and load (read + verify + index) times. */
export async function benchKnowledge(root: string): Promise<KnowledgeFigures> {
	const input = await readBuildInput(path.join(root, 'knowledge'));
	const builds: number[] = [];
	for (let run = 0; run < 10; run++) {
		const started = performance.now();
		buildKnowledge(input);
		builds.push(performance.now() - started);
	}
	const file = path.join(root, 'knowledge', 'knowledge.json');
	const loads: number[] = [];
	for (let run = 0; run < 20; run++) {
		const started = performance.now();
		await loadKnowledge(file);
		loads.push(performance.now() - started);
	}
	return {
		buildMedianMs: round(median(builds)),
		firstLoadMs: round(loads[0] ?? Number.NaN),
		loadMedianMs: round(median(loads)),
	};
}
