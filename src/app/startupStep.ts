/** A start-up failure a person can fix: one line that names the variable (see startupError.ts). */
export class StartupError extends Error {
	public override readonly name = 'StartupError';
}

export interface StartupStep {
	/** What the step does, as in "opening the store". */
	readonly name: string;
	/** The variable that decides what the step does, named first in its failure line. */
	readonly variable?: string;
	readonly timeoutMs: number;
	/** A failure as one line naming the variable; undefined keeps the error as thrown. */
	readonly describeFailure?: (error: unknown) => string | undefined;
}

/**
 * Runs one start-up step, bounded in time: a step that never settles (a SQLite path under /proc, a host that drops
 * packets) fails with a line naming itself instead of hanging with no output. The work itself is not cancelled; the
 * process exits on this failure.
 */
export async function runStartupStep<T>(step: StartupStep, work: () => Promise<T>): Promise<T> {
	const prefix = step.variable ? `${step.variable}: ` : '';
	let timer: NodeJS.Timeout | undefined;
	const timedOut = new Promise<never>((_resolve, reject) => {
		timer = setTimeout(() => {
			const seconds = Math.round(step.timeoutMs / 100) / 10;
			reject(
				new StartupError(
					`${prefix}${step.name} did not finish within ${seconds} s (STARTUP_STEP_TIMEOUT_MS bounds each start-up step)`,
				),
			);
		}, step.timeoutMs);
	});
	try {
		return await Promise.race([work(), timedOut]);
	} catch (error) {
		const line = error instanceof StartupError ? undefined : step.describeFailure?.(error);
		throw line === undefined ? error : new StartupError(line, { cause: error });
	} finally {
		clearTimeout(timer);
	}
}
