import type { Reply } from '../../src/emulator/index.js';
import { listComponents } from '../../src/emulator/index.js';
import type { QuizItem } from '../../src/knowledge/types.js';

/** The custom id of the right (or a wrong) answer button of a posted quiz question. */
export function answerButton(reply: Reply, items: readonly QuizItem[], right: boolean): string {
	const text = reply.embeds[0]?.description ?? '';
	const item = items.find((candidate) => text.includes(candidate.question));
	if (!item) throw new Error(`unknown question: ${text}`);
	const label = item.options[right ? item.answer : (item.answer + 1) % item.options.length] ?? '';
	const button = listComponents(reply).find((component) => component.label?.startsWith(label.slice(0, 40)));
	if (!button?.customId) throw new Error(`no button "${label}"`);
	return button.customId;
}
