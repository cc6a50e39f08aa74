import type { FactCheck, FactCheckVerdict } from '../knowledge/types.js';
import { LIMITS, truncate } from './limits.js';

const VERDICTS: Readonly<Record<FactCheckVerdict, string>> = {
	simplified: 'the article simplifies',
	wrong: 'the article is wrong',
	unverified: 'not verified',
};

/** One fact check as an embed field: what the article says, then the correction with its source. */
export function factCheckField(check: FactCheck): { name: string; value: string } {
	return {
		name: `Fact check: ${VERDICTS[check.verdict]}`,
		value: truncate(
			`The article says: “${check.claim}”\n**Correction** (${check.source.label}): ${check.correction}`,
			LIMITS.fieldValue,
		),
	};
}
