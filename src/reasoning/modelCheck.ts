import type { Logger } from 'pino';
import { ModelError, type Reasoner } from './types.js';

/** none: no model configured · unchecked: could not verify (endpoint down), ask anyway · unknown-model: config error. */
export type ModelStatus = 'none' | 'ready' | 'unchecked' | 'unknown-model';

/** GET /models at start-up: an unknown model id is a configuration error; an unreachable endpoint is not fatal. */
export async function checkModel(reasoner: Reasoner | undefined, logger: Logger): Promise<ModelStatus> {
	if (!reasoner) return 'none';
	try {
		const listing = await reasoner.listModels();
		if (listing.kind === 'unreachable') {
			logger.warn({ model: reasoner.model }, 'model endpoint unreachable at start-up; /ask will try it anyway');
			return 'unchecked';
		}
		if (listing.ids.length === 0) return 'unchecked';
		if (listing.ids.includes(reasoner.model)) return 'ready';
		logger.error(
			{ model: reasoner.model, available: listing.ids.slice(0, 20) },
			`configuration error: REASONING_MODEL "${reasoner.model}" is not offered by OPENAI_BASE_URL; /ask is disabled until it is fixed`,
		);
		return 'unknown-model';
	} catch (error) {
		const unavailable = error instanceof ModelError && error.kind === 'unavailable';
		logger.error(
			{ err: error, model: reasoner.model },
			unavailable ? 'model API refused our key' : 'model check failed',
		);
		return 'unchecked';
	}
}
