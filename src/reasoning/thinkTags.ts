const OPEN = '<think>';
const CLOSE = '</think>';

export interface ThinkSplit {
	readonly reasoning: string;
	readonly answer: string;
}

type State = 'start' | 'reasoning' | 'undecided' | 'answer';

/**
 * Splits streamed `content` into trace and answer for servers that put `<think>…</think>` inline.
 * R1's chat template pre-fills `<think>`, so output may start mid-thought with only `</think>`: text that
 * starts without a tag is held back (undecided) until `</think>` shows it was trace or the stream ends.
 * Once the provider sent a separate reasoning field, content that follows is the answer and streams at once.
 */
export class ThinkTagSplitter {
	#state: State = 'start';
	#pending = '';
	#answerStarted = false;
	#reasoningFieldSeen = false;

	/** The provider sent `reasoning_content`/`reasoning`: untagged content is answer, not a missing-tag trace. */
	noteReasoningField(): void {
		this.#reasoningFieldSeen = true;
	}

	push(text: string): ThinkSplit {
		let buffer = this.#pending + text;
		this.#pending = '';
		let reasoning = '';
		let answer = '';
		for (;;) {
			if (this.#state === 'start') {
				const trimmed = buffer.trimStart();
				if (trimmed === '' || (trimmed.length < OPEN.length && OPEN.startsWith(trimmed))) {
					this.#pending = buffer;
					break;
				}
				if (trimmed.startsWith(OPEN)) {
					this.#state = 'reasoning';
					buffer = trimmed.slice(OPEN.length);
				} else {
					this.#state = this.#reasoningFieldSeen ? 'answer' : 'undecided';
				}
			} else if (this.#state === 'reasoning' || this.#state === 'undecided') {
				const close = findClose(buffer);
				if (close >= 0) {
					reasoning += buffer.slice(0, close);
					buffer = buffer.slice(close + CLOSE.length);
					this.#state = 'answer';
				} else if (this.#state === 'reasoning') {
					const held = partialTagLength(buffer, CLOSE);
					reasoning += buffer.slice(0, buffer.length - held);
					this.#pending = buffer.slice(buffer.length - held);
					break;
				} else {
					this.#pending = buffer;
					break;
				}
			} else {
				answer += this.#answerText(buffer);
				break;
			}
		}
		return { reasoning, answer };
	}

	/** Flushes what is held. `unclosed`: the trace never ended, so there is no answer (often a length cut). */
	end(): ThinkSplit & { readonly unclosed: boolean } {
		const rest = this.#pending;
		this.#pending = '';
		switch (this.#state) {
			case 'reasoning':
				return { reasoning: rest, answer: '', unclosed: true };
			case 'start':
				return { reasoning: '', answer: rest.trim(), unclosed: false };
			case 'undecided':
			case 'answer':
				return { reasoning: '', answer: this.#answerText(rest), unclosed: false };
		}
	}

	/** While undecided, the text that may still turn out to be trace: shown to nobody, only counted. */
	get heldLength(): number {
		return this.#state === 'undecided' ? this.#pending.length : 0;
	}

	#answerText(text: string): string {
		if (this.#answerStarted) return text;
		const trimmed = text.trimStart();
		if (trimmed !== '') this.#answerStarted = true;
		return trimmed;
	}
}

/** A `</think>` quoted in backticks is an answer talking about the tag, not the end of a trace. */
function findClose(text: string): number {
	let from = 0;
	for (;;) {
		const index = text.indexOf(CLOSE, from);
		if (index <= 0 || text[index - 1] !== '`') return index;
		from = index + CLOSE.length;
	}
}

/** Length of the longest tail of `text` that could be the start of `tag` split across chunks. */
function partialTagLength(text: string, tag: string): number {
	for (let length = Math.min(tag.length - 1, text.length); length > 0; length--) {
		if (text.endsWith(tag.slice(0, length))) return length;
	}
	return 0;
}
