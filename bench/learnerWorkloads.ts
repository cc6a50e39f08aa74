import { listComponents, type DiscordEmulator, type Reply } from '../src/emulator/index.js';
import { seedLearners } from './lib/learnerSeed.js';
import type { PairedResult } from './lib/report.js';
import { round } from './lib/stats.js';
import type { Workload } from './workloads.js';

/** Learners in the guild for each measurement (seeded through the store on top of the bench's own users). */
export const GUILD_SIZES = [10, 1_000, 10_000, 100_000] as const;
/** Distinct users pressing each posted question, as a study group would. */
const PRESSES_PER_QUESTION = 50;

export interface LearnerWorkloadOptions {
	readonly emulator: DiscordEmulator;
	readonly guildId: string;
	/** DATABASE_URL of the bot being measured. */
	readonly databaseUrl: () => string;
}

const clickName = (size: number) => `/quiz answer click, ${size.toLocaleString('en')} learners`;
const boardName = (size: number) => `/quiz leaderboard, ${size.toLocaleString('en')} learners`;

/**
 * The answer click and the leaderboard with 10 to 100,000 learners in the guild: the bar is the same cost at
 * every size (within 1.3×). Each size is seeded before its two workloads; the questions a batch clicks are posted
 * before it, so only the click is timed.
 */
export function learnerWorkloads(options: LearnerWorkloadOptions): Workload[] {
	const { emulator, guildId } = options;
	const host = emulator.user('quiz-host');
	const pressers = Array.from({ length: PRESSES_PER_QUESTION }, (_, index) =>
		emulator.user(`presser-${String(index)}`),
	);
	let seeded = 0;
	return GUILD_SIZES.flatMap((size): Workload[] => {
		let questions: { reply: Reply; button: string }[] = [];
		let presses = 0;
		return [
			{
				name: clickName(size),
				prepare: async () => {
					await seedLearners(options.databaseUrl(), guildId, seeded, size);
					seeded = size;
				},
				beforeBatch: async (count) => {
					questions = [];
					for (let index = 0; index < Math.ceil(count / PRESSES_PER_QUESTION); index += 1) {
						const reply = await host.slash('quiz question');
						const button = listComponents(reply).find((component) => component.customId?.startsWith('quiz:answer:'));
						if (!button?.customId) throw new Error('no answer button');
						questions.push({ reply, button: button.customId });
					}
					presses = 0;
				},
				run: async () => {
					const press = presses++;
					const question = questions[Math.floor(press / PRESSES_PER_QUESTION)];
					const presser = pressers[press % PRESSES_PER_QUESTION];
					if (!question || !presser) throw new Error('ran out of posted questions');
					const feedback = await presser.click(question.reply, question.button);
					if (!feedback.embeds[0]?.title) throw new Error(`no feedback: ${feedback.content}`);
				},
			},
			{
				name: boardName(size),
				run: async (index) => {
					const presser = pressers[index % PRESSES_PER_QUESTION] ?? host;
					const board = await presser.slash('quiz leaderboard');
					if (!board.embeds[0]?.fields?.[0]?.value.startsWith('You are #')) throw new Error('no rank on the board');
				},
			},
		];
	});
}

/**
 * p50 at 100,000 learners over p50 at 10, per workload and concurrency (the bar: at most 1.3), raw and relative to
 * the bare bot's /ping measured in the same rounds (the sizes run minutes apart on a machine whose speed drifts).
 */
export function learnerScaleFigures(results: Readonly<Record<string, PairedResult[]>>): Record<string, number> {
	const figures: Record<string, number> = {};
	const smallest = GUILD_SIZES[0];
	const largest = GUILD_SIZES[GUILD_SIZES.length - 1] ?? smallest;
	for (const [label, name] of [
		['answerClick', clickName],
		['leaderboard', boardName],
	] as const) {
		for (const small of results[name(smallest)] ?? []) {
			const large = results[name(largest)]?.find((row) => row.concurrency === small.concurrency);
			if (!large) continue;
			const at = `AtC${String(small.concurrency)}`;
			figures[`${label}P50Ratio100kTo10${at}`] = round(large.p50 / small.p50, 2);
			figures[`${label}P50VsPingRatio100kTo10${at}`] = round(
				large.p50 / large.bare.p50 / (small.p50 / small.bare.p50),
				2,
			);
		}
	}
	return figures;
}
