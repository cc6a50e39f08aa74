import { listComponents, type EmulatorUser } from '../src/emulator/index.js';
import { FAKE_ANSWER } from './workloads.js';

/** One soak action: a user doing one thing, awaited to its final reply; returns how many interactions it made. */
export type SoakAction = (index: number) => Promise<number>;

const TOPICS = ['cold start', 'grpo', 'distillation', 'rejection sampling', 'aha moment', 'r1 zero', 'v3', 'o1'];
const PAIRS: readonly (readonly [string, string])[] = [
	['r1', 'v3'],
	['r1', 'o1'],
	['o1', 'o3'],
	['r1 zero', 'r1'],
];
const TYPED = TOPICS.flatMap((word) => Array.from({ length: word.length }, (_, end) => word.slice(0, end + 1)));
const CACHED_QUESTIONS = [
	'Why does R1 rely on rule-based rewards rather than a learned reward model?',
	'How would reasoning RL training change with ten times more GPUs?',
];

/**
 * Starts /ask and resolves once the model's answer (not the placeholder or a progress line) is shown. The questions
 * are ones the knowledge does not answer directly; if it ever does, this times out and counts as a failed action.
 */
async function askToTheEnd(user: EmulatorUser, question: string) {
	const handle = await user
		.startSlash('ask', { question })
		.waitFor((h) => h.original?.content.includes(FAKE_ANSWER) === true, 60_000);
	if (!handle.original) throw new Error('no answer');
	return handle.original;
}

/**
 * Mixed traffic as a study server makes it, in 20 slots: every command, quiz answer clicks, /ask cache hits and
 * misses with Show reasoning, autocomplete keystrokes. `askOnce` asks the cached questions once before the soak.
 */
export function soakTraffic(userFor: (index: number) => EmulatorUser, owner: EmulatorUser) {
	let misses = 0;
	const pick = <T>(list: readonly T[], index: number): T => list[index % list.length] as T;
	const action: SoakAction = async (index) => {
		const user = userFor(index);
		const slot = index % 20;
		if (slot < 4) {
			await user.slash('explain', { topic: pick(TOPICS, index) });
		} else if (slot < 9) {
			await user.autocomplete('explain', { topic: pick(TYPED, index) }, 'topic');
		} else if (slot < 11) {
			const [first, second] = pick(PAIRS, index);
			await user.slash('compare', { first, second });
		} else if (slot === 11) {
			await user.slash('about');
		} else if (slot < 14) {
			const question = await user.slash('quiz question');
			const option = listComponents(question).find((component) => component.customId?.startsWith('quiz:answer:'));
			if (!option?.customId) throw new Error('no answer button');
			await user.click(question, option.customId);
			return 2;
		} else if (slot === 14) {
			await user.slash('quiz leaderboard');
		} else if (slot === 15) {
			await user.slash('quiz stats');
		} else if (slot < 18) {
			await askToTheEnd(user, pick(CACHED_QUESTIONS, index));
		} else if (slot === 18) {
			await askToTheEnd(user, `How would soak run ${String(misses++)} of reasoning RL change with more GPUs?`);
		} else {
			const answer = await askToTheEnd(user, pick(CACHED_QUESTIONS, index));
			const show = listComponents(answer).find((component) => component.label === 'Show reasoning');
			if (!show?.customId) throw new Error('no Show reasoning button');
			await user.click(answer, show.customId);
			if (index % 100 === 19) await owner.slash('study status');
			return index % 100 === 19 ? 3 : 2;
		}
		return 1;
	};
	return {
		action,
		/** Interactions per action on average over the 20 slots (quiz and Show reasoning make two). */
		interactionsPerAction: 23 / 20,
		askOnce: async () => {
			for (const question of CACHED_QUESTIONS) await askToTheEnd(userFor(0), question);
		},
	};
}
