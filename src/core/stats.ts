export type InteractionOutcome = 'ok' | 'user_error' | 'failed' | 'refused';

/** Counters since the process started, shown by /about. */
export class InteractionStats {
	readonly #byOutcome = new Map<InteractionOutcome, number>();
	readonly #byCommand = new Map<string, number>();

	record(command: string, outcome: InteractionOutcome): void {
		this.#byOutcome.set(outcome, (this.#byOutcome.get(outcome) ?? 0) + 1);
		this.#byCommand.set(command, (this.#byCommand.get(command) ?? 0) + 1);
	}

	get total(): number {
		let sum = 0;
		for (const count of this.#byOutcome.values()) sum += count;
		return sum;
	}

	count(outcome: InteractionOutcome): number {
		return this.#byOutcome.get(outcome) ?? 0;
	}

	/** Most used commands first. */
	topCommands(limit: number): readonly { readonly command: string; readonly count: number }[] {
		return [...this.#byCommand]
			.map(([command, count]) => ({ command, count }))
			.sort((a, b) => b.count - a.count || a.command.localeCompare(b.command))
			.slice(0, limit);
	}
}
