import type { ChatTurn } from './types.js';

/** A question and the answer the user saw: what a follow-up carries forward (never the reasoning). */
export interface ConversationTurn {
	readonly question: string;
	readonly answer: string;
}

export interface Passage {
	readonly title: string;
	readonly text: string;
	readonly source: string;
}

/** Keeps the model on the subject and on our sources; there is no topic filter in front of it. */
export function buildSystemPrompt(passages: readonly Passage[]): string {
	const lines = [
		'You are the study assistant of a Discord server that learns how AI reasoning models work',
		'(DeepSeek-R1, R1-Zero, DeepSeek-V3, OpenAI o1/o3, reinforcement learning, distillation, benchmarks).',
		'Answer questions about these subjects and the machine learning around them. If a question is off that subject,',
		'say briefly that you only help with reasoning models and suggest a related question instead.',
		'Use the numbered passages below first and cite them inline as [1], [2]. If they do not state something,',
		'say so plainly and mark anything you add from general knowledge as such. Never invent sources or numbers.',
		'Write for Discord: short paragraphs, Markdown, code in fenced blocks, no tables, at most about 400 words.',
	];
	if (passages.length === 0) return lines.join('\n');
	const numbered = passages.map(
		(passage, index) => `[${index + 1}] ${passage.title} (source: ${passage.source})\n${passage.text}`,
	);
	return [...lines, '', 'Passages:', ...numbered].join('\n');
}

/**
 * The history sent to the model: previous questions and answers, then the new question. Always valid for
 * reasoning models: starts with the user, roles alternate, ends with the user. Empty turns are dropped so a
 * cut answer cannot leave two user turns in a row.
 */
export function buildMessages(history: readonly ConversationTurn[], question: string): readonly ChatTurn[] {
	const messages: ChatTurn[] = [];
	for (const turn of history) {
		if (turn.question.trim() === '' || turn.answer.trim() === '') continue;
		messages.push({ role: 'user', content: turn.question }, { role: 'assistant', content: turn.answer });
	}
	messages.push({ role: 'user', content: question });
	return messages;
}
