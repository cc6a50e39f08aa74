import { describe, expect, it } from 'vitest';
import { ThinkTagSplitter } from '../../../src/reasoning/thinkTags.js';

function run(
	pieces: readonly string[],
	reasoningField = false,
): { reasoning: string; answer: string; unclosed: boolean } {
	const splitter = new ThinkTagSplitter();
	if (reasoningField) splitter.noteReasoningField();
	let reasoning = '';
	let answer = '';
	for (const piece of pieces) {
		const split = splitter.push(piece);
		reasoning += split.reasoning;
		answer += split.answer;
	}
	const end = splitter.end();
	return { reasoning: reasoning + end.reasoning, answer: answer + end.answer, unclosed: end.unclosed };
}

describe('ThinkTagSplitter', () => {
	it('separates tags split across chunks', () => {
		expect(run(['<th', 'ink>plan', ' it</th', 'ink>\n\nThe ', 'answer'])).toEqual({
			reasoning: 'plan it',
			answer: 'The answer',
			unclosed: false,
		});
	});

	it('treats text before a lone </think> as the trace (R1 pre-filled the opening tag)', () => {
		expect(run(['thinking without', ' a tag</think>', 'Answer.'])).toMatchObject({
			reasoning: 'thinking without a tag',
			answer: 'Answer.',
		});
	});

	it('gives untagged content to the answer at the end', () => {
		expect(run(['Just ', 'an answer.'])).toMatchObject({ reasoning: '', answer: 'Just an answer.' });
	});

	it('streams untagged content at once when the provider sends a reasoning field', () => {
		const splitter = new ThinkTagSplitter();
		splitter.noteReasoningField();
		expect(splitter.push('Streams now')).toEqual({ reasoning: '', answer: 'Streams now' });
	});

	it('does not take a quoted `</think>` in the answer for the end of a trace', () => {
		expect(run(['The format reward checks `<think>` and `</think>` tags.'])).toMatchObject({
			reasoning: '',
			answer: 'The format reward checks `<think>` and `</think>` tags.',
		});
	});

	it('reports an unclosed trace with no answer', () => {
		expect(run(['<think>cut off mid'])).toEqual({ reasoning: 'cut off mid', answer: '', unclosed: true });
	});
});
