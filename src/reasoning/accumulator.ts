import { reasoningField, parseUsage } from './chunks.js';
import { ThinkTagSplitter } from './thinkTags.js';
import type { IncompleteReason, ReasonerEvent, TokenUsage } from './types.js';

/** The parts of a chunk or a whole message we read; the SDK's chunk and message types both fit. */
export interface ChoicePart {
	readonly delta: object & { readonly content?: string | null };
	readonly finish_reason?: string | null;
}

/** Collects trace, answer, finish reason and usage from raw chunks, reporting each piece as it arrives. */
export class AnswerAccumulator {
	readonly #splitter = new ThinkTagSplitter();
	#trace = '';
	#text = '';
	#finish: string | undefined;
	#usage: TokenUsage | undefined;
	#unclosed = false;

	constructor(private readonly onEvent: (event: ReasonerEvent) => void = () => undefined) {}

	addChunk(chunk: { readonly choices: readonly ChoicePart[]; readonly usage?: unknown }): void {
		// OpenAI's usage chunk has `choices: []`; DeepSeek's usage rides on the finish chunk.
		const usage = parseUsage(chunk.usage);
		if (usage) {
			this.#usage = usage;
			this.onEvent({ type: 'usage', usage });
		}
		const choice = chunk.choices[0];
		if (choice) this.addChoice(choice);
	}

	addChoice(choice: ChoicePart): void {
		const reasoning = reasoningField(choice.delta);
		if (reasoning) {
			this.#splitter.noteReasoningField();
			this.#addReasoning(reasoning);
		}
		const content = choice.delta.content;
		if (content) this.#addSplit(this.#splitter.push(content));
		if (choice.finish_reason) this.#finish = choice.finish_reason;
	}

	get hasOutput(): boolean {
		return this.#trace !== '' || this.#text !== '' || this.#splitter.heldLength > 0;
	}

	get sawFinish(): boolean {
		return this.#finish !== undefined;
	}

	/** Ends the stream: flushes held text and decides completeness. `cut` is what we know ended it early. */
	finish(cut: IncompleteReason | undefined): {
		text: string;
		trace: string;
		incomplete: IncompleteReason | undefined;
		usage: TokenUsage | undefined;
	} {
		const rest = this.#splitter.end();
		this.#unclosed = rest.unclosed;
		this.#addSplit(rest);
		return {
			text: this.#text,
			trace: this.#trace,
			incomplete: cut ?? this.#incompleteFromFinish(),
			usage: this.#usage,
		};
	}

	#incompleteFromFinish(): IncompleteReason | undefined {
		if (this.#finish === undefined) return 'no-finish';
		if (this.#finish === 'length') return 'length';
		if (this.#unclosed) return 'length';
		return this.#finish === 'stop' ? undefined : 'provider';
	}

	#addSplit(split: { readonly reasoning: string; readonly answer: string }): void {
		if (split.reasoning) this.#addReasoning(split.reasoning);
		if (split.answer) {
			this.#text += split.answer;
			this.onEvent({ type: 'answer', text: split.answer });
		}
	}

	#addReasoning(text: string): void {
		this.#trace += text;
		this.onEvent({ type: 'reasoning', text });
	}
}
