import type { OpenAIReasonerOptions } from './openaiReasoner.js';
import type { Reasoner } from './types.js';

/**
 * The OpenAI-compatible reasoner, with the openai SDK loaded on first use rather than at start-up (it costs
 * ~100 ms of module loading before the bot could say it is ready).
 */
export function createLazyOpenAIReasoner(options: OpenAIReasonerOptions): Reasoner {
	let loaded: Promise<Reasoner> | undefined;
	const reasoner = () =>
		(loaded ??= import('./openaiReasoner.js').then((module) => module.createOpenAIReasoner(options)));
	return {
		model: options.model,
		answer: async (request) => (await reasoner()).answer(request),
		listModels: async () => (await reasoner()).listModels(),
	};
}
