/**
 * openai 6.26–6.49 waits as long as Retry-After says, without a cap, and retries an out-of-credit 429 like any
 * other. This fetch wrapper rewrites the retry headers the SDK reads so that every wait is one we chose: within
 * a total budget per call, and none at all for billing errors. One budget per call.
 */
export interface RetryBudget {
	readonly fetch: typeof fetch;
	/** Milliseconds of backoff granted so far. */
	readonly spentMs: () => number;
}

const BILLING_CODES = /insufficient_quota|credit_balance_exhausted|billing/i;
const BASE_BACKOFF_MS = 500;
const MAX_BACKOFF_MS = 8000;

export function createRetryBudget(totalMs: number, baseFetch: typeof fetch = fetch): RetryBudget {
	let spent = 0;
	let attempt = 0;
	const wrapped: typeof fetch = async (input, init) => {
		const response = await baseFetch(input, init);
		if (!isRetryable(response.status)) return response;
		const headers = new Headers(response.headers);
		const body = await response.text();
		const wanted = requestedWaitMs(headers) ?? Math.min(BASE_BACKOFF_MS * 2 ** attempt, MAX_BACKOFF_MS);
		attempt += 1;
		if (BILLING_CODES.test(body) || spent + wanted > totalMs || init?.signal?.aborted === true) {
			headers.set('x-should-retry', 'false');
		} else {
			spent += wanted;
			headers.set('retry-after-ms', String(wanted));
		}
		return new Response(body, { status: response.status, statusText: response.statusText, headers });
	};
	return { fetch: wrapped, spentMs: () => spent };
}

function isRetryable(status: number): boolean {
	return status === 408 || status === 409 || status === 429 || status >= 500;
}

function requestedWaitMs(headers: Headers): number | undefined {
	const ms = Number(headers.get('retry-after-ms') ?? Number.NaN);
	if (Number.isFinite(ms) && ms >= 0) return ms;
	const value = headers.get('retry-after');
	if (value === null) return undefined;
	const seconds = Number(value);
	if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
	const date = Date.parse(value);
	return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}
