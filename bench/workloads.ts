import { listComponents, type DiscordEmulator, type EmulatorUser } from '../src/emulator/index.js';
import type { FakeModelServer } from '../tests/helpers/fakeModelServer.js';

export interface Workload {
	readonly name: string;
	/** One interaction (or one user action made of several), awaited to its final reply. */
	readonly run: (index: number) => Promise<void>;
	readonly prepare?: () => Promise<void>;
	/** Untimed set-up before each batch of `count` runs (the emulator forgets messages between batches). */
	readonly beforeBatch?: (count: number) => Promise<void>;
	/** Runs per measurement when one run is many interactions; default BENCH_COUNT. */
	readonly runs?: number;
	/** Default: 1 and 64. */
	readonly concurrencies?: readonly number[];
	/** Extra figures to report after the workload ran (e.g. model calls counted). */
	readonly figures?: () => Promise<Record<string, number>>;
}

/** What autocomplete sees as people type these topics letter by letter (one request per keystroke). */
const TYPED = ['rejection', 'cold start', 'distillation', 'grpo', 'aha moment', 'r1 zero'].flatMap((word) =>
	Array.from({ length: word.length }, (_, end) => word.slice(0, end + 1)),
);

/** Questions the knowledge answers directly, so /ask replies without a model call (the engine decides that). */
const KNOWLEDGE_QUESTIONS = [
	'what did r1 score on aime 2024',
	'what is grpo',
	'what comes after the cold start stage',
	'r1 vs v3 on math-500',
	'explain distillation like im five',
	'what is the aha moment',
	'codeforces rating of o1-mini',
	'qwen 7b vs llama 8b distill on aime',
	'list the training steps in order',
	'what is rejection sampling',
	'gpqa score of the 70b distill',
	'what is reward hacking',
];
const FROM_KNOWLEDGE = 'From the knowledge base';

const ANSWER = 'Rule-based rewards check the final answer or run the code against tests.';

/** Starts /ask and resolves once the answer (not the "thinking" placeholder or progress line) is shown. */
async function askToTheEnd(user: EmulatorUser, question: string): Promise<void> {
	await user
		.startSlash('ask', { question })
		.waitFor((handle) => handle.original?.content.includes(ANSWER) === true, 60_000);
}

/** What our bot is measured on; each runs at concurrency 1 and 64. */
export function ourWorkloads(
	emulator: DiscordEmulator,
	model: FakeModelServer,
	userFor: (index: number) => EmulatorUser,
): Workload[] {
	let run = 0;
	const identicalRuns: number[] = [];
	const cachedQuestion = 'Why does R1 rely on rule-based rewards rather than a learned reward model?';
	return [
		{
			name: '/explain (known topic)',
			run: async (index) => {
				await userFor(index).slash('explain', { topic: 'cold start' });
			},
		},
		{
			name: '/explain autocomplete (people typing six topics)',
			run: async (index) => {
				await userFor(index).autocomplete('explain', { topic: TYPED[index % TYPED.length] ?? '' }, 'topic');
			},
		},
		{
			name: '/compare',
			run: async (index) => {
				await userFor(index).slash('compare', { first: 'r1', second: 'v3' });
			},
		},
		{
			name: '/quiz question + one answer click',
			run: async (index) => {
				const user = userFor(index);
				const question = await user.slash('quiz question');
				const firstOption = listComponents(question).find((component) =>
					component.customId?.startsWith('quiz:answer:'),
				);
				if (!firstOption?.customId) throw new Error('no answer button');
				await user.click(question, firstOption.customId);
			},
		},
		{
			name: '/ask answered from the knowledge (no model call; 12 questions in turn)',
			run: async (index) => {
				const question = KNOWLEDGE_QUESTIONS[index % KNOWLEDGE_QUESTIONS.length] ?? 'what is grpo';
				await userFor(index)
					.startSlash('ask', { question })
					.waitFor((handle) => handle.original?.content.includes(FROM_KNOWLEDGE) === true, 60_000);
			},
		},
		{
			name: '/ask cache hit',
			prepare: async () => {
				await askToTheEnd(userFor(0), cachedQuestion);
			},
			run: async (index) => {
				await askToTheEnd(userFor(index), cachedQuestion);
			},
		},
		{
			name: '/ask cache miss (instant local model)',
			run: async (index) => {
				await askToTheEnd(
					userFor(index),
					`How would run ${String(run++)}-${String(index)} of reasoning RL change with more GPUs?`,
				);
			},
		},
		{
			name: '/ask 50 identical concurrent questions',
			// Each run is 50 interactions at once: 40 runs make 2,000 interactions.
			runs: 40,
			concurrencies: [1],
			run: async (index) => {
				const before = model.completions.length;
				const question = `What did experiment ${String(run++)}-${String(index)} show about distillation?`;
				await Promise.all(
					Array.from({ length: 50 }, (_, asker) => askToTheEnd(emulator.user(`crowd-${String(asker)}`), question)),
				);
				const calls = model.completions.length - before;
				identicalRuns.push(calls);
				if (calls !== 1) throw new Error(`50 identical questions made ${String(calls)} model calls`);
			},
			figures: () =>
				Promise.resolve({
					identicalQuestionRuns: identicalRuns.length,
					modelCallsPer50IdenticalQuestionsMax: Math.max(...identicalRuns),
				}),
		},
	];
}

export const FAKE_ANSWER = ANSWER;
