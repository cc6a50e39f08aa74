/** The emulator's clock: a base time source plus a manual offset that tests advance instead of waiting. */
export class Clock {
	#offsetMs = 0;

	constructor(private readonly base: () => number = Date.now) {}

	now(): number {
		return this.base() + this.#offsetMs;
	}

	advance(ms: number): void {
		this.#offsetMs += ms;
	}
}
