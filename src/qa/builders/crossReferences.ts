import type { Topic } from '../../knowledge/types.js';
import type { Line } from '../answer.js';
import type { KnowledgePassage } from '../passages.js';
import type { AnswerContext } from './context.js';
import { mentions } from './retrieved.js';

/** Facts of either topic that name the other: where our sources relate the two directly. */
export function crossReferences(
	ctx: AnswerContext,
	first: Topic,
	second: Topic,
	kinds: ReadonlySet<KnowledgePassage['kind']> = FACT_KINDS,
): Line[] {
	const lines: Line[] = [];
	for (const [topic, other] of [
		[first, second],
		[second, first],
	] as const) {
		for (const passage of ctx.passagesOf(topic)) {
			if (kinds.has(passage.kind) && mentions(passage.text, other))
				lines.push({ text: passage.text, source: passage.source });
		}
	}
	return lines;
}

const FACT_KINDS: ReadonlySet<KnowledgePassage['kind']> = new Set(['fact', 'factCheck']);

/** Words of a verdict between two models ("beats it on every metric", "on par with o1", "trails V3"). */
const STANDING =
	/\b(beats?|outscores?|outperforms?|above|below|ahead|behind|trails?|on par|level with|better|worse|higher|lower|matches|comparable)\b/i;

/** What our sources say of how two models stand against each other, in their own facts and summaries. */
export function standingLines(ctx: AnswerContext, first: Topic, second: Topic): Line[] {
	return crossReferences(ctx, first, second, STANDING_KINDS).filter((line) => STANDING.test(line.text));
}

const STANDING_KINDS: ReadonlySet<KnowledgePassage['kind']> = new Set(['summary', 'fact']);
