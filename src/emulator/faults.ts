import type { FaultInjector, FaultRoute, FaultSpec } from './types.js';

interface PendingFault {
	readonly spec: FaultSpec;
	remaining: number;
}

/** Queued failures: the next matching request(s) get the fault's status instead of being handled. */
export class Faults implements FaultInjector {
	readonly #queue: PendingFault[] = [];

	failNext(spec: FaultSpec): void {
		this.#queue.push({ spec, remaining: spec.times ?? 1 });
	}

	clear(): void {
		this.#queue.length = 0;
	}

	get pending(): number {
		return this.#queue.reduce((sum, fault) => sum + fault.remaining, 0);
	}

	take(route: FaultRoute): FaultSpec | undefined {
		if (this.#queue.length === 0) return undefined;
		const index = this.#queue.findIndex((fault) => fault.spec.route === route);
		const fault = this.#queue[index];
		if (!fault) return undefined;
		fault.remaining -= 1;
		if (fault.remaining <= 0) this.#queue.splice(index, 1);
		return fault.spec;
	}
}
